package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A nomination told with the verb: "Bodrum için Selim Oral'ı aday gösterdi", "Tire'de Ayşe Er'i aday
 * gösterdiklerini açıkladı", or in the passive, "Ayşe Er'in aday gösterilmesine tepki". The name in the accusative
 * before "aday göster-" (in the genitive before "aday gösteril-") is the mayoral candidate of the place named with
 * "için" or in the locative in the same clause, else of the place its context gives, for the party named earlier
 * in the sentence.
 */
final class Nominations {
    private static final String CANDIDATE = "aday";
    private static final String SHOW = "goster";
    private static final String FOR = "icin";
    /** The passive: "A'nın aday gösterilmesi", "B'nin aday gösterildiği". */
    private static final String SHOWN = "gosteril";
    /** Genitive endings after the apostrophe: the subject of the passive. */
    private static final Set<String> GENITIVE = Set.of("in", "un", "nin", "nun");
    /** Accusative endings after the apostrophe. */
    private static final Set<String> ACCUSATIVE = Set.of("i", "u", "yi", "yu", "ni", "nu");
    private static final Set<String> LOCATIVE = Set.of("da", "de", "ta", "te");
    /** Dative endings of the office a nomination is for: "başkanlığa", "üyeliğine". */
    private static final List<String> DATIVE = List.of("ga", "ge", "na", "ne", "ya", "ye");
    /** How far before the name the place may be named. */
    private static final int PLACE_WINDOW = 6;
    private static final Title MAYORAL = new Title("Belediye Başkan Adayı", TitleScope.MUNICIPAL, null, false, false);

    /** The candidacy in a council's vote for the acting mayor ("Başkanvekili seçiminde, ... A'yı aday gösterdi"). */
    private static final Title DEPUTY_MAYORAL = new Title("Belediye Başkanvekili Adayı", TitleScope.MUNICIPAL, null,
            false, false);
    private static final Title DEPUTY_MAYORAL_APART = new Title("Belediye Başkan Vekili Adayı", TitleScope.MUNICIPAL,
            null, false, false);
    /** "başkanvekili", "başkan vekilliği": the acting mayor's office, as the start of its ASCII-folded key. */
    private static final List<String> DEPUTY_OFFICE = List.of("baskanvekil", "vekil");
    /** "seçimi", "seçiminde", and "seçildi", "seçilemeyince": the vote, named or told. */
    private static final List<String> ELECTION = List.of("secim", "secil");

    private final Jurisdictions jurisdictions = new Jurisdictions();

    /**
     * The candidacy for acting mayor where the sentence of a candidacy, or the one before it, is about the council's
     * vote for one, else null:
     * "Başkanvekili seçiminde DSP, A'yı aday gösterdi", "Başkan vekili seçimi bugün yapıldı. Seçimde DSP'nin adayı B",
     * "İlk turda başkan vekili seçilemedi. DSP'nin adayı C 13 oy aldı".
     */
    static Title actingMayorCandidacy(TokenizedText text, int at) {
        int sentence = text.sentenceOf(at);
        for (int j = at - 1; j > 0 && text.sentenceOf(j) >= sentence - 1; j--) {
            if (TurkishText.startsWithAny(text.key(j), ELECTION)
                    && DEPUTY_OFFICE.stream().anyMatch(text.key(j - 1)::startsWith)) {
                // in the article's spelling, as readers keep it: "başkanvekili" or "başkan vekili"
                return text.key(j - 1).startsWith(DEPUTY_OFFICE.get(0)) ? DEPUTY_MAYORAL : DEPUTY_MAYORAL_APART;
            }
        }
        return null;
    }

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        for (int k = 1; k + 1 < text.size(); k++) {
            if (!text.key(k).equals(CANDIDATE) || !text.key(k + 1).startsWith(SHOW) || !text.get(k).spaceBefore()) {
                continue;
            }
            int nameEnd = k - 1;
            int covering = index.nameCovering[nameEnd];
            NameSpan name = covering >= 0 ? index.names.get(covering) : null;
            boolean passive = text.key(k + 1).startsWith(SHOWN);
            if (name == null || name.end() != nameEnd
                    || !(passive ? suffixIn(text, nameEnd, GENITIVE) : accusative(text, nameEnd))) {
                continue;
            }
            PlaceMention place = placeFor(index, name.start());
            Party party = index.partyInSentenceBefore(name.start());
            List<Object> places = place == null ? List.of() : List.of(place);
            Modifiers mods = new Modifiers(name.start(), party, places, false);
            Title acting = actingMayorCandidacy(text, name.start());
            Title title = acting != null ? acting : MAYORAL;
            Jurisdictions.Resolved where = jurisdictions.resolve(index, title, mods, party, name.start(), false);
            out.add(new TitleEvidenceFinder.Found(name, -1, new Evidence(name.start(), title.canonical(),
                    title.scope(), where.org(), party == null ? null : party.shortName(), where.province(),
                    where.district(), false, place != null)));
        }
        return out;
    }

    /**
     * "AK Parti, Ertuğrul'u başkanlığa aday gösterdi": the party named before the mention {@code [nameStart,
     * nameEnd]} in the sentence of its nomination for an office, given in the dative or not at all; or null.
     */
    static Party nominatorOf(ArticleIndex index, int nameStart, int nameEnd) {
        TokenizedText text = index.text;
        int k = nameEnd + 1;
        if (!accusative(text, nameEnd) || k >= text.size()) {
            return null;
        }
        if (!text.key(k).equals(CANDIDATE) && !text.get(k).capitalized() && DATIVE.stream().anyMatch(text.key(k)::endsWith)) {
            k++; // the office: "başkanlığa", "il başkanlığına"
        }
        boolean nominated = k + 1 < text.size() && text.key(k).equals(CANDIDATE) && text.key(k + 1).startsWith(SHOW)
                && !text.key(k + 1).startsWith(SHOWN);
        return nominated ? index.partyInSentenceBefore(nameStart) : null;
    }

    /** "Bodrum için", "Tire'de" a few words before the name, in its sentence. */
    private static PlaceMention placeFor(ArticleIndex index, int nameStart) {
        TokenizedText text = index.text;
        int sentence = text.sentenceOf(nameStart);
        for (int j = nameStart - 1; j >= 0 && j >= nameStart - PLACE_WINDOW && text.sentenceOf(j) == sentence; j--) {
            PlaceMention p = index.placeEndingAt[j];
            if (p != null && (text.key(j + 1).equals(FOR) || suffixIn(text, j, LOCATIVE))) {
                return p;
            }
        }
        return null;
    }

    private static boolean accusative(TokenizedText text, int k) {
        return suffixIn(text, k, ACCUSATIVE);
    }

    private static boolean suffixIn(TokenizedText text, int k, Set<String> suffixes) {
        Token t = text.get(k);
        return t.hasApostrophe() && suffixes.contains(TurkishText.foldKey(text.text(), t.stemEnd() + 1, t.end()));
    }
}
