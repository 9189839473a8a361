package dev.beyan.extract.text;

/**
 * What the lexicons know about a word, as bit flags computed once per word by a {@link WordClassifier} when the
 * text is split, so that the rules test bits instead of looking the word up again and again.
 */
public final class WordClass {
    /** A registered given name that is no title or organisation word. */
    public static final int GIVEN_NAME = 1;
    /** A known surname or a word with a surname's ending. */
    public static final int SURNAME_LIKE = 1 << 1;
    /** A title, organisation, date or honorific word: never part of a name. */
    public static final int NAME_STOPWORD = 1 << 2;
    /** The name or alias of a province or district. */
    public static final int PLACE = 1 << 3;
    /** The first word of a place name of several words ("19 Mayıs"). */
    public static final int MULTIWORD_PLACE_START = 1 << 4;
    /** The name of a belde town. */
    public static final int TOWN = 1 << 5;
    /** The first word of a party's name. */
    public static final int PARTY_START = 1 << 6;
    /** The first word of a title. */
    public static final int TITLE_START = 1 << 7;
    /** The first word of an office noun ("Başkanlığı"). */
    public static final int OFFICE_NOUN_START = 1 << 8;
    /** A word that shows the place before it is the place of an office or body. */
    public static final int OFFICE_CUE = 1 << 9;
    /** A word that makes the place before it part of a street, landscape or building name. */
    public static final int FEATURE = 1 << 10;
    /** A direction or size adjective that starts another proper name ("Küçük", "Doğu"). */
    public static final int DIRECTION = 1 << 11;
    /** A place name that is also an ordinary word, weekday, month or region. */
    public static final int AMBIGUOUS_PLACE = 1 << 12;
    /** A place name that is also a weekday or month. */
    public static final int TEMPORAL = 1 << 13;
    /** A month or time word, which makes a following or preceding weekday a date. */
    public static final int DATE_CONTEXT = 1 << 14;
    /** An address word after a name that makes it a person's ("Bey", "Hanım"). */
    public static final int PERSON_AFTER = 1 << 15;
    /** A word of a sports report ("maçında", "taraftar"), where a place name is usually its club. */
    public static final int SPORT = 1 << 16;
    /** The last word of a title ("Milletvekili", "Başkanı"). */
    public static final int TITLE_END = 1 << 17;

    private WordClass() {
    }
}
