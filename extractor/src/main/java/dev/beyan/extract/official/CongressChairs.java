package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.WordClass;

import java.util.List;

/**
 * The chairs a party congress elects and their candidates, and the evidence of one of them for a named person, shared
 * by the readings of a congress's result ({@link CongressElections}), race ({@link CongressRaces}) and votes
 * ({@link CongressVotes}).
 */
final class CongressChairs {
    static final Title PROVINCE_CHAIR = new Title("İl Başkanı", TitleScope.PARTY_PROVINCE, null, false, false);
    static final Title DISTRICT_CHAIR = new Title("İlçe Başkanı", TitleScope.PARTY_DISTRICT, null, false, false);
    static final Title PROVINCE_CANDIDATE =
            new Title("İl Başkan Adayı", TitleScope.PARTY_PROVINCE, null, false, false);
    static final Title DISTRICT_CANDIDATE =
            new Title("İlçe Başkan Adayı", TitleScope.PARTY_DISTRICT, null, false, false);

    private static final String PROVINCE_LEVEL = "il";
    private static final String DISTRICT_LEVEL = "ilce";

    private final Jurisdictions jurisdictions = new Jurisdictions();

    /** The chair at the level word {@code key} ("il", "ilçe"), or null for another word. */
    static Title chairAt(String key) {
        return key.equals(PROVINCE_LEVEL) ? PROVINCE_CHAIR : key.equals(DISTRICT_LEVEL) ? DISTRICT_CHAIR : null;
    }

    /**
     * The chair of a party's wing at the level of {@code chair}: "İl Başkanı" of a congress of "Gençlik Kolları" is the
     * "İl Gençlik Kolları Başkanı".
     */
    static Title wingChair(Title chair, String wing) {
        String level = chair.scope() == TitleScope.PARTY_PROVINCE ? "İl " : "İlçe ";
        return new Title(level + wing + " Kolları Başkanı", chair.scope(), null, false, false);
    }

    /** The candidacy for the chair at the level word {@code key} ("il", "ilçe"), or null for another word. */
    static Title candidacyAt(String key) {
        return key.equals(PROVINCE_LEVEL) ? PROVINCE_CANDIDATE : key.equals(DISTRICT_LEVEL) ? DISTRICT_CANDIDATE : null;
    }

    /** {@code name} holds {@code title} of {@code party}, in {@code place} (the sentence's) or its context. */
    TitleEvidenceFinder.Found evidence(ArticleIndex index, NameSpan name, Title title, Party party,
                                       PlaceMention place) {
        List<Object> places = place == null ? List.of() : List.of(place);
        Modifiers mods = new Modifiers(name.start(), party, places, false);
        Jurisdictions.Resolved where = jurisdictions.resolve(index, title, mods, party, name.start(), false);
        return new TitleEvidenceFinder.Found(name, -1, new Evidence(name.start(), title.canonical(), title.scope(),
                where.org(), party.shortName(), where.province(), where.district(), false, place != null));
    }

    /** "mevcut başkan A", "İl Başkanı A": an office right before the name, which the name keeps. */
    static boolean titledBefore(TokenizedText text, int start) {
        return start > 0 && (text.is(start - 1, WordClass.TITLE_END)
                || text.key(start - 1).startsWith("baskan"));
    }

    /**
     * The last name before word {@code k} in its sentence, or null when it carries a case suffix: the subject of the
     * predicate at {@code k}.
     */
    static NameSpan subjectInSentenceBefore(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        int sentence = text.sentenceOf(k);
        for (int j = k - 1; j >= 0 && text.sentenceOf(j) == sentence; j--) {
            int covering = index.nameCovering[j];
            if (covering >= 0) {
                NameSpan name = index.names.get(covering);
                return text.get(name.end()).hasApostrophe() ? null : name;
            }
        }
        return null;
    }

    /** The place named nearest before word {@code k} in its sentence, or null. */
    static PlaceMention placeInSentenceBefore(ArticleIndex index, int k) {
        int sentence = index.text.sentenceOf(k);
        for (int j = k - 1; j >= 0 && index.text.sentenceOf(j) == sentence; j--) {
            if (index.placeEndingAt[j] != null) {
                return index.placeEndingAt[j];
            }
        }
        return null;
    }
}
