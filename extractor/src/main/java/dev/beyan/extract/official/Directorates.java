package dev.beyan.extract.official;

import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.Titles;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.WordClass;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The heads of the state's directorates, whose offices news names by the directorate's own words: "İl Tarım ve
 * Orman Müdürü", "AFAD İl Müdürü", "Gençlik ve Spor İl Müdürü", "Karayolları 14. Bölge Müdürü", "Bitkisel Üretim Şube Müdürü", "Karayolları
 * Genel Müdürü", "Halk Sağlığı Hizmetleri Başkanı"; their deputies and acting heads too ("İl Sağlık Müdür
 * Yardımcısı", "İl Milli Eğitim Müdür Vekili"). The office is the directorate's words with the head noun.
 */
final class Directorates {
    /** "Müdürü": the head of a directorate. */
    private static final String DIRECTOR = "muduru";
    /** "Müdürümüz": the head as a speaker thanks "our director" ("Karayolları Genel Müdürümüz Sayın A'ya"). */
    private static final String OUR_DIRECTOR = "mudurumuz";
    private static final String DIRECTOR_WORD = "Müdürü";
    /** "Müdür Yardımcısı", "Müdür Vekili": the head noun's bare stem before a deputy's or an acting head's word. */
    private static final String DIRECTOR_STEM = "mudur";
    static final Set<String> DEPUTY_HEADS = Set.of("yardimcisi", "vekili");
    /** The levels of a ministry's directorates, and the scope of their heads. */
    private static final String REGION = "bolge";
    private static final String GENERAL = "genel";
    /** "Şube": a provincial directorate's branch, named by its field ("İdari ve Mali İşler Şube Müdürü"). */
    private static final String BRANCH = "sube";
    /**
     * "Kamu Hastaneleri Hizmetleri Başkanı", "Halk Sağlığı Hizmetleri Başkanı": the services a provincial health
     * directorate is divided into, each headed by a "Başkan".
     */
    private static final String SERVICES = "hizmetleri";
    private static final String HEAD = "baskani";
    /**
     * The state's general directorates news names without their ministry, by the last word of their name: those of
     * the presidential decree on the ministries' organisation (No. 1, 2018) that news writes alone ("Orman Genel
     * Müdürü", "Devlet Demiryolları Genel Müdürü", "Maden Tetkik ve Arama Genel Müdürü").
     */
    private static final Set<String> STATE_DIRECTORATES = Set.of("karayollari", "vakiflar", "meteoroloji",
            "kadastro", "isleri", "tevkifevleri", "yonetimler", "orman", "demiryollari", "isletmesi", "arama",
            "sagligi");
    /**
     * State agencies written by their initials before one of their general directorates ("AFAD Deprem ve Risk
     * Azaltma Genel Müdürü", "MEB Temel Eğitim Genel Müdürü"), as a ministry's name would be.
     */
    private static final Set<String> AGENCIES = Set.of("afad", "dsi", "meb", "sgk", "tcdd", "iskur", "toki", "tuik");
    /** "Bakanlığı": the ministry a general directorate belongs to. */
    private static final String MINISTRY = "bakanligi";
    /** A region's directorate serves several provinces, so its head has no province of their own. */
    private static final Map<String, TitleScope> LEVELS = Map.of("il", TitleScope.PROVINCIAL_STATE,
            "ilce", TitleScope.DISTRICT_STATE, REGION, TitleScope.NATIONAL);
    /** How many words a directorate's name may have with its level. */
    private static final int NAME_WORDS = 6;

    private Directorates() {
    }

    /** The directorate's office whose head noun starts at word {@code i}, or null. */
    static PhraseTable.Match<Title> at(ArticleIndex index, Titles titles, int i) {
        TokenizedText text = index.text;
        if (text.key(i).equals(BRANCH) && text.get(i).capitalized() && i + 1 < text.size()) {
            return branch(index, i);
        }
        if (text.key(i).equals(SERVICES) && text.get(i).capitalized() && i + 1 < text.size()
                && text.key(i + 1).equals(HEAD) && text.get(i + 1).spaceBefore()) {
            int start = nameStart(index, i);
            return start < i ? office(text, start, i + 1, TitleScope.PROVINCIAL_STATE) : null;
        }
        int end = headEnd(text, i);
        if (end < 0 || !text.get(i).capitalized() || !text.get(i).spaceBefore() || i < 2) {
            return null;
        }
        int level = i - 1;
        if (text.key(level).equals(GENERAL) && text.get(level).capitalized()) {
            return general(index, level, end);
        }
        TitleScope scope = LEVELS.get(text.key(level));
        if (scope != null && text.get(level).capitalized()) {
            return levelled(index, titles, level, end, scope);
        }
        for (int j = i - 1; j >= 0 && j >= i - NAME_WORDS; j--) {
            Token t = text.get(j);
            TitleScope at = t.capitalized() ? LEVELS.get(t.key()) : null;
            if (at != null && !t.key().equals(REGION) && j < i - 1) {
                return office(text, j, end, at);
            }
            boolean joiner = t.key().equals("ve");
            if (!(t.capitalized() || joiner) || t.hasApostrophe() || !text.get(j + 1).spaceBefore()
                    || index.placeEndingAt[j] != null || index.partyEndingAt[j] != null) {
                return null;
            }
        }
        return null;
    }

    /**
     * "AFAD İl Müdürü", "Karayolları Bölge Müdürü", "Karayolları 14. Bölge Müdürü": the agency right before the level
     * word at {@code level}; "Gençlik ve Spor İl Müdürü", "Aile ve Sosyal Hizmetler İl Müdürü": the ministry's field,
     * a listed ministry's name where one ends there ("Heyete, Aile ve Sosyal Hizmetler İl Müdürü": not the word before
     * the comma).
     */
    private static PhraseTable.Match<Title> levelled(ArticleIndex index, Titles titles, int level, int end,
                                                     TitleScope scope) {
        TokenizedText text = index.text;
        int agencyAt = level - 1;
        if (text.key(level).equals(REGION) && text.get(agencyAt).digits() && agencyAt > 0) {
            agencyAt--;
        }
        Token agency = text.get(agencyAt);
        boolean named = Separator.isPhraseInternal(text.get(level).sepBefore()) && !agency.hasApostrophe()
                && agency.capitalized() && index.placeEndingAt[agencyAt] == null
                && index.partyEndingAt[agencyAt] == null;
        if (!named) {
            return null;
        }
        if (agency.allCaps()) {
            return office(text, agencyAt, end, scope);
        }
        if (text.key(level).equals(REGION)) {
            return office(text, agencyStart(index, agencyAt), end, scope);
        }
        int ministry = titles.ministryStart(text.tokens(), level - 1);
        int field = ministry >= 0 ? ministry : TitleEvidenceFinder.bodyNameStart(index, level);
        return field < level ? office(text, field, end, scope) : null;
    }

    /**
     * "İdari ve Mali İşler Şube Müdürü": a branch named by its field, read from "Şube" at {@code branch} (a bare
     * "Şube Müdürü" is the title table's).
     */
    private static PhraseTable.Match<Title> branch(ArticleIndex index, int branch) {
        TokenizedText text = index.text;
        int end = headEnd(text, branch + 1);
        int start = end < 0 || !text.get(branch + 1).spaceBefore() ? branch : nameStart(index, branch);
        return start < branch ? office(text, start, end, TitleScope.PROVINCIAL_STATE) : null;
    }

    /**
     * The last word of the head at {@code i}: "Müdürü" (or "Müdürümüz"), or "Müdür Yardımcısı" / "Müdür Vekili"; -1
     * for none.
     */
    static int headEnd(TokenizedText text, int i) {
        if (text.key(i).equals(DIRECTOR) || text.key(i).equals(OUR_DIRECTOR)) {
            return i;
        }
        boolean deputy = text.key(i).equals(DIRECTOR_STEM) && i + 1 < text.size()
                && DEPUTY_HEADS.contains(text.key(i + 1)) && text.get(i + 1).spaceBefore();
        return deputy ? i + 1 : -1;
    }

    /**
     * "Adalet Bakanlığı Ceza ve Tevkifevleri Genel Müdürü", "Karayolları Genel Müdürü": the head of a ministry's general
     * directorate, named by the capitalised words before "Genel", a national office; the ministry named before them
     * is its body, not its name. Without a ministry only the state's own directorates count ({@code STATE_DIRECTORATES}):
     * a company's general manager holds no public office.
     */
    private static PhraseTable.Match<Title> general(ArticleIndex index, int general, int end) {
        TokenizedText text = index.text;
        if (utility(text.get(general - 1))) {
            return utilityHead(text, general - 1, end);
        }
        int start = nameStart(index, general);
        if (start == general) {
            return null;
        }
        // "Milli Eğitim Bakanlığı (MEB) Ortaöğretim Genel Müdürü": the ministry's abbreviation may stand between
        int before = start - 1;
        if (before > 0 && Token.abbreviationInParentheses(text.tokens(), before)) {
            before--;
        }
        boolean ofMinistry = (before >= 0 && text.key(before).endsWith(MINISTRY)) || agency(text, before)
                || agency(text, start);
        if (!ofMinistry && !STATE_DIRECTORATES.contains(text.key(general - 1))) {
            return null;
        }
        return office(text, start, end, TitleScope.NATIONAL);
    }

    /** How many words an agency's name before its region may have ("Devlet Su İşleri"). */
    private static final int AGENCY_WORDS = 3;

    /**
     * "Devlet Su İşleri 5. Bölge Müdürü": the first of the capitalised words of the agency's name ending at
     * {@code last}; its words may be given names ("Devlet"), so only places, parties and case endings end it.
     */
    private static int agencyStart(ArticleIndex index, int last) {
        TokenizedText text = index.text;
        int start = last;
        for (int j = last - 1; j >= 0 && j > last - AGENCY_WORDS; j--) {
            Token t = text.get(j);
            if (!t.capitalized() || t.hasApostrophe() || !text.get(j + 1).spaceBefore() || sentenceAdverbial(t)
                    || index.placeEndingAt[j] != null || index.partyEndingAt[j] != null) {
                break;
            }
            start = j;
        }
        return start;
    }

    /**
     * "İSKİ", "BUSKİ", "Denizli Su ve Kanalizasyon İdaresi (DESKİ)", "İZSU": a metropolitan municipality's water and
     * sewerage administration (Law 2560), a general directorate of the municipality, written by its initials, which
     * end in "SKİ" (Su ve Kanalizasyon İdaresi) but for İzmir's. Eskişehir's "ESKİ" is left out: in capitals it is
     * the word "former" ("ESKİ GENEL MÜDÜR").
     */
    private static boolean utility(Token t) {
        String key = t.key();
        return t.allCaps() && (key.length() > UTILITY_SUFFIX.length() && key.endsWith(UTILITY_SUFFIX)
                && !key.equals(FORMER) || key.equals(IZMIR_UTILITY));
    }

    private static final String FORMER = "eski";

    /** "İSKİ Genel Müdürü", also after the utility's full name: "... Kanalizasyon İdaresi (DESKİ) Genel Müdürü". */
    private static PhraseTable.Match<Title> utilityHead(TokenizedText text, int initials, int end) {
        Token abbreviation = text.get(initials);
        String office = text.text().substring(abbreviation.start(), abbreviation.end()) + " "
                + text.text().substring(text.get(initials + 1).start(), text.get(end).stemEnd());
        return new PhraseTable.Match<>(new Title(office, TitleScope.PROVINCIAL_STATE, null, false, false), initials,
                end);
    }

    private static final String UTILITY_SUFFIX = "ski";
    private static final String IZMIR_UTILITY = "izsu";

    private static boolean agency(TokenizedText text, int i) {
        return i >= 0 && text.get(i).allCaps() && AGENCIES.contains(text.key(i));
    }

    /**
     * The first of the capitalised words (and "ve") that name a directorate before word {@code level}; {@code level}
     * itself when none do. A place, a party, a name, a title or a ministry ends them.
     */
    private static int nameStart(ArticleIndex index, int level) {
        TokenizedText text = index.text;
        int start = level;
        for (int j = level - 1; j >= 0 && j >= level - NAME_WORDS; j--) {
            Token t = text.get(j);
            boolean word = (t.capitalized() || t.key().equals("ve")) && !t.hasApostrophe()
                    && text.get(j + 1).spaceBefore() && index.placeEndingAt[j] == null && index.partyEndingAt[j] == null
                    && index.nameCovering[j] < 0 && !t.is(WordClass.TITLE_END) && !t.key().endsWith(MINISTRY)
                    && !sentenceAdverbial(t);
            if (!word) {
                break;
            }
            start = j;
        }
        while (start < level && text.key(start).equals("ve")) {
            start++; // "A ve Karayolları Genel Müdürü": the "ve" joins the items, not the directorate's words
        }
        return start;
    }

    /** Dative, locative and ablative endings of a sentence's first word: "Toplantıya", "Törende", "Kongreden". */
    private static final List<String> CASE_ENDINGS = List.of("ya", "ye", "da", "de", "ta", "te", "dan", "den", "tan",
            "ten");
    /** Shorter words in such an ending may be a name's own ("Vakıflar" is not, "Yapı" may be): not read as a case. */
    private static final int MIN_CASED_WORD = 6;

    /**
     * "Toplantıya Yerel Yönetimler Genel Müdürü A katıldı": the sentence's first word, capitalised only for that, in
     * a case, is where or whom the sentence speaks of, not a word of the directorate's name.
     */
    private static boolean sentenceAdverbial(Token t) {
        return t.sentenceStart() && t.key().length() >= MIN_CASED_WORD
                && CASE_ENDINGS.stream().anyMatch(t.key()::endsWith);
    }

    private static PhraseTable.Match<Title> office(TokenizedText text, int start, int end, TitleScope scope) {
        return new PhraseTable.Match<>(new Title(officeWords(text, start, end), scope, null, false, false), start, end);
    }

    /** The words of an office from word {@code start} to its head at {@code end}, "our director" as "Müdürü". */
    static String officeWords(TokenizedText text, int start, int end) {
        return text.key(end).equals(OUR_DIRECTOR)
                ? text.text().substring(text.get(start).start(), text.get(end).start()) + DIRECTOR_WORD
                : text.text().substring(text.get(start).start(), text.get(end).stemEnd());
    }
}
