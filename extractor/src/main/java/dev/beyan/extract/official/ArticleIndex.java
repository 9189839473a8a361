package dev.beyan.extract.official;

import dev.beyan.extract.data.Parties;
import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.place.PlaceFinder;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.place.TownMention;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.extract.text.WordClass;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Word-indexed views of what was found in one article: which word starts or ends a name, a place, a town or a
 * party. Built once per article so that the title rules look things up in constant time.
 */
final class ArticleIndex {
    final TokenizedText text;
    final List<NameSpan> names;
    final List<PlaceMention> places;
    final List<TownMention> towns;
    final NameSpan[] nameStartingAt;
    final int[] nameCovering;
    final PlaceMention[] placeEndingAt;
    final TownMention[] townAt;
    final PhraseTable.Match<Party>[] partyStartingAt;
    final PhraseTable.Match<Party>[] partyEndingAt;
    final boolean[] inParty;

    @SuppressWarnings("unchecked")
    ArticleIndex(TokenizedText text, List<NameSpan> names, PlaceFinder.Result found, Parties parties) {
        this.text = text;
        this.names = names;
        this.places = found.places();
        this.towns = found.towns();
        int n = text.size();
        nameStartingAt = new NameSpan[n];
        nameCovering = new int[n];
        Arrays.fill(nameCovering, -1);
        for (int k = 0; k < names.size(); k++) {
            NameSpan s = names.get(k);
            nameStartingAt[s.start()] = s;
            for (int i = s.start(); i <= s.end(); i++) {
                nameCovering[i] = k;
            }
        }
        placeEndingAt = new PlaceMention[n];
        for (PlaceMention p : places) {
            placeEndingAt[p.end()] = p;
        }
        townAt = new TownMention[n];
        for (TownMention t : towns) {
            townAt[t.token()] = t;
        }
        partyStartingAt = new PhraseTable.Match[n];
        partyEndingAt = new PhraseTable.Match[n];
        inParty = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (nameCovering[i] >= 0 || !text.is(i, WordClass.PARTY_START)) {
                continue;
            }
            PhraseTable.Match<Party> m = parties.match(text.tokens(), i);
            if (m != null) {
                partyStartingAt[i] = m;
                partyEndingAt[m.end()] = m;
                Arrays.fill(inParty, m.start(), m.end() + 1, true);
                i = m.end();
            }
        }
    }

    /**
     * The province named last before word {@code i}, one named as elsewhere (a deputy's) only when no other is
     * ("Afyonkarahisar İl Başkanı A, Trabzon Milletvekili B ve Merkez İlçe Başkanı C": C is Afyonkarahisar's), or
     * null.
     */
    PlaceMention provinceBefore(int i) {
        PlaceMention last = null;
        PlaceMention elsewhere = null;
        for (PlaceMention p : places) {
            if (p.end() >= i) {
                break;
            }
            if (p.unit().isProvince() && namedAsElsewhere(p)) {
                elsewhere = p;
            } else if (p.unit().isProvince()) {
                last = p;
            }
        }
        return last != null ? last : elsewhere;
    }

    /**
     * The province an office named without one is in: the province named last before word {@code i} (one named as
     * elsewhere only when nothing else is named), else the province of the district named last before it ("Akdağmadeni Kaymakamı ... İl Genel Meclis Üyesi" is in
     * Yozgat), else the first place the article names after it ("Vali Kızılkaya ... Siirt'te"); or null.
     */
    PlaceMention provinceOfContext(int i) {
        PlaceMention province = null;
        PlaceMention elsewhere = null;
        PlaceMention district = null;
        PlaceMention after = null;
        for (PlaceMention p : places) {
            if (p.end() >= i) {
                after = p;
                break;
            }
            if (!p.unit().isProvince()) {
                district = p;
            } else if (namedAsElsewhere(p)) {
                elsewhere = p;
            } else {
                province = p;
            }
        }
        return province != null ? province : district != null ? district : elsewhere != null ? elsewhere : after;
    }

    /**
     * A place named as somewhere other than where the article is, the context only when nothing else is named:
     * the province a deputy was elected in ("İYİ Parti Bursa Milletvekili A da kongreye katıldı"), the centre
     * of an event that reached further ("Kahramanmaraş merkezli depremler" in a report from Kilis), and the city a
     * foreign envoy serves in ("Gürcistan'ın Ankara Büyükelçisi" visiting a governor elsewhere).
     */
    boolean namedAsElsewhere(PlaceMention p) {
        int k = p.end() + 1;
        if (k < text.size() && (text.key(k).startsWith(CENTRED) || TurkishText.startsWithAny(text.key(k), ENVOYS))) {
            return true;
        }
        if (k < text.size() && text.key(k).equals(PROVINCE_WORD)) {
            k++; // "Sinop İl Milletvekili"
        }
        return k < text.size() && text.key(k).startsWith(DEPUTY_WORD);
    }

    /** "Gürcistan'ın Ankara Büyükelçisi", "İstanbul Başkonsolosu": where a foreign envoy serves, not the news. */
    private static final List<String> ENVOYS = List.of("buyukelci", "baskonsolos", "konsolos");

    /** "merkezli": centred on. */
    private static final String CENTRED = "merkezli";

    /** The party named nearest before word {@code i} in its sentence, or null. */
    Party partyInSentenceBefore(int i) {
        int sentence = text.sentenceOf(Math.min(i, text.size() - 1));
        for (int j = Math.min(i, text.size()) - 1; j >= 0 && text.sentenceOf(j) == sentence; j--) {
            if (partyEndingAt[j] != null) {
                return partyEndingAt[j].value();
            }
        }
        return null;
    }

    /**
     * The one party that acts in the sentence before word {@code i}'s where that sentence speaks of candidates ("DSP
     * Genel Başkanı ilçe adaylarını açıkladı. Gerze Belediye Başkan Adayı A ..."), or null: the candidates the next
     * sentence names are the announcing party's.
     */
    Party announcerOfCandidates(int i) {
        int sentence = text.sentenceOf(Math.min(i, text.size() - 1)) - 1;
        Party found = null;
        boolean candidacy = false;
        for (int j = Math.min(i, text.size()) - 1; j >= 0 && text.sentenceOf(j) >= sentence; j--) {
            if (text.sentenceOf(j) > sentence) {
                continue;
            }
            candidacy |= text.key(j).startsWith(CANDIDACY);
            if (partyEndingAt[j] != null && isActingParty(j)) {
                if (found != null && !found.equals(partyEndingAt[j].value())) {
                    return null;
                }
                found = partyEndingAt[j].value();
            }
        }
        return candidacy ? found : null;
    }

    private static final String CANDIDACY = "aday";
    private static final String DEPUTY_WORD = "milletvekil";
    private static final String PROVINCE_WORD = "il";

    /** The party named nearest before word {@code i}, or null. */
    Party partyBefore(int i) {
        for (int j = Math.min(i, text.size()) - 1; j >= 0; j--) {
            if (partyEndingAt[j] != null) {
                return partyEndingAt[j].value();
            }
        }
        return null;
    }

    /**
     * The party named nearest before word {@code i} as an actor, or null: a party in the accusative or dative is what
     * someone criticised or joined ("DSP il örgütü MHP'yi şikâyet etti. İl Başkanı A ..." is DSP's). The ablative
     * stays: it is the source of a statement as often as the party left ("DEVA'dan tepki geldi").
     */
    Party actingPartyBefore(int i) {
        int own = text.sentenceOf(Math.min(i, text.size() - 1));
        for (int j = Math.min(i, text.size()) - 1; j >= 0; j--) {
            if (partyEndingAt[j] != null && isActingParty(j)) {
                int sentence = text.sentenceOf(j);
                if (sentence == own || !namesSeveralParties(sentence, j)) {
                    return partyEndingAt[j].value();
                }
                while (j > 0 && text.sentenceOf(j - 1) == sentence) {
                    j--; // a list of guests from several parties: their parties are their own
                }
            }
        }
        return null;
    }

    /**
     * "Kongreye CHP İlçe Başkanı A, Saadet Partisi İlçe Başkanı B katıldı": a sentence, ending at or after word
     * {@code last}, that names two parties as actors lists people of each; it tells no later bare office its party.
     */
    private boolean namesSeveralParties(int sentence, int last) {
        Party other = partyEndingAt[last].value();
        for (int j = last - 1; j >= 0 && text.sentenceOf(j) == sentence; j--) {
            if (partyEndingAt[j] != null && isActingParty(j) && !partyEndingAt[j].value().equals(other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The party named first after word {@code i} as an actor, or null: the party of an article that opens with a
     * bare party office ("Seçimde A yeni ilçe başkanı olarak seçildi. Toplantıya DSP ...").
     */
    Party actingPartyAfter(int i) {
        for (int j = i; j < text.size(); j++) {
            if (partyEndingAt[j] != null && isActingParty(j)) {
                return partyEndingAt[j].value();
            }
        }
        return null;
    }

    /**
     * The party ending at word {@code j} is in neither the accusative nor the dative, nor the ablative of a participle
     * of election ("CHP'den seçilen Belediye Başkanı": that party is the mayor's alone) or of leaving ("CHP'den
     * ayrılarak"); the speakers' own party ("Partimiz") acts in any case.
     */
    boolean isActingParty(int j) {
        if (text.key(j).startsWith(OUR_PARTY)) {
            return true; // "Partimize katıldılar": the party of those who speak, whatever its case
        }
        String suffix = suffixOf(j);
        if (ABLATIVE.contains(suffix) && (text.key(j + 1).equals(ELECTED) || isPartyLeft(j))) {
            return false;
        }
        return !OBJECT_CASES.contains(suffix);
    }

    /** The one party the article names, as an actor at least once and never as the party left; else null. */
    Party soleParty() {
        Party sole = null;
        boolean acting = false;
        for (int j = 0; j < text.size(); j++) {
            if (partyEndingAt[j] == null) {
                continue;
            }
            if ((sole != null && !sole.equals(partyEndingAt[j].value())) || isPartyLeft(j)) {
                return null;
            }
            sole = partyEndingAt[j].value();
            acting |= isActingParty(j);
        }
        return acting ? sole : null;
    }

    /**
     * "DSP'den ayrılarak", "CHP'den üç meclis üyesi istifa etti": a party in the ablative whose sentence goes on to
     * leaving is the party left.
     */
    boolean isPartyLeft(int j) {
        if (!ABLATIVE.contains(suffixOf(j))) {
            return false;
        }
        for (int k = j + 1; k < text.size() && text.sentenceOf(k) == text.sentenceOf(j); k++) {
            if (TurkishText.startsWithAny(text.key(k), LEAVING)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ABLATIVE = Set.of("den", "dan", "ten", "tan", "nden", "ndan");
    private static final String ELECTED = "secilen";
    /** "DSP'den ayrılarak", "DSP'den istifa eden": the party left, not the one that acts. */
    private static final List<String> LEAVING = List.of("ayril", "istifa");
    private static final String OUR_PARTY = "partimiz";

    /** The party ending at word {@code j} is an adjective of membership: "CHP'li", "AK Partili". */
    boolean isPartyAdjective(int j) {
        String suffix = suffixOf(j);
        if (suffix.isEmpty() && !text.get(j).hasApostrophe()) {
            String word = TurkishText.lower(text.text().substring(text.get(j).start(), text.get(j).end()));
            suffix = word.length() > 2 ? word.substring(word.length() - 2) : "";
        }
        return MEMBERSHIP.contains(suffix);
    }

    /** The adjective ending of membership, after the apostrophe or on the word ("Partili"). */
    private static final Set<String> MEMBERSHIP = Set.of("li", "lı", "lu", "lü");

    /** Accusative and dative endings after the apostrophe of a name. */
    private static final Set<String> OBJECT_CASES = Set.of("yi", "yı", "yu", "yü", "i", "ı", "u", "ü", "ni", "nı", "nu",
            "nü", "ye", "ya", "e", "a", "ne", "na");

    private String suffixOf(int j) {
        Token t = text.get(j);
        String word = TurkishText.lower(text.text().substring(t.hasApostrophe() ? t.stemEnd() + 1 : t.start(), t.end()));
        return t.hasApostrophe() ? word : Parties.caseEndingOf(word);
    }
}
