package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.data.Titles;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.extract.text.WordClass;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A party tied to a group of office holders at once, which the article then names one by one:
 * <ul>
 *   <li>a group that joins a party: "dört belediye başkanı DSP'ye geçti", "DEVA'ya katılan belediye başkanları":
 *   each holder of that office in the article is the joined party's now, whatever the party they left (named in
 *   the ablative or in parentheses after the name);</li>
 *   <li>a party's group: "DSP belediye başkan adayları tanıtıldı", "DSP'nin Sinop adayları", "DSP'li Gerze
 *   Belediye Eş Başkanlarına": a holder of that office the article names without a party is that party's, unless
 *   the article ties the same office to two parties;</li>
 *   <li>a party's delegation: "DSP ... saha çalışması başlattı. Üç kişilik heyet; Rize Milletvekili A, Ordu
 *   Milletvekili B ... oluşacak": the holders the sentence of "heyet" names after it without a party are the
 *   party's, the party that acts in that sentence or the one before;</li>
 *   <li>those at a party's own meeting: "DSP İl Başkanı A basın toplantısı düzenledi. Toplantıya milletvekilleri B,
 *   C ve Gerze Belediye Başkanı D katıldı": the deputies and municipal office holders the sentence of attendance
 *   names without a party are the party's, when it is the only party named in that sentence and the one before.</li>
 * </ul>
 * The group is a plural office ("belediye başkanları") or a counted one ("5 belediye başkanı", "üç belediye başkanı").
 * The members of a group that joined are also the names the article gives as leaving their old party ("3 milletvekili
 * AK Parti'ye katıldı. CHP'den istifa eden A, DEVA'dan ayrılan B ..."): they hold the group's office.
 */
final class GroupParties {
    private static final Set<String> NUMBER_WORDS = Set.of("iki", "uc", "dort", "bes", "alti", "yedi", "sekiz",
            "dokuz", "on", "yirmi", "otuz", "kirk", "elli");
    /** How many words (places, "ilçe", a genitive's noun) may stand between a party and its group. */
    private static final int PARTY_GAP = 3;
    private static final String CANDIDATE_WORD = "Aday";
    /** The genitive, accusative and dative after a title's compound marker ("başkanı-nın", "-nı", "-na"). */
    private static final List<String> CASE_ENDINGS = List.of("nin", "nun", "ni", "nu", "na", "ne");
    private static final int MAX_TITLE_WORDS = 4;

    /**
     * The office a group joined a party in and that party (both null when none did), and each office a party's
     * group holds, to its party (null where two parties hold it).
     */
    record Found(Title joinedOffice, Party joined, Map<String, Party> partyOfOffice, List<Delegation> delegations) {
        /**
         * The party of an official with {@code title}, named at the characters {@code mentions}, given the party the
         * rest of the text gave ({@code party}).
         */
        String partyOf(String title, boolean former, String party, Collection<Integer> mentions) {
            boolean candidate = title.contains(CANDIDATE_WORD);
            if (joined != null && !former && !candidate && holds(title, joinedOffice)) {
                return joined.shortName();
            }
            if (party != null || former) {
                return party;
            }
            for (Map.Entry<String, Party> e : partyOfOffice.entrySet()) {
                if (e.getValue() != null && title.endsWith(e.getKey())) {
                    return e.getValue().shortName();
                }
            }
            for (Delegation d : delegations) {
                boolean named = mentions.stream().anyMatch(m -> m >= d.from() && m < d.to());
                if (named && (!d.electedOnly() || elected(title))) {
                    return d.party().shortName();
                }
            }
            return null;
        }
    }

    /**
     * Whether an official with {@code title} is one of a group holding {@code office}: "Belediye Başkanı" is one of
     * "belediye başkanları"; any head ("Gerze Belediye Başkanı", "Belde Belediye Başkanı") is one of the bare
     * "başkanlar" ("AK Parti'ye katılan başkanların listesi").
     */
    private static boolean holds(String title, Title office) {
        if (office.scope() == TitleScope.GENERIC) {
            return title.substring(title.lastIndexOf(' ') + 1).startsWith(office.canonical());
        }
        return title.endsWith(office.canonical());
    }

    /**
     * A party's delegation named from character {@code from} to the end of its sentence at {@code to}; {@code
     * electedOnly}: those attending a party's meeting, of whom only deputies and municipal office holders are
     * taken to be the party's (a governor may attend too).
     */
    record Delegation(int from, int to, Party party, boolean electedOnly) {
    }

    private static boolean elected(String title) {
        return title.contains(DEPUTY_WORD) || title.contains(MUNICIPAL_WORD);
    }

    private static final String DELEGATION = "heyet";
    /** Starts of the words of attending: "katıldı", "katılımıyla", "katılımlarıyla". */
    private static final String ATTENDING = "katil";
    /** Starts of the words of a meeting: "toplantıya", "basın toplantısı", "kongreye", "istişare". */
    private static final List<String> MEETING = List.of("toplanti", "kongre", "istisare");
    /** How many words may stand between a participle of speaking and the name of its head (the title). */
    private static final int SPEAKER_REACH = 8;
    private static final String DEPUTY_WORD = "Milletvekili";
    private static final String MUNICIPAL_WORD = "Belediye";

    private final Titles titles;

    GroupParties(Titles titles) {
        this.titles = titles;
    }

    Found find(ArticleIndex index) {
        TokenizedText text = index.text;
        Title joinedOffice = null;
        Party joined = null;
        Map<String, Party> partyOfOffice = new HashMap<>();
        for (int k = 0; k < text.size(); k++) {
            PhraseTable.Match<Title> m = text.is(k, WordClass.TITLE_START) ? titles.match(text.tokens(), k) : null;
            if (m == null && text.is(k, WordClass.TITLE_START) && counted(index, k)) {
                m = inCase(text, k);
            }
            if (m == null || !(m.value().plural() || counted(index, k))) {
                continue;
            }
            Title office = m.value();
            Party of = partyOfGroup(index, m.start());
            if (of != null) {
                Party before = partyOfOffice.putIfAbsent(office.canonical(), of);
                if (before != null && !before.equals(of)) {
                    partyOfOffice.put(office.canonical(), null);
                }
            }
            if (joined == null && !office.canonical().contains(CANDIDATE_WORD)) {
                Party party = PartySwitch.joinedBefore(index, m.start());
                joined = party != null ? party : PartySwitch.joinedAfter(index, m.end());
                joinedOffice = joined == null ? null : office;
            }
            k = m.end();
        }
        return new Found(joinedOffice, joined, partyOfOffice, delegations(index));
    }

    private static List<Delegation> delegations(ArticleIndex index) {
        TokenizedText text = index.text;
        List<Delegation> out = new ArrayList<>();
        for (int k = 1; k < text.size(); k++) {
            if (!text.key(k).startsWith(DELEGATION)) {
                continue;
            }
            int sentence = text.sentenceOf(k);
            Party party = null;
            for (int j = k - 1; j >= 0 && text.sentenceOf(j) >= sentence - 1 && party == null; j--) {
                party = index.partyEndingAt[j] != null && index.isActingParty(j) ? index.partyEndingAt[j].value() : null;
            }
            int last = k;
            while (last + 1 < text.size() && text.sentenceOf(last + 1) == sentence) {
                last++;
            }
            if (party != null && compositionTold(text, k, last)) {
                out.add(new Delegation(text.get(k).start(), text.get(last).end(), party, false));
            }
        }
        out.addAll(partyMeetings(index));
        out.addAll(speakersAtPartyMeetings(index));
        return out;
    }

    /**
     * "heyet; A, B ve C'den oluşacak", "heyette A ve B yer aldı": the sentence of the delegation at word {@code k}
     * (ending at word {@code last}) tells who it is made of, not whom it met ("Heyet, Bakan A ile bir araya geldi").
     */
    private static boolean compositionTold(TokenizedText text, int k, int last) {
        if (k + 1 <= last && (text.get(k + 1).sepBefore() & Separator.COLON) != 0) {
            return true;
        }
        for (int j = k + 1; j <= last; j++) {
            String key = text.key(j);
            if (key.startsWith(MADE_OF) || (key.equals(PLACE_NOUN) && text.key(j + 1).startsWith(TAKE))) {
                return true;
            }
        }
        return text.key(k).startsWith(DELEGATION + "te") || text.key(k).startsWith(DELEGATION + "inde");
    }

    /** "oluşan", "oluşacak", "oluşturan": the verb of a group's members. */
    private static final String MADE_OF = "olus";
    /** "yer aldı", "yer alan": where the members "take place". */
    private static final String PLACE_NOUN = "yer";
    private static final String TAKE = "al";

    /**
     * "AK Parti Grup Toplantısı'nda konuşan Başkan A", "DSP il başkanlığındaki toplantıda açıklamalarda bulunan
     * Belediye Başkanı B": the one who speaks at a meeting of the one party named before in the sentence is that
     * party's, whatever their office.
     */
    private static List<Delegation> speakersAtPartyMeetings(ArticleIndex index) {
        TokenizedText text = index.text;
        List<Delegation> out = new ArrayList<>();
        for (int k = 1; k < text.size(); k++) {
            if (!speaksAt(text, k)) {
                continue;
            }
            int sentence = text.sentenceOf(k);
            boolean meeting = false;
            Party only = null;
            boolean several = false;
            for (int j = k - 1; j >= 0 && text.sentenceOf(j) == sentence; j--) {
                String key = text.key(j);
                meeting = meeting || TurkishText.startsWithAny(key, MEETING);
                if (index.partyEndingAt[j] != null && index.isActingParty(j)) {
                    several |= only != null && !only.equals(index.partyEndingAt[j].value());
                    only = index.partyEndingAt[j].value();
                }
            }
            NameSpan speaker = meeting && only != null && !several ? firstNameAfter(index, k) : null;
            if (speaker != null && speaker.start() <= k + SPEAKER_REACH) {
                out.add(new Delegation(text.get(k).start(), text.get(speaker.end()).end(), only, false));
            }
        }
        return out;
    }

    private static NameSpan firstNameAfter(ArticleIndex index, int k) {
        for (NameSpan name : index.names) {
            if (name.start() > k) {
                return name;
            }
        }
        return null;
    }

    /** "konuşan", "seslenen", "hitap eden", "açıklamalarda bulunan": a participle of speaking at word {@code k}. */
    private static boolean speaksAt(TokenizedText text, int k) {
        String key = text.key(k);
        String before = text.key(k - 1);
        return key.equals("konusan") || key.equals("seslenen") || (key.equals("eden") && before.equals("hitap"))
                || (key.equals("bulunan") && before.startsWith("aciklama"));
    }

    /** The sentences of attendance at a meeting the one party named there, or in the sentence before, holds. */
    private static List<Delegation> partyMeetings(ArticleIndex index) {
        TokenizedText text = index.text;
        List<Delegation> out = new ArrayList<>();
        int sentence = -1;
        int from = 0;
        boolean attending = false;
        boolean meeting = false;
        for (int k = 0; k <= text.size(); k++) {
            if (k == text.size() || text.sentenceOf(k) != sentence) {
                if (attending && meeting && !partyBeforeATitle(index, from, k - 1)) {
                    Party party = onlyPartyOf(index, k - 1);
                    if (party != null) {
                        out.add(new Delegation(text.get(from).start(), text.get(k - 1).end(), party, true));
                    }
                }
                if (k == text.size()) {
                    break;
                }
                sentence = text.sentenceOf(k);
                from = k;
                attending = false;
                meeting = false;
            }
            String key = text.key(k);
            attending |= key.startsWith(ATTENDING);
            meeting = meeting || TurkishText.startsWithAny(key, MEETING);
        }
        return out;
    }

    /**
     * "Kongreye AK Partili Balıkesir Milletvekili A, Büyükşehir Belediye Başkanı B katıldı": where the sentence of
     * attendance gives some attendees the party in their titles, it does not give it to those it names without.
     */
    private static boolean partyBeforeATitle(ArticleIndex index, int from, int last) {
        for (int j = from; j < last; j++) {
            if (index.partyEndingAt[j] == null) {
                continue;
            }
            int next = j + 1;
            while (next < last && next - j <= TITLE_PLACE_WORDS && index.text.get(next).capitalized()
                    && !index.text.is(next, WordClass.TITLE_START)) {
                next++;
            }
            if (index.text.is(next, WordClass.TITLE_START) && index.text.get(next).capitalized()) {
                return true;
            }
        }
        return false;
    }

    /** How many words of a place may stand between a party and the title it modifies ("AK Parti Balıkesir"). */
    private static final int TITLE_PLACE_WORDS = 2;

    /**
     * The party named as an actor in the sentence that ends at word {@code last} or the one before, if it is the only
     * party named there.
     */
    private static Party onlyPartyOf(ArticleIndex index, int last) {
        int sentence = index.text.sentenceOf(last);
        Party only = null;
        for (int j = last; j >= 0 && index.text.sentenceOf(j) >= sentence - 1; j--) {
            if (index.partyEndingAt[j] == null) {
                continue;
            }
            Party party = index.partyEndingAt[j].value();
            if ((only != null && !only.equals(party)) || !index.isActingParty(j)) {
                return null;
            }
            only = party;
        }
        return only;
    }

    /**
     * In an article where a group joined a party, each name right after a participle of leaving ("istifa eden A",
     * "partisinden ayrılan B"): a member of the group, with its office and the party joined.
     */
    List<TitleEvidenceFinder.Found> membersWhoLeft(ArticleIndex index, Found group) {
        if (group.joined() == null) {
            return List.of();
        }
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        for (NameSpan name : index.names) {
            int before = name.start() - 1;
            boolean left = before > 0 && text.get(name.start()).spaceBefore() && (text.key(before).equals(LEFT)
                    || (text.key(before).equals(DOING) && text.key(before - 1).equals(RESIGNATION)));
            if (left) {
                Title office = group.joinedOffice();
                out.add(new TitleEvidenceFinder.Found(name, -1, new Evidence(name.start(), office.canonical(),
                        office.scope(), office.fixedOrg(), group.joined().shortName(), null, null, false, false)));
            }
        }
        return out;
    }

    private static final String LEFT = "ayrilan";
    private static final String RESIGNATION = "istifa";
    private static final String DOING = "eden";

    /**
     * "5 CHP'li belediye başkanının tutuklanması": a counted office in the genitive, accusative or dative, which the
     * titles list in the nominative: matched with its head's case ending taken off.
     */
    private PhraseTable.Match<Title> inCase(TokenizedText text, int k) {
        for (int j = k; j < text.size() && j <= k + MAX_TITLE_WORDS; j++) {
            Token t = text.get(j);
            for (String ending : CASE_ENDINGS) {
                if (t.key().length() > ending.length() + 3 && t.key().endsWith(ending) && !t.hasApostrophe()) {
                    List<Token> words = new ArrayList<>(text.tokens().subList(k, j + 1));
                    String nominative = t.key().substring(0, t.key().length() - ending.length());
                    words.set(j - k, new Token(t.start(), t.stemEnd(), t.end(), nominative, t.flags(), t.sepBefore(),
                            t.wordClass()));
                    PhraseTable.Match<Title> m = titles.match(words, 0);
                    if (m != null && m.end() == j - k) {
                        return new PhraseTable.Match<>(m.value(), k, j);
                    }
                }
            }
        }
        return null;
    }

    /**
     * A number right before the office, or before the party adjective right before it: "5 belediye başkanı", "yedi
     * belediye başkanı", "5 CHP'li belediye başkanı".
     */
    private static boolean counted(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        if (k == 0 || !text.get(k).spaceBefore()) {
            return false;
        }
        PhraseTable.Match<Party> adjective = index.partyEndingAt[k - 1];
        int numberAt = adjective != null && index.isPartyAdjective(k - 1) ? adjective.start() - 1 : k - 1;
        if (numberAt < 0 || !text.get(numberAt + 1).spaceBefore()) {
            return false;
        }
        String before = text.key(numberAt);
        return NUMBER_WORDS.contains(before) || (!before.isEmpty() && before.chars().allMatch(Character::isDigit));
    }

    /**
     * The party named in the same phrase a few words before the group ("DSP Sinop belediye başkan adayları", "DSP'li
     * Gerze Belediye Eş Başkanları"), not one joined or criticised (in the dative or accusative).
     */
    private static Party partyOfGroup(ArticleIndex index, int start) {
        TokenizedText text = index.text;
        for (int j = start - 1; j >= Math.max(0, start - 1 - PARTY_GAP); j--) {
            if (index.partyEndingAt[j] != null) {
                return index.isActingParty(j) ? index.partyEndingAt[j].value() : null;
            }
            if (!text.get(j + 1).spaceBefore()) {
                return null;
            }
        }
        return null;
    }
}
