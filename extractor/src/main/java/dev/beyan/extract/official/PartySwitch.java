package dev.beyan.extract.official;

import dev.beyan.extract.data.Parties;
import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;

import java.util.List;
import java.util.Set;

/**
 * A change of party told in the clause before an office: "CHP'den istifa ederek AK Parti'ye geçen Aydın
 * Büyükşehir Belediye Başkanı X", "partisinden ayrılıp DEVA'ya katılan Belediye Başkanı Y". The party in the dative
 * before a verb of joining is the holder's party now, also through the idiom of its ranks ("AK Parti saflarına
 * katılan"); the one left (in the ablative) is not.
 */
final class PartySwitch {
    /** Dative endings after the apostrophe: 'ye, 'ya, 'e, 'a, 'ne, 'na. */
    private static final Set<String> DATIVE = Set.of("ye", "ya", "e", "a", "ne", "na");
    /** Stems of joining: geçen, geçti, geçerek, katılan, katıldı, katılarak. */
    private static final Set<String> JOINING = Set.of("gec", "katil");
    /** Finite forms of joining, past and pluperfect, which close the sentence whose subject joined. */
    private static final Set<String> FINITE = Set.of("gecti", "gectiler", "katildi", "katildilar", "gecmisti",
            "gecmislerdi", "gecmistir", "katilmisti", "katilmislardi", "katilmistir");
    /** Converbs of joining, whose subject is the sentence's. */
    private static final Set<String> CONVERBS = Set.of("gecerek", "katilarak");
    /** "Oral AK Parti'ye geçen Tan'ı kutladı": the participle's joiner is the noun after it, not the name before. */
    private static final Set<String> PARTICIPLES = Set.of("gecen", "katilan");
    /** Converbs of leaving a party before joining another: "CHP'den istifa ederek", "ayrılıp". */
    private static final Set<String> LEAVING_CONVERBS = Set.of("ederek", "edip", "ayrilarak", "ayrilip");
    /** "de" / "da" after a subject: "Oral da AK Parti'ye katıldı". */
    private static final Set<String> ALSO = Set.of("da", "de");
    /**
     * Endings after a stem of joining that tell of a move not made: the future ("geçeceği", "katılacak"), the
     * negative ("geçmedi", "katılmayacak"), the potential ("geçebilir") and the infinitive ("geçmek istiyor"). "A,
     * AKP'ye geçeceği iddialarını yalanladı" says nothing of A's party now.
     */
    private static final List<String> UNREALISED = List.of("ece", "aca", "med", "mad", "mey", "may", "mez", "maz",
            "ebil", "abil", "mek", "mak");
    /** "A, MHP rozeti taktı": the party's badge pinned on by its new member, the sentence's subject. */
    private static final Set<String> BADGE = Set.of("rozeti", "rozetini");
    /** Pinning the badge on, finite at the sentence's end or as a converb. */
    private static final Set<String> PINNED = Set.of("takti", "taktilar", "takarak");
    /** "saflarına katıldı": the party's ranks, in the dative, joined; the party itself stands bare before it. */
    private static final Set<String> RANKS = Set.of("saflarina", "safina");

    private PartySwitch() {
    }

    /** The party joined in the clause ending right before word {@code officeStart} ("... AK Parti'ye geçen"), or null. */
    static Party joinedBefore(ArticleIndex index, int officeStart) {
        TokenizedText text = index.text;
        int verb = officeStart - 1;
        if (verb < 1 || !joins(text.key(verb)) || !text.get(officeStart).spaceBefore()
                || !text.get(verb).spaceBefore()) {
            return null;
        }
        PhraseTable.Match<Party> party = joinedBy(index, verb);
        return party != null ? party.value() : null;
    }

    /**
     * The party the named person joins in the predicate of their sentence: "Belediye Başkanı A ve Belediye Başkanı B
     * AK Parti'ye geçti", "... C, DEVA'ya katılarak rozetini aldı". Only finite forms at the sentence's end and
     * converbs count, whose subject is the sentence's subject ("A, B'nin AK Parti'ye katıldığını söyledi" is B's).
     * So does pinning on a party's badge ("A, MHP rozeti taktı"), unless someone in the dative gets it ("A, B'ye AK
     * Parti rozeti taktı": B joined). A name in a case is not the subject of joining: "A'yla Meclis'e gelen dokuz
     * milletvekili AK Parti'ye katıldı" tells of the deputies, not of A.
     */
    static Party joinedAfter(ArticleIndex index, int nameEnd) {
        TokenizedText text = index.text;
        boolean inACase = text.get(nameEnd).hasApostrophe();
        int sentence = text.sentenceOf(nameEnd);
        for (int verb = nameEnd + 2; verb < text.size() && text.sentenceOf(verb) == sentence; verb++) {
            String key = text.key(verb);
            boolean last = verb + 1 == text.size() || text.sentenceOf(verb + 1) != sentence;
            if (PINNED.contains(key) && (last || key.equals("takarak")) && BADGE.contains(text.key(verb - 1))) {
                PhraseTable.Match<Party> party = index.partyEndingAt[verb - 2];
                return party != null && party.start() > nameEnd && !datives(text, nameEnd + 1, party.start())
                        ? party.value() : null;
            }
            if ((CONVERBS.contains(key) || (last && FINITE.contains(key))) && text.get(verb).spaceBefore()) {
                if (inACase) {
                    return null;
                }
                PhraseTable.Match<Party> party = joinedBy(index, verb);
                return party != null && party.start() > nameEnd ? party.value() : null;
            }
        }
        return null;
    }

    /**
     * The party joined by the person whose mention ends on word {@code nameEnd}, told right after it: as subject
     * ("Oral da AK Parti'ye katıldı", "Oral DEVA saflarına geçerek") or as the genitive subject of a nominal
     * clause ("Oral'ın AK Parti'ye geçmesinin ardından", "Oral'ın CHP'ye katıldığını", "Oral'ın istifa ederek AK
     * Parti'ye geçmesi"); null otherwise.
     */
    static Party joinedByMention(ArticleIndex index, int nameEnd) {
        TokenizedText text = index.text;
        int last = lastOfCoordination(index, nameEnd);
        Party badge = badgeReceived(index, last > 0 ? last : nameEnd);
        if (badge != null) {
            return badge;
        }
        int k = (last > 0 ? last : nameEnd) + 1;
        if (k < text.size() && (ALSO.contains(text.key(k)) || text.key(k).equals(PARTY_NOUN))) {
            k++; // "Er de AK Parti'ye katıldı", "Er'in partisi CHP'den istifa edip AK Parti'ye geçmesi"
        }
        int leftUnnamed = leavingClauseEnd(text, k);
        if (leftUnnamed > 0) {
            k = leftUnnamed + 1; // "Er'in istifa edip, AK Parti'ye geçmesi": the party left goes unsaid
        }
        PhraseTable.Match<Party> party = k < text.size() ? index.partyStartingAt[k] : null;
        int left = party == null ? -1 : leavingClauseEnd(text, party.end() + 1);
        if (left > 0 && left + 1 < text.size()) {
            party = index.partyStartingAt[left + 1]; // "Er'in CHP'den istifa ederek AK Parti'ye katılması"
        }
        if (party == null || text.sentenceOf(party.start()) != text.sentenceOf(nameEnd)) {
            return null;
        }
        int verb = party.end() + 1;
        if (verb < text.size() && RANKS.contains(text.key(verb))) {
            verb++;
        }
        if (verb >= text.size() || !joins(text.key(verb)) || PARTICIPLES.contains(text.key(verb))
                || joinedBy(index, verb) != party) {
            return null;
        }
        return party.value();
    }

    /**
     * "Başkan A ile Başkan B'ye AK Parti rozetini taktı", "... C'ye AK Parti rozetlerini takdim etti": the party whose
     * badge the person in the dative received, ending on word {@code recipient} (the list's last item, whose case the
     * list shares); null otherwise, or when the pinning is only expected ("rozeti takması bekleniyor").
     */
    private static Party badgeReceived(ArticleIndex index, int recipient) {
        TokenizedText text = index.text;
        if (!text.get(recipient).hasApostrophe() || !dative(text, recipient) || recipient + 1 >= text.size()) {
            return null;
        }
        PhraseTable.Match<Party> party = index.partyStartingAt[recipient + 1];
        if (party == null || !RECEIVED_BADGE.contains(text.key(party.end() + 1))) {
            return null;
        }
        String verb = text.key(party.end() + 2);
        boolean handedOver = verb.equals(HANDED) && HANDING.contains(text.key(party.end() + 3));
        return PINNED.contains(verb) || verb.equals(PINNING) || handedOver ? party.value() : null;
    }

    /** The badge, in the accusative or bare, singular or plural: "rozeti", "rozetlerini". */
    private static final Set<String> RECEIVED_BADGE = Set.of("rozet", "rozeti", "rozetini", "rozetleri",
            "rozetlerini");
    private static final String PINNING = "takan";
    /** "takdim etti": handed over, finite, as participle or converb. */
    private static final String HANDED = "takdim";
    private static final Set<String> HANDING = Set.of("etti", "eden", "ederek");

    /** "partisi": the person's own party, named right after in apposition. */
    private static final String PARTY_NOUN = "partisi";
    /** The words before a list's last item: "A, B ve C", "A ile B". */
    private static final Set<String> AND = Set.of("ve", "ile");
    /** How many words a list of titled names may run before the party its members joined. */
    private static final int MAX_COORDINATION = 40;

    /**
     * "A, Söke Belediye Başkanı B ve Yenipazar Belediye Başkanı C'nin AK Parti'ye katılması": the last word of the
     * list of names and titles that the name ending at {@code nameEnd} opens (commas, "ve" or "ile" between items), up
     * to the party they joined or a name in a case; -1 when no list follows the name.
     */
    private static int lastOfCoordination(ArticleIndex index, int nameEnd) {
        TokenizedText text = index.text;
        int j = nameEnd + 1;
        if (j >= text.size() || text.get(nameEnd).hasApostrophe()
                || !(Separator.isListComma(text.get(j).sepBefore()) || AND.contains(text.key(j)))) {
            return -1;
        }
        boolean and = false;
        for (; j < text.size() && j <= nameEnd + MAX_COORDINATION; j++) {
            Token t = text.get(j);
            if (index.partyStartingAt[j] != null) {
                return and ? j - 1 : -1;
            }
            and |= AND.contains(t.key());
            boolean item = t.capitalized() || AND.contains(t.key());
            if (!item || !(t.spaceBefore() || Separator.isListComma(t.sepBefore()))) {
                return -1;
            }
            if (t.hasApostrophe()) {
                // a list has "ve" or "ile" before its last item; "A, B'nin" is a subject and another
                return and ? j : -1;
            }
        }
        return -1;
    }

    /** The last word of a converb of leaving starting at {@code k} ("istifa ederek", "ayrılıp"), or -1. */
    private static int leavingClauseEnd(TokenizedText text, int k) {
        if (k + 1 < text.size() && text.key(k).equals("istifa") && LEAVING_CONVERBS.contains(text.key(k + 1))) {
            return k + 1;
        }
        return k < text.size() && LEAVING_CONVERBS.contains(text.key(k)) ? k : -1;
    }

    /** The party joined by the verb at {@code verb}: "AK Parti'ye geçti", "AK Parti saflarına katıldı"; or null. */
    private static PhraseTable.Match<Party> joinedBy(ArticleIndex index, int verb) {
        TokenizedText text = index.text;
        if (verb >= 2 && RANKS.contains(text.key(verb - 1))) {
            return index.partyEndingAt[verb - 2];
        }
        PhraseTable.Match<Party> party = index.partyEndingAt[verb - 1];
        return party != null && dative(text, verb - 1) ? party : null;
    }

    /** Whether a word with an apostrophe in the dative lies in words {@code from} (inclusive) to {@code to}. */
    private static boolean datives(TokenizedText text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.get(k).hasApostrophe() && dative(text, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean joins(String key) {
        for (String stem : JOINING) {
            if (key.startsWith(stem)) {
                return !unrealised(key, stem.length());
            }
        }
        return false;
    }

    private static boolean unrealised(String key, int from) {
        for (String ending : UNREALISED) {
            if (key.startsWith(ending, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dative(TokenizedText text, int k) {
        Token t = text.get(k);
        if (!t.hasApostrophe()) { // "AK Partiye geçti"
            String ending = Parties.caseEndingOf(TurkishText.lower(text.text().substring(t.start(), t.end())));
            return DATIVE.contains(TurkishText.asciiFold(ending));
        }
        return DATIVE.contains(TurkishText.foldKey(text.text(), t.stemEnd() + 1, t.end()));
    }
}
