package dev.beyan.extract.official;

import dev.beyan.extract.data.AdminUnit;
import dev.beyan.extract.data.CivilBodies;
import dev.beyan.extract.data.Gazetteer;
import dev.beyan.extract.data.OfficeRegistry;
import dev.beyan.extract.data.Parties;
import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.Titles;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.extract.text.WordClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds personal names: two to four capitalised words joined by spaces, the first a registered given name
 * ("Şenol Aslanoğlu", "Recep Tayyip Erdoğan", "ŞENOL ASLANOĞLU"). A Turkish name takes its case suffix after an
 * apostrophe on the last word only, so an apostrophe ends the name ("Davut Sakarsu'yu"). Title, party and
 * organisation words end it too, and so does a place name once the name has a surname ("Ahmet Yalçınkaya
 * Kocasinan, Talas..."). Right after a title the first word need not be a known given name ("Başkan İberya
 * Arıkan").
 */
public final class PersonNameFinder {
    private static final int MAX_WORDS = 4;
    /** The most words a title has ("Kadın Kolları Genel Başkan Yardımcısı"). */
    private static final int MAX_TITLE_WORDS = 6;
    /** Professions written before a name, which the registers also hold as given names or surnames. */
    private static final java.util.Set<String> PROFESSIONS = java.util.Set.of("yazar", "sanatci", "sair", "ressam",
            "oyuncu", "sarkici", "yonetmen", "isadami", "isinsani", "akademisyen", "muhendis", "doktor", "ogretmen",
            "mimar", "emekli", "uzman", "hemsire", "ciftci", "esnaf", "vatandas", "hakim");
    /** Office and body nouns in the possessive of a compound ("... Başkanı", "... Komisyonu"), ASCII-folded. */
    private static final java.util.Set<String> POSSESSIVE_HEADS = java.util.Set.of("baskani", "bakani", "muduru",
            "sozcusu", "yardimcisi", "uyesi", "valisi", "kaymakami", "sekreteri", "komutani", "temsilcisi",
            "koordinatoru", "sorumlusu", "baskanvekili", "danismani", "baskanligi", "mudurlugu", "komisyonu",
            "kurulu", "teskilati", "konseyi");

    /**
     * The head of a school's, square's, monument's, association's or factory's name that may follow a person's:
     * "Oya Er İlkokulu'nda", "Atatürk Anıtı'na", "Ilgın Şeker Fabrikası'nı" (a town and a product, both names too).
     */
    private static final List<String> NAMESAKE_HEADS = List.of("ilkokul", "ortaokul", "lisesi", "meydani",
            "dernegi", "vakfi", "camii", "stadyumu", "hastanesi", "kulliyesi", "bulvari", "caddesi", "parki", "anit",
            "fabrikasi");

    /**
     * Heads of what is named by one or two capitalised words right after a person's name: a neighbourhood or a
     * street ("Başkan A Lale mahallesinde"), a newspaper, a channel or an agency ("İl Başkanı B Kıyı Haber
     * Televizyonu'nda"), an occasion, a campaign or a municipal service ("Başkan C Kurban Bayramı dolayısıyla",
     * "D Fındık Hasadı ile ilgili", "E Fen İşleri ekipleriyle"); those words are not the person's.
     */
    private static final List<String> NAMED_AFTER_HEADS = List.of("mahalle", "sokak", "sokag", "cadde", "koyu",
            "koyun", "televizyon", "gazete", "radyo", "ajans", "bayram", "gunu", "haftasi", "hasad", "festival",
            "senlig", "kampanya", "projesi", "odul", "isleri", "konseyi");
    /** How many capitalised words such a name may have. */
    private static final int NAMED_AFTER_WORDS = 2;

    private static final java.util.Set<String> PLACE_CASES = java.util.Set.of("da", "de", "ta", "te",
            "dan", "den", "tan", "ten", "a", "e", "ya", "ye");

    private final Parties parties;
    private final Titles titles;
    private final Gazetteer gazetteer;
    private final OfficeRegistry registry;
    private final CivilBodies civilBodies;

    public PersonNameFinder(Parties parties, Titles titles, Gazetteer gazetteer, OfficeRegistry registry,
                            CivilBodies civilBodies) {
        this.parties = parties;
        this.titles = titles;
        this.gazetteer = gazetteer;
        this.registry = registry;
        this.civilBodies = civilBodies;
    }

    /** Every name in the text, in order, not overlapping. */
    public List<NameSpan> find(TokenizedText text) {
        List<NameSpan> out = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            NameSpan span = nameAt(text, i, endsTitle(text, i - 1));
            if (span != null) {
                out.add(span);
                i = span.end() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether a title ends at word {@code end}, right before a name: "Sinop Milletvekili | Ayşe Er". */
    private boolean endsTitle(TokenizedText text, int end) {
        return end >= 0 && text.is(end, WordClass.TITLE_END) && text.get(end + 1).spaceBefore()
                && text.get(end).capitalized() && titleEndingAt(text, end) != null;
    }

    /**
     * The name starting at word {@code i}, or null. {@code afterTitle}: a title stands right before, which is
     * evidence enough that capitalised words are a name even if the given name is not in the register.
     */
    public NameSpan nameAt(TokenizedText text, int i, boolean afterTitle) {
        Token first = text.get(i);
        if (initial(text, i)) {
            // "K. Selim Aydemir", "M. Oya Er": a given name written as its initial opens the name
            NameSpan rest = nameAt(text, i + 1, afterTitle);
            return rest == null ? null : new NameSpan(i, rest.end());
        }
        if (!first.capitalized() || first.digits() || first.hasApostrophe() || civilBodies.endsAUnionsName(first)) {
            // "Memur-Sen Hatay İl Başkanı": the last part of a union's dashed name is no given name
            return null;
        }
        boolean given = first.is(WordClass.GIVEN_NAME);
        if (!given && (!afterTitle || TitleEvidenceFinder.HONORIFICS.contains(first.key()))) {
            return null; // after a title, "Kıdemli Albay" and "Dr." come before the name, not in it
        }
        if (PROFESSIONS.contains(first.key()) && text.is(i + 1, WordClass.GIVEN_NAME) && text.get(i + 1).spaceBefore()) {
            return null; // "Yazar Haluk Gerger": a profession before the name, though "Yazar" is also a name
        }
        if ((first.is(WordClass.NAME_STOPWORD) && !honorificAsGivenName(text, i, afterTitle)) || startsParty(text, i)
                || startsTitle(text, i) || startsOfficeNoun(text, i)) {
            // "Kadın Kolları Başkanı", "Kadın Kolları Başkanlığına": a title, though "Kadın" is in the register of names
            return null;
        }
        if (i > 0 && text.get(i - 1).digits() && first.spaceBefore()) {
            return null; // "5 Kasım", "23 Nisan": a date, not a name
        }
        if (first.is(WordClass.PLACE) && namesSomethingAfter(text, i + 1)) {
            return null; // "muhtar Gerze Yenice Mahallesi Muhtarı A": a district and its neighbourhood, an address
        }
        int end = i;
        while (end + 1 < text.size() && end - i + 1 < MAX_WORDS && !text.get(end).hasApostrophe()) {
            Token next = text.get(end + 1);
            if (end > i && next.sepBefore() == Separator.SPACE && namesakeFollows(text, end + 1)) {
                // "Başkan Ali Tekin Atatürk Anıtı'na": a surname alone names the monument; a name that goes
                // on with a given name ("Recep Tayyip Erdoğan Stadyumu") is the namesake's whole
                if (next.is(WordClass.GIVEN_NAME)) {
                    return null;
                }
                break;
            }
            if (next.sepBefore() != Separator.SPACE || !next.capitalized() || next.digits() || singleLetter(next)
                    || TurkishText.startsWithAny(next.key(), NAMESAKE_HEADS) || socialMedia(text, end + 1)
                    || (next.is(WordClass.NAME_STOPWORD) && !itemOfALine(text, i, end + 1)
                        && !surnameOfGivenNames(text, i, end + 1, afterTitle))
                    || startsParty(text, end + 1)
                    || (startsTitle(text, end + 1) && !surnameOfGivenNames(text, i, end + 1, afterTitle))
                    || (first.allCaps() != next.allCaps() && !surnameInCapitals(text, i, end + 1))
                    || (end > i && !registered(text, i, end + 1) && (!continuesLongName(text, i, end + 1, afterTitle)
                        || (next.is(WordClass.PLACE) && registered(text, i, end) && placeGoesOn(text, end + 1)
                            && !givenNamesBeforeASurname(text, i, end + 1))))
                    || (end == i && (isAddress(text, i) || provinceAndItsDistrict(text, i) || districtsOfAList(text, i)
                        || provinceInAHeadline(text, i, end + 1) || surnameBeforeWhere(text, i)))
                    || namesABody(text, end + 1) || provinceSlashDistrict(text, end + 1) || pluralDative(next)
                    || ministryOf(text, end + 1) || (end > i && anotherPersonsSurname(text, end, end + 1))
                    || (end > i && aRegisteredNameBeforeACase(text, i, end, next))
                    || (end > i && whereAfterASurname(text, end, end + 1))
                    || (end == i && afterTitle && next.hasApostrophe() && soleHolderBySurname(text, i))
                    || (end > i && secondFullName(text, i, end + 1) && !registered(text, i, end + 2))
                    || (end > i && namesSomethingAfter(text, end + 1))
                    || (end > i && namesALandmark(text, end + 1))) {
                break;
            }
            end++;
        }
        if (end == i) {
            return null;
        }
        if ((first.allCaps() || text.isHeadline(text.sentenceOf(i))) && !itemOfALine(text, i, end)
                && !(afterTitle && lineOfAList(text, i, end))) {
            int repeated = repeatedNameEnd(text, i, end);
            end = repeated > i ? repeated : knownNameEnd(text, i, end);
        } else if (end - i >= 2) {
            end = endOfTheNameWrittenElsewhere(text, i, end);
        }
        if (end == i || (!given && !text.is(end, WordClass.SURNAME_LIKE) && !itemOfALine(text, i, end)
                    && !(afterTitle && unlistedPair(text, i, end)))
                || (!text.get(end).hasApostrophe() && TurkishText.inflectedPossessive(text.key(end)))
                || (headsABody(text, end) && !(afterTitle && chairs(text, end + 1)))) {
            return null;
        }
        return new NameSpan(i, end);
    }

    /**
     * "Muhtar Cemil Yıldırım Kaplan'a teşekkür etti" where the article names "Oya Kaplan": a surname in a case after
     * a name that is already whole, and that the text gives to someone else, is that other person's mention. So is
     * one before "ile" or "ve" ("Başkan Ali Yalçınkaya Kaplan ile görüştü") after a name that ends in a word that is
     * no given name.
     */
    private static boolean anotherPersonsSurname(TokenizedText text, int end, int k) {
        boolean inACase = text.get(k).hasApostrophe();
        boolean joined = k + 1 < text.size() && JOINERS.contains(text.key(k + 1)) && text.get(k + 1).spaceBefore()
                && !text.is(end, WordClass.GIVEN_NAME);
        if (!(inACase || joined) || !text.is(end, WordClass.SURNAME_LIKE)) {
            return false;
        }
        String surname = text.key(k);
        for (int j = 1; j < text.size(); j++) {
            if (j != k && text.key(j).equals(surname) && text.is(j - 1, WordClass.GIVEN_NAME)
                    && text.get(j).spaceBefore() && !text.key(j - 1).equals(text.key(end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Antalya'da Kemal Bülbül Nesibe Bahadır": co-candidates listed without a comma. After two name words, a word
     * that can only be a given name, followed by a surname, opens a second person's name: Turkish names seldom
     * have three given names, and never put one after the surname. A four-word name that the registers
     * hold stays whole.
     */
    private static boolean secondFullName(TokenizedText text, int start, int k) {
        return text.is(start, WordClass.GIVEN_NAME) && text.is(k, WordClass.GIVEN_NAME) && !text.is(k, WordClass.SURNAME_LIKE)
                && k + 1 < text.size() && text.get(k + 1).capitalized() && text.get(k + 1).spaceBefore()
                && text.is(k + 1, WordClass.SURNAME_LIKE);
    }

    /**
     * "Ekrem İmamoğlu Erdoğan'ı yendi": a full name the registers know, ending in a word that is no given name, is
     * whole; a surname in a case after it is another person, the object.
     */
    private boolean aRegisteredNameBeforeACase(TokenizedText text, int start, int end, Token next) {
        return next.hasApostrophe() && !text.is(end, WordClass.GIVEN_NAME) && registered(text, start, end)
                && !registered(text, start, end + 1);
    }

    /**
     * "CHP lideri Kemal Kılıçdaroğlu Karadeniz'de ...": a word in the locative after a name that ends in a known
     * surname (and no given name) is where the person was or spoke, not a third name; people are seldom named in the
     * locative.
     */
    private static boolean whereAfterASurname(TokenizedText text, int end, int k) {
        return text.is(end, WordClass.SURNAME_LIKE) && !text.is(end, WordClass.GIVEN_NAME)
                && TurkishText.LOCATIVE_SUFFIXES.contains(apostropheSuffix(text, text.get(k)));
    }

    /**
     * "Cumhurbaşkanı Erdoğan Bahçeli'yi kabul etti": the holder of a one-person office named by surname after the
     * title; a name in a case after it is the object, though "Erdoğan" is also a given name.
     */
    private boolean soleHolderBySurname(TokenizedText text, int i) {
        Title title = titleEndingAt(text, i - 1);
        return title != null && registry.soleHolderHasSurname(title.canonical(), text.key(i));
    }

    /** The title that ends at word {@code end}, right before a name, or null. */
    private Title titleEndingAt(TokenizedText text, int end) {
        for (int j = end; j >= 0 && j > end - MAX_TITLE_WORDS; j--) {
            if (text.is(j, WordClass.TITLE_START)) {
                PhraseTable.Match<Title> title = titles.match(text.tokens(), j);
                if (title != null && title.end() == end) {
                    return title.value();
                }
            }
        }
        return null;
    }

    /** "ile" and "ve": words that join a person to another. */
    private static final java.util.Set<String> JOINERS = java.util.Set.of("ile", "ve");

    /** Endings of a noun in the possessive ("Toplantısı", "Sorumlusu", "Meslektaşları"), ASCII-folded. */
    private static final List<String> POSSESSIVE_ENDINGS = List.of("si", "su", "lari", "leri");

    /**
     * "Kaymakam Tolgahan Yırıkçı, ...": right after a title, two capitalised words in a body sentence that neither
     * register knows are a name when nothing capitalised goes on after them, or when a suffix after an apostrophe
     * closes them ("Dışişleri Bakanı Dmitro Kuleba'nın Antalya'da ...").
     */
    private static boolean unlistedPair(TokenizedText text, int i, int end) {
        if (end != i + 1 || text.get(i).allCaps() || text.get(end).allCaps() || text.isHeadline(text.sentenceOf(i))) {
            return false;
        }
        int after = end + 1;
        for (int k = i; k <= end; k++) {
            // "Bakan Tezcanlı Sinop'ta", "Tanıtım Toplantısı": a place or a possessive noun is no unlisted name; but
            // a district named with an ordinary word is a surname too ("İlçe Başkanı Canercan Kartal ile")
            boolean surnameToo = k == end && text.is(k, WordClass.AMBIGUOUS_PLACE) && !text.is(k, WordClass.TEMPORAL)
                    && !text.get(k).hasApostrophe() && !text.is(after, WordClass.OFFICE_CUE);
            if ((text.is(k, WordClass.PLACE) && !surnameToo)
                    || TurkishText.endsWithAny(text.key(k), POSSESSIVE_ENDINGS)) {
                return false;
            }
        }
        boolean closed = after >= text.size() || text.get(end).hasApostrophe() || !text.get(after).capitalized()
                || text.get(after).sepBefore() != Separator.SPACE;
        return closed && !surnameOfANameElsewhere(text, i); // the scan of the whole text last
    }

    /**
     * "Kaymakam Kumcu Sahada, Ekipler ..." where the text names "Mert Kumcu": the first word is the surname of a full
     * name written elsewhere, so after the title it stands alone, and the word after it is not the name's (unless
     * the text writes the pair again).
     */
    private static boolean surnameOfANameElsewhere(TokenizedText text, int i) {
        String surname = text.key(i);
        String next = text.key(i + 1);
        boolean full = false;
        for (int j = 1; j < text.size(); j++) {
            if (j == i || !text.key(j).equals(surname)) {
                continue;
            }
            if (j + 1 < text.size() && text.key(j + 1).equals(next)) {
                return false;
            }
            full |= text.get(j).spaceBefore() && text.get(j - 1).capitalized() && text.is(j - 1, WordClass.GIVEN_NAME);
        }
        return full;
    }

    /**
     * "Adem KAPAR": a surname in capitals after given names in title case, the style of some pages; the name ends
     * with it (a word in capitals after it would be a headline's).
     */
    private static boolean surnameInCapitals(TokenizedText text, int first, int k) {
        Token t = text.get(k);
        if (text.get(first).allCaps() || !t.allCaps() || t.key().length() < 3) {
            return false;
        }
        for (int j = first; j < k; j++) {
            if (!text.is(j, WordClass.GIVEN_NAME)) {
                return false;
            }
        }
        return k + 1 >= text.size() || !text.get(k + 1).allCaps() || text.get(k + 1).sepBefore() != Separator.SPACE;
    }

    /**
     * "Selim Aksoy Sosyal Medya üzerinden": the medium, capitalised as a proper noun, after a name; "Sosyal" and
     * "Medya" are in the register of given names.
     */
    private static boolean socialMedia(TokenizedText text, int k) {
        return text.key(k).equals("sosyal") && k + 1 < text.size() && text.key(k + 1).startsWith("medya");
    }

    /**
     * "Vali Oya Er B Kanal'a konuştu": a letter alone after a name is a channel's or a list's, not a word of the
     * name (an initial inside a name has its dot, see {@link #initial}).
     */
    private static boolean singleLetter(Token t) {
        return t.end() - t.start() == 1;
    }

    /**
     * A capital letter alone, then the dot of an abbreviation and a given name: "M. Yaşar"; but not the "V." of
     * "Başkan V. Ali Kaya", which abbreviates "Vekili".
     */
    private static boolean initial(TokenizedText text, int i) {
        Token t = text.get(i);
        boolean deputy = i > 0 && text.key(i).equals(DEPUTY_INITIAL) && text.key(i - 1).equals(CHAIR_STEM);
        return t.end() - t.start() == 1 && Character.isUpperCase(text.text().charAt(t.start())) && i + 1 < text.size()
                && text.get(i + 1).sepBefore() == Separator.INNER_DOT && text.is(i + 1, WordClass.GIVEN_NAME)
                && !deputy;
    }

    private static final String DEPUTY_INITIAL = "v";
    private static final String CHAIR_STEM = "baskan";

    /**
     * Whether the place at word {@code k} goes on into the sentence as a place does, in a case or before a noun
     * ("Özgür Özel Aydın mitingini", "... Aydın'da"), rather than closing the name before a comma or the end.
     */
    private static boolean placeGoesOn(TokenizedText text, int k) {
        if (text.get(k).hasApostrophe()) {
            return true;
        }
        return k + 1 < text.size() && text.get(k + 1).spaceBefore() && !text.get(k + 1).capitalized();
    }

    /**
     * "Kaymakam Yunus Emre Akpınar'ın": a register's name made of given names only (a deputy "Yunus Emre") before a
     * place that is also a surname is the given names of a longer name, not the registered person.
     */
    private static boolean givenNamesBeforeASurname(TokenizedText text, int start, int k) {
        return onlyGivenNames(text, start, k - 1) && text.is(k, WordClass.SURNAME_LIKE);
    }

    /**
     * A full name a register of office holders knows ("Özgür Özel"): a place after it is where they are ("Özgür Özel
     * Aydın mitingini ..."), not a third name; a place closing the phrase before a comma is the name's last word
     * ("Meclis Üyesi Yunus Emre Yıldırım, ...", a namesake of a registered deputy). A registered name that ends in a
     * place ("Ayşe Er Sinop") is read whole.
     */
    boolean registered(TokenizedText text, int start, int end) {
        StringBuilder name = new StringBuilder(text.key(start));
        for (int k = start + 1; k <= end; k++) {
            name.append(' ').append(text.key(k));
        }
        return registry.find(name.toString()) != null;
    }

    /**
     * "Seçim İşleri Başkanı", "Halkla İlişkiler Müdürü": an office noun in the possessive right after the words
     * makes them the name of a body, for a person's name is never the owner of a title in a compound; a school,
     * square or association after them makes them its namesake, not a person present.
     */
    private static boolean headsABody(TokenizedText text, int end) {
        if (text.get(end).hasApostrophe() || end + 1 >= text.size() || !text.get(end + 1).spaceBefore()) {
            return false;
        }
        return POSSESSIVE_HEADS.contains(text.key(end + 1)) || namesakeFollows(text, end);
    }

    /**
     * "Başkan Ali Tekin Marmara Denizi'nde": a place followed by a landmark's head word ("Denizi", "Gölü", "Caddesi")
     * names the landmark, though the place's name is also a surname.
     */
    private static boolean namesALandmark(TokenizedText text, int k) {
        return text.is(k, WordClass.PLACE) && !text.get(k).hasApostrophe() && k + 1 < text.size()
                && text.get(k + 1).spaceBefore() && text.get(k + 1).capitalized() && text.is(k + 1, WordClass.FEATURE);
    }

    /** Whether the capitalised words from word {@code k} name a neighbourhood, street or medium after them. */
    private static boolean namesSomethingAfter(TokenizedText text, int k) {
        for (int d = 1; d <= NAMED_AFTER_WORDS && k + d < text.size(); d++) {
            Token last = text.get(k + d - 1);
            if (!last.capitalized() || last.hasApostrophe() || !text.get(k + d).spaceBefore()) {
                return false;
            }
            if (TurkishText.startsWithAny(text.key(k + d), NAMED_AFTER_HEADS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word right after word {@code end}, with only a space between, heads the name of a school, square or
     * association: "Ali Kaya İlkokulu", not "Ali Kaya, ilkokul öğrencisine".
     */
    static boolean namesakeFollows(TokenizedText text, int end) {
        return end + 1 < text.size() && text.get(end + 1).spaceBefore() && isNamesakeHead(text.key(end + 1));
    }

    /** Whether an ASCII-folded word heads the name of a school, square, park or monument named after a person. */
    public static boolean isNamesakeHead(String key) {
        return TurkishText.startsWithAny(key, NAMESAKE_HEADS);
    }

    /**
     * "BAKAN TUNA SİNOP MİTİNGİNDE KONUŞTU": where capitals tell nothing (all caps, a title-case headline), a province
     * after one name word, with the line going on after it, is the place of the news, not a surname; a line that
     * ends with it, or closes a list item before a note in parentheses ("Gerze: Oya Aydın (DSP)"), may well be a
     * name ("Gençlik Kolları Başkanı Oya Aydın").
     */
    private boolean provinceInAHeadline(TokenizedText text, int first, int k) {
        boolean capsOnly = text.get(first).allCaps() || text.isHeadline(text.sentenceOf(first));
        boolean lineGoesOn = k + 1 < text.size() && (text.get(k + 1).sepBefore() & Separator.NEWLINE) == 0
                && text.sentenceOf(k + 1) == text.sentenceOf(k);
        return capsOnly && lineGoesOn && text.is(k, WordClass.PLACE) && !itemOfALine(text, first, k)
                && gazetteer.lookup(text.key(k)).stream().anyMatch(AdminUnit::isProvince);
    }

    /**
     * "Milletvekili Kemal Er Başkanlığı'nda toplandı": a meeting chaired by the titled person; after a title the
     * words before "Başkanlığı" are a name, not a body's ("Dışişleri Başkanlığı").
     */
    private static boolean chairs(TokenizedText text, int k) {
        return text.key(k).equals("baskanligi");
    }

    /**
     * A third or fourth word continues a name ("Recep Tayyip Erdoğan", "Gülcan Kaçmaz Sayyiğit") unless it is a
     * place name ("Ahmet Yalçınkaya Kocasinan, Talas..."); headlines are cut back separately. After given names
     * only, a place name is the surname the name still lacks ("Utku Caner Çaykara", "Ali Rıza Ordu'nun").
     */
    private static boolean continuesLongName(TokenizedText text, int start, int k, boolean afterTitle) {
        Token next = text.get(k);
        if (!next.is(WordClass.PLACE)) {
            return true;
        }
        boolean officeFollows = text.is(k + 1, WordClass.OFFICE_CUE) && text.get(k + 1).spaceBefore();
        // but "Ali Kaya Sinop'un": a place in a case after a word that is also a common surname is the place's
        boolean surnameBefore = next.hasApostrophe() && text.is(k - 1, WordClass.SURNAME_LIKE)
                && !next.is(WordClass.SURNAME_LIKE);
        if (onlyGivenNames(text, start, k - 1) && !placeCase(text, next) && !officeFollows && !surnameBefore) {
            return true;
        }
        // A place name that is also a surname ends a name only where places are listed or an office follows
        // ("Ahmet Metin Genç ile" is a name; "Ahmet Yalçınkaya Kocasinan, Talas" is a name and a list of places).
        boolean listed = k + 2 < text.size() && Separator.isListComma(text.get(k + 1).sepBefore())
                && text.is(k + 1, WordClass.PLACE) && !text.is(k + 2, WordClass.OFFICE_CUE);
        // After a title, a place closing a list item is the last surname: "Milletvekili Ayşe Er Sinop, Vali ..."
        boolean closesItem = afterTitle && k + 1 < text.size() && Separator.isListComma(text.get(k + 1).sepBefore())
                && !text.is(k + 1, WordClass.PLACE);
        return (next.is(WordClass.SURNAME_LIKE) || closesItem) && !next.hasApostrophe() && !listed && !officeFollows;
    }

    private static boolean onlyGivenNames(TokenizedText text, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!text.is(k, WordClass.GIVEN_NAME)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Başkan Şimşek Gölbaşı'nda inceledi": a surname followed by a place in a case of location or motion is a
     * person named by surname, then where they are; a surname itself seldom takes those cases. Not a given name
     * before a place that is also a common surname: "Bakan Erdem Yıldırım'a" is a full name in the dative.
     */
    private static boolean surnameBeforeWhere(TokenizedText text, int i) {
        return text.is(i, WordClass.SURNAME_LIKE) && text.is(i + 1, WordClass.PLACE)
                && !(text.is(i, WordClass.GIVEN_NAME) && text.is(i + 1, WordClass.SURNAME_LIKE))
                && (placeCase(text, text.get(i + 1))
                    || COMPOUND_PLACE_CASES.contains(apostropheSuffix(text, text.get(i + 1))));
    }

    /** "Gölbaşı'nda", "Kuşadası'ndan": the cases after a compound place name's possessive. */
    private static final java.util.Set<String> COMPOUND_PLACE_CASES = java.util.Set.of("nda", "nde", "ndan", "nden",
            "na", "ne");

    /** "Ankara'da", "Rize'den", "Trabzon'a": a place in a case of location or motion, not a surname. */
    private static boolean placeCase(TokenizedText text, Token t) {
        return PLACE_CASES.contains(apostropheSuffix(text, t));
    }

    /** The ASCII-folded suffix after word {@code t}'s apostrophe, or "" without one. */
    private static String apostropheSuffix(TokenizedText text, Token t) {
        return t.hasApostrophe() ? TurkishText.asciiFold(text.text().substring(t.stemEnd() + 1, t.end())) : "";
    }

    /**
     * "Şanlıurfa: Mehmet İlhami Günbegi", "CHP - AYLA KURT", "Gerze: Uşak Tan (DSP)": a name after a colon or dash
     * that runs to the end of its line (or to its party in parentheses) is a list item, whole, though its line looks
     * like a headline or its first word is no given name of the register.
     */
    private static boolean itemOfALine(TokenizedText text, int start, int end) {
        int after = end + 1 >= text.size() ? Separator.NEWLINE : text.get(end + 1).sepBefore();
        return (text.get(start).sepBefore() & (Separator.COLON | Separator.DASH)) != 0
                && (Separator.isBoundary(after) || (after & Separator.PARENTHESIS) != 0);
    }

    /**
     * "Mersin Mezitli ilçesinde", "Aydın Efeler Belediyesi": two place names before a word of an office or body
     * are an address, though "Mersin" and "Aydın" are given names too ("Fatih Bayındır" stays a name); so are a
     * district and a belde of the gazetteer before "Belde" ("İdil Karalar Belde Belediye Başkanı").
     */
    private static boolean isAddress(TokenizedText text, int i) {
        if (!text.is(i, WordClass.PLACE) || i + 2 >= text.size() || !text.get(i + 2).spaceBefore()) {
            return false;
        }
        return (text.is(i + 1, WordClass.PLACE) && text.is(i + 2, WordClass.OFFICE_CUE))
                || (text.is(i + 1, WordClass.TOWN) && text.key(i + 2).startsWith(BELDE));
    }

    private static final String BELDE = "belde";

    /**
     * "Gerze'de Ali Rıza Ekim, Boyabat'ta ...": after two given names, a capitalised word that closes a list item
     * (a comma, "ve" or "ile" after it) is the surname the name lacks, though it is also a common word ("Ekim") or
     * a title ("Bakan"). After a title or another listed name one given name is enough ("Milletvekili Oya Bakan,
     * ...", "Ali Kaya, Oya Bakan ve ..."): the office is named already, so the word is not a second title; alone,
     * "Ekrem Başkan" may be the honorific use. A quote, colon or full stop after the word closes the name as well
     * ("Müdür Yardımcısı Oya Bakan "..." dedi"): no name follows for the word to title. A word of polite address is
     * never the surname ("Başbakanımız Binali Yıldırım Bey'e ve ...").
     */
    private static final int NAME_CLOSERS = Separator.QUOTE | Separator.COLON | Separator.SENTENCE_END;
    private static final Set<String> ADDRESS_FORMS = Set.of("bey", "hanim", "beyefendi", "hanimefendi");

    private static boolean surnameOfGivenNames(TokenizedText text, int start, int k, boolean afterTitle) {
        boolean listed = afterTitle || (Separator.isListComma(text.get(start).sepBefore())
                && text.get(start - 1).capitalized());
        if (k - start < (listed ? 1 : 2) || !onlyGivenNames(text, start, k - 1) || namesakeFollows(text, k - 1)
                || ADDRESS_FORMS.contains(text.key(k))) {
            return false;
        }
        if (k + 1 >= text.size()) {
            return !text.get(k).hasApostrophe();
        }
        String after = text.key(k + 1);
        int sep = text.get(k + 1).sepBefore();
        return Separator.isListComma(sep) || (sep & NAME_CLOSERS) != 0
                || (text.get(k + 1).spaceBefore() && (after.equals("ve") || after.equals("ile")));
    }

    /**
     * "Belediye Başkanı Gazi Şahin": after a title, an honorific that is also a given name ("Gazi", "Şehit") and is
     * followed by a surname alone is the given name; before a given name it honours the dead ("Gazi Mustafa Kemal").
     */
    private static boolean honorificAsGivenName(TokenizedText text, int i, boolean afterTitle) {
        boolean nameGoesOn = i + 2 < text.size() && text.get(i + 2).capitalized() && text.get(i + 2).spaceBefore()
                && text.is(i + 2, WordClass.GIVEN_NAME | WordClass.SURNAME_LIKE);
        return afterTitle && HONORIFIC_GIVEN_NAMES.contains(text.key(i)) && text.is(i + 1, WordClass.SURNAME_LIKE)
                && text.get(i + 1).spaceBefore() && !nameGoesOn;
    }

    private static final java.util.Set<String> HONORIFIC_GIVEN_NAMES = java.util.Set.of("gazi", "sehit");

    /**
     * "Baran Akgül İçişleri Bakanlığı'nca", "İklim Değişikliği Bakanlığı": word {@code k} names the field of the
     * ministry after it, not a person, though "İklim" is also a given name.
     */
    private static boolean ministryOf(TokenizedText text, int k) {
        return k + 1 < text.size() && text.get(k + 1).spaceBefore() && text.key(k + 1).startsWith(MINISTRY);
    }

    private static final String MINISTRY = "bakanlig";

    /**
     * "Ali Akar Sinop Belediyesi'ne", "Ali Akar Sinop Ticaret ve Sanayi Odası'na", "Vali Tekin Gerze Kaymakamlığını
     * gezdi": a place that opens the name of an office or a body after a person's name is the body's, not the
     * person's last word.
     */
    private static boolean namesABody(TokenizedText text, int k) {
        if (!text.is(k, WordClass.PLACE) || text.is(k, WordClass.GIVEN_NAME) || text.get(k).hasApostrophe()) {
            return false;
        }
        if (text.is(k + 1, WordClass.OFFICE_CUE) && text.get(k + 1).spaceBefore()) {
            return true;
        }
        for (int j = k + 1; j < text.size() && j <= k + BODY_NAME_WORDS; j++) {
            Token t = text.get(j);
            if (!t.spaceBefore() || !(t.capitalized() || AND.equals(t.key()))) {
                return false;
            }
            if (TurkishText.startsWithAny(t.key(), BODY_HEADS)) {
                return true;
            }
            if (t.hasApostrophe()) {
                return false;
            }
        }
        return false;
    }

    /** "Başkan Yılmaz Samsunlulara ...": a plural in the dative, written without an apostrophe, is no surname. */
    private static boolean pluralDative(Token word) {
        return !word.hasApostrophe() && TurkishText.endsWithAny(word.key(), PLURAL_DATIVE);
    }

    private static final List<String> PLURAL_DATIVE = List.of("lara", "lere");

    /** Heads of the names of chambers, exchanges, bars, unions and associations: "Sinop Ticaret Borsası". */
    private static final List<String> BODY_HEADS = List.of("odasi", "odalari", "borsasi", "barosu", "birligi",
            "dernegi", "vakfi", "universitesi", "sendikasi", "federasyonu", "konfederasyonu");
    /** How many words after the place such a name may have: "Ticaret ve Sanayi Odası". */
    private static final int BODY_NAME_WORDS = 4;
    private static final String AND = "ve";

    /**
     * "Gerze Gençlik Kolları Başkanı Ali Özkaraca" over "Boyabat Gençlik Kolları Başkanı Oya Tanal": a name after a
     * title that ends its line, where the line before or after ends the same way (the same title word, then
     * capitalised words to its end), is an item of a list of holders, whole, though the lines look like headlines.
     */
    private static boolean lineOfAList(TokenizedText text, int start, int end) {
        if (start == 0 || (end + 1 < text.size() && (text.get(end + 1).sepBefore() & Separator.NEWLINE) == 0)) {
            return false;
        }
        String head = text.key(start - 1);
        int lineStart = start - 1;
        while (lineStart > 0 && (text.get(lineStart).sepBefore() & Separator.NEWLINE) == 0) {
            lineStart--;
        }
        int previousStart = lineStart - 1;
        while (previousStart > 0 && (text.get(previousStart).sepBefore() & Separator.NEWLINE) == 0) {
            previousStart--;
        }
        return endsWithNameAfter(text, end + 1, head) || (lineStart > 0 && endsWithNameAfter(text, previousStart, head));
    }

    /** The line from word {@code from} has word key {@code head} followed by two or more capitalised words to its end. */
    private static boolean endsWithNameAfter(TokenizedText text, int from, String head) {
        int headAt = -1;
        int k = from;
        for (; k < text.size() && (k == from || (text.get(k).sepBefore() & Separator.NEWLINE) == 0); k++) {
            if (text.key(k).equals(head)) {
                headAt = k;
            } else if (headAt >= 0 && !text.get(k).capitalized()) {
                headAt = -1;
            }
        }
        return headAt >= 0 && k - headAt >= 3;
    }

    /**
     * "CHP Selçuk Balkan İzmir/Urla 32.261": a province, a slash and one of its districts are an address, never the
     * end of a name.
     */
    private boolean provinceSlashDistrict(TokenizedText text, int k) {
        return k + 1 < text.size() && text.text().startsWith("/", text.get(k).end())
                && text.get(k + 1).start() == text.get(k).end() + 1 && provinceAndItsDistrict(text, k);
    }

    /**
     * "Sinop Gerze", "Tokat Merkez": a province and one of its own districts are an address, though a province may
     * be a given name and a district could end a name.
     */
    /**
     * "Karşıyaka, Menderes Buca, Karabağlar": two districts of one province side by side, after a place and a list's
     * comma, are two items of the list whose comma was dropped, not a person.
     */
    private boolean districtsOfAList(TokenizedText text, int i) {
        return i > 0 && Separator.isListComma(text.get(i).sepBefore()) && text.is(i - 1, WordClass.PLACE)
                && gazetteer.areSiblingDistricts(text.key(i), text.key(i + 1));
    }

    private boolean provinceAndItsDistrict(TokenizedText text, int i) {
        if (gazetteer.isDistrictOf(text.key(i), text.key(i + 1))) {
            return true;
        }
        if (!text.key(i + 1).equals(Gazetteer.CENTRAL_DISTRICT_KEY)) {
            return false;
        }
        for (AdminUnit province : gazetteer.lookup(text.key(i))) {
            if (province.isProvince() && gazetteer.centralDistrict(province) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "İl Başkanı Şefik Çirkin Hataylıların talebini ...", "Milletvekili Barış Bektaş Toprak Mahsulleri Ofisi'nin":
     * a person keeps their surname in every mention, so when the text writes the name's first words elsewhere,
     * followed by anything but the next word, the words after them are the next phrase's, not the name's; unless the
     * text writes one of those words elsewhere in another phrase, as a surname may be ("Mustafa Kemal Atatürk",
     * "Mustafa Kemal'in", "Atatürk'ün").
     * Returns where the name ends.
     */
    private static int endOfTheNameWrittenElsewhere(TokenizedText text, int start, int end) {
        String all = text.text();
        int from = text.get(start).start();
        for (int e = end - 1; e > start; e--) {
            if (writtenElsewhere(text, e + 1) || text.is(e, WordClass.PLACE)) {
                return end; // (not "Kara Trabzon | Havalimanı'ndaki": a place ending the shorter form names a facility)
            }
            String shorter = all.substring(from, text.get(e).end());
            String next = " " + all.substring(text.get(e + 1).start(), text.get(e + 1).stemEnd());
            for (int at = all.indexOf(shorter); at >= 0; at = all.indexOf(shorter, at + 1)) {
                int after = at + shorter.length();
                if (at != from && text.wordStartingAt(at) >= 0
                        && (after >= all.length() || !Character.isLetter(all.charAt(after)))
                        && !all.startsWith(next, after) && !anotherNameWordAt(text, after)) {
                    return e;
                }
            }
        }
        return end;
    }

    /**
     * A word opening a sentence is a surname there when set off as news sets off a subject ("Tekin, ...") or
     * inflected after an apostrophe ("Tekin'in"); "Kurban pazarında" is the common noun.
     */
    private static boolean setOff(TokenizedText text, int j) {
        return text.get(j).hasApostrophe() || (j + 1 < text.size() && Separator.isListComma(text.get(j + 1).sepBefore()));
    }

    /** Word {@code j} opens a sentence or a quote, where any word is capitalised. */
    private static boolean opensASentence(TokenizedText text, int j) {
        return j == 0 || Separator.isBoundary(text.get(j).sepBefore()) || (text.get(j).sepBefore() & Separator.QUOTE) != 0;
    }

    /**
     * Whether a capitalised word without a suffix follows at {@code offset}: the shorter form goes on as another
     * name there ("Ali Osman Bulat", a misprint of "Ali Osman Bulut"), which proves nothing.
     */
    private static boolean anotherNameWordAt(TokenizedText text, int offset) {
        int k = text.wordStartingAt(offset + 1);
        return k >= 0 && text.get(k).spaceBefore() && text.get(k).capitalized() && !text.get(k).hasApostrophe();
    }

    /**
     * Whether the text writes word {@code k} elsewhere as a surname is written: capitalised, with no capitalised word
     * after it ("Kurban Bayramı" is another name) and not in the same phrase again ("Toprak Mahsulleri Ofisi").
     */
    private static boolean writtenElsewhere(TokenizedText text, int k) {
        for (int j = 0; j < text.size(); j++) {
            if (j != k && text.get(j).capitalized() && (!opensASentence(text, j) || setOff(text, j))
                    && text.key(j).equals(text.key(k))
                    && !text.key(j + 1).equals(text.key(k + 1)) && !text.key(j - 1).equals(text.key(k - 1))
                    && !(j + 1 < text.size() && text.get(j + 1).capitalized() && text.get(j + 1).spaceBefore())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Yalçın Karatepe Sinop'ta" over "Yalçın Karatepe, ...": the longest run of a headline's name that the text
     * writes again in a sentence that is no headline is a name, though the lexicons do not know its words; -1 if
     * none.
     */
    private static int repeatedNameEnd(TokenizedText text, int start, int end) {
        String all = text.text();
        int from = text.get(start).start();
        for (int e = end; e > start; e--) {
            String name = all.substring(from, text.get(e).stemEnd());
            for (int at = all.indexOf(name); at >= 0; at = all.indexOf(name, at + 1)) {
                int word = text.wordStartingAt(at);
                if (at != from && word >= 0 && !text.isHeadline(text.sentenceOf(word))) {
                    return e;
                }
            }
        }
        return -1;
    }

    /**
     * In capitals or in a title-case headline every word is capitalised, so a name there runs only as far as its
     * words are known given names or surname-like ("ÜSTÜN DÖNMEZ MAZBATASINI ALDI").
     */
    private int knownNameEnd(TokenizedText text, int start, int end) {
        int known = start - 1;
        for (int k = start; k <= end; k++) {
            if (!text.is(k, WordClass.GIVEN_NAME | WordClass.SURNAME_LIKE)) {
                break;
            }
            known = k;
        }
        return known > start ? known : start;
    }

    private boolean startsParty(TokenizedText text, int i) {
        return text.is(i, WordClass.PARTY_START) && parties.match(text.tokens(), i) != null;
    }

    private boolean startsTitle(TokenizedText text, int i) {
        return text.is(i, WordClass.TITLE_START) && titles.match(text.tokens(), i) != null;
    }

    private boolean startsOfficeNoun(TokenizedText text, int i) {
        return text.is(i, WordClass.OFFICE_NOUN_START) && titles.matchOfficeNoun(text.tokens(), i) != null;
    }
}
