package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.TokenizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A party congress's result told with the verb, the office as a predicate after its holder: "Gerze ilçe
 * kongresinde Kemal Sezer yeniden başkanlığa seçildi", "delegelerin oyunu alan Oya Tan, il başkanlığına seçildi",
 * "Kemal Sezer teşkilatın yeni başkanı seçildi", "A ve B, DSP'nin Sinop örgütünün yeni il başkanları oldu" (co-chairs,
 * each one). The subject (the last name before the predicate without a case
 * suffix) becomes the chair of the sentence's party at the level the predicate names ("il", "ilçe"), else the level
 * of the congress ("ilçe teşkilatında", "il kongresinde"), else the level of the place named. A congress word
 * (kongre, genel kurul, teşkilat, delege) or the level word is required, and the party must be named in the
 * sentence: a club or an association elects its chair in the same words.
 */
final class CongressElections {
    /**
     * "seçildi", the converbs of a sentence that goes on to the others' votes ("seçilirken", "seçilerek"), and the
     * copula of becoming ("il başkanı oldu").
     */
    private static final Set<String> ELECTED = Set.of("secildi", "secilirken", "secilerek", "getirildi", "oldu");
    /** "başkanlık görevini üstlendi": the chair taken up as a duty. */
    private static final String CHAIR_DUTY = "baskanlik";
    private static final String DUTY = "gorevini";
    private static final String DUTY_TO = "gorevine";
    private static final String TAKING_UP = "ustlen";
    /** The predicate's head: "başkan", "başkanı", "başkanlığa", "başkanlığına". */
    private static final Set<String> CHAIR = Set.of("baskan", "baskani", "baskanliga", "baskanligina");
    /** The plural head of co-chairs elected together: "A ve B ... il başkanları oldu". */
    private static final String CO_CHAIRS = "baskanlari";
    /**
     * Starts of the words of a congress or an organisation: "kongresinde", "teşkilatında", "örgütünün",
     * "delegelerin" (and "genel kurul").
     */
    private static final List<String> CONGRESS_WORDS = List.of("kongre", "teskilat", "orgut", "delege");
    private static final String GENERAL = "genel";
    private static final String ASSEMBLY = "kurul";
    /** "Kolları", "Kolu": a party's wing, named by the word before it. */
    private static final String WING = "kol";
    private static final Map<String, String> WINGS = Map.of("kadin", "Kadın", "kadinlar", "Kadın", "genclik", "Gençlik");

    private final CongressChairs chairs = new CongressChairs();

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        for (int k = 2; k < text.size(); k++) {
            String key = text.key(k);
            if (!ELECTED.contains(key) && !key.startsWith(TAKING_UP) && !Separator.isListComma(text.get(k).sepBefore())) {
                continue; // no result can end here: the common case, decided first
            }
            // "başkanlık görevini üstlendi", "başkanlık görevine seçildi": the chair as a duty
            boolean duty = text.key(k - 2).equals(CHAIR_DUTY) && ((key.startsWith(TAKING_UP)
                    && text.key(k - 1).equals(DUTY)) || (ELECTED.contains(key) && text.key(k - 1).equals(DUTY_TO)));
            boolean coChairs = text.key(k - 1).equals(CO_CHAIRS);
            boolean gapped = CHAIR.contains(text.key(k - 1)) && Separator.isListComma(text.get(k).sepBefore())
                    && sharedVerbAhead(text, k);
            if (!gapped && (!(duty || (ELECTED.contains(key) && (CHAIR.contains(text.key(k - 1)) || coChairs)))
                    || !text.get(k).spaceBefore())) {
                continue;
            }
            int predicateStart = duty ? k - 2 : k - 1;
            String level = text.key(predicateStart - 1);
            boolean levelNamed = CongressChairs.chairAt(level) != null;
            if (levelNamed) {
                predicateStart--;
            }
            NameSpan name = subjectBefore(index, predicateStart, gapped);
            boolean bare = name != null && !levelNamed && CongressChairs.placeInSentenceBefore(index, k) == null;
            int congress = bare && congressWithoutItsParty(index, k) ? congressNamedBefore(index, k) : -1;
            int about = congress >= 0 ? congress : k; // "Kongrede A seçildi": the congress a sentence before named
            String wing = wingInSentence(text, about);
            Party party = name == null ? null : index.partyInSentenceBefore(about);
            if (party == null && name != null && (wing != null || levelNamed)) {
                // "Kadın Kolları seçiminde", "A İl Başkanı seçildi": only a party has such a wing, or chairs by level
                party = index.actingPartyBefore(k);
            }
            if (party == null || !(levelNamed || wing != null || aboutACongress(text, k))) {
                continue;
            }
            PlaceMention place = CongressChairs.placeInSentenceBefore(index, about);
            Title title = levelNamed ? CongressChairs.chairAt(level) : congressLevel(text, about, place);
            if (title == null) {
                continue;
            }
            if (wing != null) {
                title = CongressChairs.wingChair(title, wing);
            }
            out.add(chairs.evidence(index, name, title, party, place));
            if (coChairs) {
                for (NameSpan other = coordinatedBefore(index, name); other != null;
                     other = coordinatedBefore(index, other)) {
                    out.add(chairs.evidence(index, other, title, party, place));
                }
            }
        }
        out.addAll(chairsNamedAfter(index));
        return out;
    }

    /** "yeni başkan", "mevcut başkan": the chair a congress elects or hands over from, named right after. */
    private static final int MAX_HONORIFICS = 2;
    private static final Set<String> CONGRESS_CHAIR_ADJECTIVES = Set.of("yeni", "mevcut");

    /**
     * "... Gençlik Kolları Teşkilatı'nın kongresinde, yeni başkan A oldu", "kongrede mevcut başkan B, görevini A'ya
     * devretti", "Tek liste ile girilen seçimde mevcut Başkan Av. C güven tazeledi" (the congress the article named
     * before, with its party): the new or outgoing "başkan" of a party's congress, followed by a name, is the chair of
     * the congress's level (and wing).
     */
    private List<TitleEvidenceFinder.Found> chairsNamedAfter(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        for (int k = 1; k + 1 < text.size(); k++) {
            if (!CHAIR.contains(text.key(k)) || text.get(k).hasApostrophe()
                    || !CONGRESS_CHAIR_ADJECTIVES.contains(text.key(k - 1)) || !text.get(k + 1).spaceBefore()) {
                continue;
            }
            int first = k + 1;
            while (first < text.size() && first < k + 1 + MAX_HONORIFICS
                    && TitleEvidenceFinder.HONORIFICS.contains(text.key(first))) {
                first++; // "mevcut başkan Avukat A", "mevcut Başkan Av. B"
            }
            NameSpan name = first < text.size() ? index.nameStartingAt[first] : null;
            // "İYİ Parti Gerze İlçe Kongresi yapıldı. ... seçimde mevcut başkan A güven tazeledi": the congress a
            // sentence before named, with its party and level, if the chair's own sentence names none
            boolean own = aboutACongress(text, k) && index.partyInSentenceBefore(k) != null;
            int congress = name == null || own ? -1 : firstCongressNamed(index, k);
            int about = congress >= 0 ? congress : k;
            Party party = name == null ? null : index.partyInSentenceBefore(about);
            if (party == null) {
                continue;
            }
            PlaceMention place = CongressChairs.placeInSentenceBefore(index, about);
            Title title = congressLevel(text, about, place);
            if (title == null) {
                continue;
            }
            String wing = wingInSentence(text, about);
            out.add(chairs.evidence(index, name, wing == null ? title : CongressChairs.wingChair(title, wing), party,
                    place));
        }
        return out;
    }

    /**
     * "A İl Başkanı, B ise İl Eş Başkanı seçildi": the first of two results shares the verb of the second, which
     * follows in the same sentence after a name and an office of its own.
     */
    private static boolean sharedVerbAhead(TokenizedText text, int k) {
        int sentence = text.sentenceOf(k);
        boolean office = false;
        for (int j = k; j < text.size() && text.sentenceOf(j) == sentence; j++) {
            if (ELECTED.contains(text.key(j))) {
                return office;
            }
            office |= CHAIR.contains(text.key(j));
            if (!text.get(j).capitalized() && !TitleEvidenceFinder.PARTICLES.contains(text.key(j))) {
                return false;
            }
        }
        return false;
    }

    /** The name joined to {@code name} before it by "ve", "ile" or a comma ("A ve B ... başkanları oldu"), or null. */
    private static NameSpan coordinatedBefore(ArticleIndex index, NameSpan name) {
        TokenizedText text = index.text;
        int k = name.start() - 1;
        if (k > 0 && (text.key(k).equals("ve") || text.key(k).equals("ile")) && text.get(k).spaceBefore()) {
            k--;
        } else if (k < 0 || !Separator.isListComma(text.get(k + 1).sepBefore())) {
            return null;
        }
        int covering = k >= 0 ? index.nameCovering[k] : -1;
        NameSpan before = covering >= 0 ? index.names.get(covering) : null;
        return before != null && before.end() == k && !text.get(k).hasApostrophe() ? before : null;
    }

    /**
     * The last name before the predicate in its sentence that carries no case suffix: the subject. Capitalised words
     * running into the predicate name the office ("DSP Ayancık Gençlik Kolları İlçe Başkanlığına"), not a person;
     * in the first of two results sharing a verb, the subject's name ends where the office starts.
     */
    private static NameSpan subjectBefore(ArticleIndex index, int predicateStart, boolean gapped) {
        TokenizedText text = index.text;
        int sentence = text.sentenceOf(predicateStart);
        int j = predicateStart - 1;
        while (j >= 0 && text.get(predicateStart).capitalized() && text.get(j).capitalized()
                && text.get(j + 1).spaceBefore() && text.sentenceOf(j) == sentence && !(gapped && endsAName(index, j))) {
            j--;
        }
        return j < 0 || text.sentenceOf(j) != sentence ? null : CongressChairs.subjectInSentenceBefore(index, j + 1);
    }

    /** A person's name ends at word {@code j}: "A İl Başkanı, B ise ..." runs no further back than A. */
    private static boolean endsAName(ArticleIndex index, int j) {
        int covering = index.nameCovering[j];
        return covering >= 0 && index.names.get(covering).end() == j;
    }

    private static boolean aboutACongress(TokenizedText text, int k) {
        int sentence = text.sentenceOf(k);
        for (int j = k - 1; j >= 0 && text.sentenceOf(j) == sentence; j--) {
            String key = text.key(j);
            if (CONGRESS_WORDS.stream().anyMatch(key::startsWith)
                    || (key.equals(GENERAL) && text.key(j + 1).startsWith(ASSEMBLY))) {
                return true;
            }
        }
        return false;
    }

    /** How many sentences back a congress named by the word alone ("Kongrede") may have been named in full. */
    private static final int CONGRESS_SENTENCES_BACK = 4;

    /** "Kongrede A seçildi": the sentence speaks of a congress but names no party of its own. */
    private static boolean congressWithoutItsParty(ArticleIndex index, int k) {
        return aboutACongress(index.text, k) && index.partyInSentenceBefore(k) == null;
    }

    /**
     * The last word of the nearest sentence before word {@code k}'s, a few at most, that names a congress and a party
     * ("AK Parti Gerze İlçe Kadın Kolları Kongresi yapıldı."), or -1; the sentence's words before it tell the rest.
     */
    /**
     * The last word of the article's first sentence that names a congress and a party, before word {@code k}: the
     * congress the article reports ("İYİ Parti Sungurlu 4. Olağan Kongresi yapıldı."), or -1.
     */
    private static int firstCongressNamed(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        for (int j = 0; j < k; j++) {
            boolean lastOfSentence = j + 1 >= text.size() || text.sentenceOf(j + 1) != text.sentenceOf(j);
            if (lastOfSentence && aboutACongress(text, j) && index.partyInSentenceBefore(j) != null) {
                return j;
            }
        }
        return -1;
    }

    private static int congressNamedBefore(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        int sentence = text.sentenceOf(k);
        int j = k;
        while (j > 0 && text.sentenceOf(j - 1) == sentence) {
            j--;
        }
        for (int back = 0; back < CONGRESS_SENTENCES_BACK && j > 0; back++) {
            int last = j - 1;
            if (aboutACongress(text, last) && index.partyInSentenceBefore(last) != null) {
                return last;
            }
            int earlier = text.sentenceOf(j - 1);
            while (j > 0 && text.sentenceOf(j - 1) == earlier) {
                j--;
            }
        }
        return -1;
    }

    /** "Gençlik Kolları'nın ... Genel Kurulu'nda": the wing whose congress the sentence reports, or null. */
    private static String wingInSentence(TokenizedText text, int k) {
        int sentence = text.sentenceOf(k);
        for (int j = k - 1; j > 0 && text.sentenceOf(j) == sentence; j--) {
            if (text.key(j).startsWith(WING) && WINGS.containsKey(text.key(j - 1))) {
                return WINGS.get(text.key(j - 1));
            }
        }
        return null;
    }

    /** "ilçe teşkilatında", "İl Kongresi'nde" in the sentence, else a district or province named there. */
    private static Title congressLevel(TokenizedText text, int k, PlaceMention place) {
        int sentence = text.sentenceOf(k);
        for (int j = k - 1; j > 0 && text.sentenceOf(j) == sentence; j--) {
            if (text.key(j).startsWith("kongre") || text.key(j).startsWith("teskilat")) {
                Title chair = CongressChairs.chairAt(text.key(j - 1));
                if (chair != null) {
                    return chair;
                }
            }
        }
        if (place == null) {
            return null;
        }
        return place.unit().isProvince() ? CongressChairs.PROVINCE_CHAIR : CongressChairs.DISTRICT_CHAIR;
    }
}
