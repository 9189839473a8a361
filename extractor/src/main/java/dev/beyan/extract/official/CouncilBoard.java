package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The board a council elects at its first sitting, each office in the dative with its holders after it: "birinci
 * başkan vekilliğine A, katip üyeliklerine ise B ve C getirildi" ("seçildi"); a ranked deputy chair ("1. Başkan
 * Vekilliğine", "ikinci başkan vekilliğine") is the council's first or second; a party group's deputy chair ("AK Parti
 * Grup Başkan Vekilliğine A") is that party's. A provincial council's new chair is named as its head: "Sinop İl Genel
 * Meclisinin yeni başkanı A oldu". The offices are those of the council the article names: a provincial council's
 * ("Sinop İl Genel Meclisi") are its province's, a municipal council's its municipality's. Where the article names no
 * council, the offices are nobody's to read. The holders may come first, the office after them: "A, B ve C encümen
 * üyeliğine, D ve E imar komisyonuna seçildi" (a committee's members take "İmar Komisyonu Üyesi"), "A 1. Başkan
 * Vekili olurken", "Divan Katibi ise A ve B oldu".
 */
final class CouncilBoard {
    /** The offices of a council's board, as the ASCII-folded dative of their nouns. */
    private static final Map<String, String> OFFICES = Map.of(
            "baskan vekilligine", "Başkan Vekili", "baskanvekilligine", "Başkan Vekili",
            "baskan vekilliklerine", "Başkan Vekili", "baskanvekilliklerine", "Başkan Vekili",
            "katip uyeligine", "Katip Üye", "katip uyeliklerine", "Katip Üye",
            "encumen uyeligine", "Encümen Üyesi", "encumen uyeliklerine", "Encümen Üyesi");
    /** The verbs of the election that close the sentence: "getirildi", "seçildi", "seçilirken", "oldu", "olurken". */
    private static final List<String> ELECTED = List.of("getiril", "secil", "oldu", "olurken");
    /** "Divan Katibi ise A ve B oldu": the council's clerks, named before their holders. */
    private static final String DIVAN = "divan";
    private static final java.util.Set<String> CLERKS = java.util.Set.of("katibi", "katipleri", "katipligine");
    private static final String CLERK = "Divan Katibi";
    private static final String WHEREAS = "ise";
    /** "1. Başkan Vekili" after its holder: the words of the office, ASCII-folded. */
    private static final String CHAIR = "baskan";
    private static final String DEPUTY = "vekili";
    private static final String COUNCIL = "Meclis ";
    /** "A ve B meclis başkan vekilliğine seçildi": the council's own word between the holders and the office. */
    private static final String COUNCIL_WORD = "meclis";
    private static final List<String> PROVINCIAL_COUNCIL = List.of("il", "genel", "meclis");
    private static final String PROVINCIAL_ORG = " İl Genel Meclisi";
    private static final String MUNICIPAL_ORG = " Belediye Meclisi";
    private static final String AND = "ve";
    /** Every office above ends in the dative: "vekilliğine", "üyeliklerine", "başkanlığına". */
    private static final String DATIVE_I = "ine";
    private static final String DATIVE_A = "ina";
    /** Particles and adverbs between the office and its holder: "2. Başkan Vekilliğine de yine A seçildi". */
    private static final java.util.Set<String> BETWEEN = java.util.Set.of("ise", "de", "da", "yine", "yeniden",
            "tekrar");
    private static final String DEPUTY_CHAIR = "Başkan Vekili";
    /** A council's committee in the dative, named by up to three words before it: "imar komisyonuna". */
    private static final String COMMITTEE = "komisyonuna";
    private static final int COMMITTEE_WORDS = 3;
    private static final String COMMITTEE_MEMBER = "Komisyonu Üyesi";
    /** The ranks of a council's deputy chairs, as numbers or words, and the titles they make. */
    private static final Map<String, String> RANKED_DEPUTY_CHAIRS = Map.of("1", "Meclis Birinci Başkanvekili",
            "birinci", "Meclis Birinci Başkanvekili", "2", "Meclis İkinci Başkanvekili", "ikinci",
            "Meclis İkinci Başkanvekili");
    private static final String GROUP = "grup";
    private static final String GROUP_DEPUTY_CHAIR = "Grup Başkanvekili";
    /** "Meclisinin yeni başkanı A oldu": the provincial council's chair, named as the head of the council. */
    private static final List<String> NEW_HEAD = List.of("meclisinin", "yeni", "baskani");
    private static final List<String> BECAME = List.of("oldu", "secildi");
    private static final String PROVINCIAL_CHAIR = "İl Genel Meclisi Başkanı";

    private final PersonNameFinder nameFinder;

    CouncilBoard(PersonNameFinder nameFinder) {
        this.nameFinder = nameFinder;
    }

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        Where council = null;
        for (int k = 0; k + 1 < text.size(); k++) {
            String office = officeEndingAt(text, k);
            int officeStart = office == null ? k : OFFICES.containsKey(text.key(k)) ? k : k - 1;
            if (office == null && text.key(k).equals(COMMITTEE)) {
                // read only after its members: the words before a committee named first are no part of its name
                officeStart = committeeNameStart(index, k);
                boolean members = officeStart < k && text.get(officeStart).sepBefore() == Separator.SPACE
                        && !listEndingAt(index, officeStart - 1).isEmpty();
                office = members ? committeeMember(text, officeStart, k) : null;
            }
            if (office == null && CLERKS.contains(text.key(k)) && k > 0 && text.key(k - 1).equals(DIVAN)
                    && text.key(k + 1).equals(WHEREAS)) {
                office = CLERK; // "Divan Katibi ise A ve B oldu"
            }
            NameSpan ranked = office == null ? rankedDeputyBefore(index, k) : null;
            if (ranked != null && (council != null || (council = councilOf(index)) != null)) {
                // "A 1. Başkan Vekili olurken, B 2. Başkan Vekili seçildi": the rank and office as written
                String title = COUNCIL + text.text().substring(text.get(k).start(), text.get(k + 2).end());
                out.add(holder(ranked, title, council, null, null));
                continue;
            }
            boolean chair = office == null && newChairAt(text, k);
            if (office == null ? !chair : !electedInSentence(text, k)) {
                continue;
            }
            council = council != null ? council : councilOf(index);
            if (council == null) {
                return out;
            }
            if (chair && council.scope != TitleScope.PROVINCIAL_STATE) {
                continue;
            }
            PhraseTable.Match<Party> party = null;
            if (office != null && office.equals(DEPUTY_CHAIR)) {
                int before = text.key(k).startsWith("baskanvekil") ? k - 1 : k - 2;
                String rank = before >= 0 ? RANKED_DEPUTY_CHAIRS.get(text.key(before)) : null;
                party = before > 0 && text.key(before).equals(GROUP) ? index.partyEndingAt[before - 1] : null;
                office = party != null ? GROUP_DEPUTY_CHAIR : rank != null ? rank : office;
            }
            // as the text spells it: "Başkan Vekilliğine" gives "Başkan Vekili", "Başkanvekilliğine" "Başkanvekili"
            String title = chair ? PROVINCIAL_CHAIR : TitleSpelling.asWritten(office, text, Math.max(0, k - 2), k);
            // no comma between: "birinci başkan vekilliğine A, katip üyeliğine B" gives A the office before
            boolean joined = text.get(officeStart).sepBefore() == Separator.SPACE;
            int listEnd = officeStart - 1;
            boolean councilWord = listEnd > 0 && text.key(listEnd).equals(COUNCIL_WORD)
                    && text.get(listEnd).sepBefore() == Separator.SPACE;
            if (councilWord) {
                listEnd--;
                title = office.equals(DEPUTY_CHAIR) ? COUNCIL + title : title;
            }
            List<NameSpan> before = chair || !joined ? List.of() : listEndingAt(index, listEnd);
            Party members = before.isEmpty() ? null : membersParty(index, before.get(0).start());
            for (NameSpan name : before) {
                out.add(holder(name, title, council, party, members));
            }
            int at = before.isEmpty() ? k + 1 : text.size();
            while (at < text.size() && BETWEEN.contains(text.key(at))) {
                at++;
            }
            while (at < text.size()) {
                NameSpan name = index.nameStartingAt[at] != null ? index.nameStartingAt[at]
                        : nameFinder.nameAt(text, at, true);
                if (name == null || text.sentenceOf(name.start()) != text.sentenceOf(k)) {
                    break;
                }
                int after = pastPartyNote(index, name.end() + 1);
                Party note = after > name.end() + 1 ? index.partyEndingAt[after - 1].value() : null;
                out.add(holder(name, title, council, party, note));
                // "başkan vekilliklerine A (CHP), B (CHP) ve C (CHP) seçildi"
                boolean and = after + 1 < text.size() && text.key(after).equals(AND);
                boolean comma = after < text.size()
                        && (text.get(after).sepBefore() & ~Separator.PARENTHESIS) == Separator.COMMA;
                at = chair ? text.size() : and ? after + 1 : comma ? after : text.size();
            }
        }
        return out;
    }

    /**
     * The council's office for {@code name}, or a party group's where {@code party} names one; {@code note}: the
     * holder's party noted after the name, or null.
     */
    private static TitleEvidenceFinder.Found holder(NameSpan name, String title, Where council,
            PhraseTable.Match<Party> party, Party note) {
        Party own = party != null ? party.value() : note;
        return new TitleEvidenceFinder.Found(name, -1, new Evidence(name.start(), title, council.scope,
                party != null ? party.value().org() : council.org, own != null ? own.shortName() : null,
                council.province, council.district, false, true));
    }

    /** The word after a party noted in parentheses from word {@code k} ("A (CHP), B"), else {@code k}. */
    private static int pastPartyNote(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        if (k >= text.size() || (text.get(k).sepBefore() & Separator.PARENTHESIS) == 0) {
            return k;
        }
        for (int end = k; end < text.size() && end < k + PARTY_NOTE_WORDS; end++) {
            PhraseTable.Match<Party> party = index.partyEndingAt[end];
            boolean closed = end + 1 >= text.size() || (text.get(end + 1).sepBefore() & Separator.PARENTHESIS) != 0;
            if (party != null && party.start() == k && closed) {
                return end + 1;
            }
        }
        return k;
    }

    private static final int PARTY_NOTE_WORDS = 4;

    /** "AK Partili A ve B": the party whose adjective stands before the first of the holders, or null. */
    private static Party membersParty(ArticleIndex index, int first) {
        PhraseTable.Match<Party> party = first > 0 ? index.partyEndingAt[first - 1] : null;
        return party != null && index.isPartyAdjective(first - 1) ? party.value() : null;
    }

    /**
     * The name right before a ranked deputy chair in the nominative at word {@code k} ("A 1. Başkan Vekili
     * olurken", "B ikinci başkan vekili seçildi"), whose verb of election follows it; or null.
     */
    private static NameSpan rankedDeputyBefore(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        if (k == 0 || k + 3 >= text.size() || !RANKED_DEPUTY_CHAIRS.containsKey(text.key(k))
                || !text.key(k + 1).equals(CHAIR) || !text.key(k + 2).equals(DEPUTY)
                || !TurkishText.startsWithAny(text.key(k + 3), ELECTED) || index.nameCovering[k - 1] < 0) {
            return null;
        }
        NameSpan name = index.names.get(index.nameCovering[k - 1]);
        return name.end() == k - 1 ? name : null;
    }

    /**
     * "A, B ve C encümen üyeliğine seçildi": the holders named before the office, a list of names joined by commas
     * and "ve" that ends at word {@code last}; empty where no name ends there.
     */
    private static List<NameSpan> listEndingAt(ArticleIndex index, int last) {
        TokenizedText text = index.text;
        List<NameSpan> names = new ArrayList<>();
        int j = last;
        while (j >= 0 && index.nameCovering[j] >= 0) {
            NameSpan name = index.names.get(index.nameCovering[j]);
            if (name.end() != j || text.sentenceOf(name.start()) != text.sentenceOf(last)) {
                break;
            }
            names.add(0, name);
            int before = name.start() - 1;
            if (before > 0 && text.key(before).equals(AND)) {
                j = before - 1;
            } else if (before >= 0 && Separator.isListComma(text.get(name.start()).sepBefore())) {
                j = before;
            } else {
                break;
            }
        }
        return names;
    }

    /**
     * The first word of a committee's name before "komisyonuna" at {@code k} ("imar", "plan ve bütçe"), up to
     * {@link #COMMITTEE_WORDS} words after a name or a comma; {@code k} where none stands there.
     */
    private static int committeeNameStart(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        int start = k;
        while (start > 0 && k - start < COMMITTEE_WORDS && index.nameCovering[start - 1] < 0
                && text.get(start).sepBefore() == Separator.SPACE && !text.get(start - 1).digits()
                && text.sentenceOf(start - 1) == text.sentenceOf(k)) {
            start--;
        }
        return start;
    }

    /** "plan ve bütçe komisyonuna" gives "Plan ve Bütçe Komisyonu Üyesi". */
    private static String committeeMember(TokenizedText text, int start, int k) {
        StringBuilder title = new StringBuilder();
        for (int j = start; j < k; j++) {
            String word = TurkishText.lower(text.text().substring(text.get(j).start(), text.get(j).end()));
            title.append(word.equals(AND) ? word : word.substring(0, 1).toUpperCase(TurkishText.TURKISH) + word.substring(1))
                    .append(' ');
        }
        return title.append(COMMITTEE_MEMBER).toString();
    }

    /** "Meclisinin yeni başkanı" ending at word {@code k}, and "oldu" or "seçildi" closing the sentence after it. */
    private static boolean newChairAt(TokenizedText text, int k) {
        int first = k - NEW_HEAD.size() + 1;
        if (first < 0 || !text.key(k).equals(NEW_HEAD.get(NEW_HEAD.size() - 1))) {
            return false;
        }
        for (int j = 0; j < NEW_HEAD.size(); j++) {
            if (!text.key(first + j).equals(NEW_HEAD.get(j))) {
                return false;
            }
        }
        for (int j = k + 1; j < text.size() && text.sentenceOf(j) == text.sentenceOf(k); j++) {
            if (BECAME.contains(text.key(j))) {
                return true;
            }
        }
        return false;
    }

    private static String officeEndingAt(TokenizedText text, int k) {
        String key = text.key(k);
        if (!key.endsWith(DATIVE_I) && !key.endsWith(DATIVE_A)) {
            return null; // most words: no lookup, no new string
        }
        String one = OFFICES.get(key);
        return one != null || k == 0 ? one : OFFICES.get(text.key(k - 1) + " " + key);
    }

    private static boolean electedInSentence(TokenizedText text, int k) {
        for (int j = k + 1; j < text.size() && text.sentenceOf(j) == text.sentenceOf(k); j++) {
            if (TurkishText.startsWithAny(text.key(j), ELECTED)) {
                return true;
            }
        }
        return false;
    }

    private record Where(TitleScope scope, String org, String province, String district) {
    }

    /** The provincial council a province before "İl Genel Meclisi" names, else the municipal council, or null. */
    private static Where councilOf(ArticleIndex index) {
        TokenizedText text = index.text;
        for (int k = 1; k + 2 < text.size(); k++) {
            PlaceMention p = index.placeEndingAt[k - 1];
            boolean provincial = p != null && p.unit().isProvince() && text.key(k).equals(PROVINCIAL_COUNCIL.get(0))
                    && text.key(k + 1).equals(PROVINCIAL_COUNCIL.get(1))
                    && text.key(k + 2).startsWith(PROVINCIAL_COUNCIL.get(2));
            if (provincial) {
                String province = p.unit().province();
                return new Where(TitleScope.PROVINCIAL_STATE, province + PROVINCIAL_ORG, province, null);
            }
        }
        MunicipalCouncil.Council municipal = MunicipalCouncil.of(index);
        if (municipal == null) {
            return null;
        }
        String name = municipal.name();
        return new Where(municipal.metropolitan() ? TitleScope.METROPOLITAN : TitleScope.MUNICIPAL,
                name + (municipal.metropolitan() ? " Büyükşehir" : "") + MUNICIPAL_ORG, municipal.province(),
                municipal.district());
    }
}
