package dev.beyan.extract.official;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.Span;
import dev.beyan.extract.data.OfficeRegistry;
import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.data.PersonNames;
import dev.beyan.extract.data.ReferenceData;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.place.PlaceFinder;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.extract.text.WordClass;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the offices found in an article into officials: one per person, named by the fullest form of the name in
 * the text ("Recep Tayyip Erdoğan" over "Tayyip Erdoğan"), with the first title given (a later, more specific
 * form of the same office refines it: "Belediye Başkanı X" then "Bolu Büyükşehir Belediye Başkanı X"), and
 * every mention, surname-only mentions included ("Aslanoğlu", "Sakarsu'yu").
 */
public final class OfficialFinder {
    private final PersonNames names;
    private final TitleEvidenceFinder evidenceFinder;
    private final CandidateListFinder candidateLists;
    private final CouncilBoard councilBoard;
    private final PartyDashLines electionBlocks;
    private final Replacements replacements;
    private final Nominations nominations = new Nominations();
    private final CongressElections congressElections = new CongressElections();
    private final BoardMembers boardMembers;
    private final CongressRaces congressRaces = new CongressRaces();
    private final CongressVotes congressVotes = new CongressVotes();
    private final MuhtarVotes muhtarVotes = new MuhtarVotes();
    private final RaceVotes raceVotes = new RaceVotes();
    private final PartyLeaders partyLeaders = new PartyLeaders();
    private final GroupParties groupParties;
    private final ReferenceData data;
    private final OfficeRegistry registry;
    private final MetropolitanCandidacy metropolitanCandidacy;
    private final PredicateCandidacies predicateCandidacies = new PredicateCandidacies();

    public OfficialFinder(ReferenceData data, PersonNameFinder nameFinder) {
        this.data = data;
        this.names = data.personNames();
        this.registry = data.officeRegistry();
        this.evidenceFinder = new TitleEvidenceFinder(data.titles(), data.civilBodies(), nameFinder);
        this.candidateLists = new CandidateListFinder(data.gazetteer(), data.titles(), nameFinder);
        this.councilBoard = new CouncilBoard(nameFinder);
        this.boardMembers = new BoardMembers(nameFinder);
        this.electionBlocks = new PartyDashLines(nameFinder);
        this.replacements = new Replacements(nameFinder);
        this.groupParties = new GroupParties(data.titles());
        this.metropolitanCandidacy = new MetropolitanCandidacy(data.gazetteer());
    }

    /** The officials in order of first mention, and the spans of every person mention (which are not places). */
    public record Result(List<Analysis.Official> officials, List<Span> personSpans) {
    }

    private static final class Person {
        final List<String> keys;
        String display;
        boolean displayFromCaps;
        final Map<Integer, Span> mentions = new TreeMap<>();
        /** The first and last word of each mention, in text order. */
        final Map<Integer, Integer> words = new TreeMap<>();
        final List<Evidence> evidence = new ArrayList<>();
        /** The office came from a public register, not from the text. */
        boolean fromRegistry;

        Person(List<String> keys, String display, boolean fromCaps) {
            this.keys = keys;
            this.display = display;
            this.displayFromCaps = fromCaps;
        }

        String surname() {
            return keys.get(keys.size() - 1);
        }

        int firstMention() {
            return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.keySet().iterator().next();
        }
    }

    public Result find(TokenizedText text, List<NameSpan> nameSpans, PlaceFinder.Result places) {
        ArticleIndex index = new ArticleIndex(text, nameSpans, places, data.parties());
        List<TitleEvidenceFinder.Found> found = new ArrayList<>(evidenceFinder.find(index));
        found.addAll(candidateLists.find(index));
        found.addAll(councilBoard.find(index));
        found.addAll(electionBlocks.find(index));
        found.addAll(nominations.find(index));
        found.addAll(predicateCandidacies.find(index));
        found.addAll(congressElections.find(index));
        found.addAll(boardMembers.find(index));
        found.addAll(congressRaces.find(index));
        found.addAll(congressVotes.find(index));
        found.addAll(muhtarVotes.find(index));
        found.addAll(raceVotes.find(index));
        found.addAll(partyLeaders.find(index));
        GroupParties.Found groups = groupParties.find(index);
        found.addAll(groupParties.membersWhoLeft(index, groups));
        found = metropolitanCandidacy.apply(found);
        Map<String, Person> persons = new LinkedHashMap<>();
        Map<NameSpan, Person> personOfSpan = new HashMap<>();
        List<Span> personSpans = new ArrayList<>();
        for (NameSpan span : nameSpans) {
            personOfSpan.put(span, mention(text, span, persons, personSpans));
        }
        for (TitleEvidenceFinder.Found f : found) {
            if (f.name() != null && !personOfSpan.containsKey(f.name())) {
                personOfSpan.put(f.name(), mention(text, f.name(), persons, personSpans));
            }
        }
        Map<Person, Person> merged = mergeShortForms(text, persons);
        for (TitleEvidenceFinder.Found f : found) {
            if (f.name() != null) {
                merged.get(personOfSpan.get(f.name())).evidence.add(f.evidence());
            }
        }
        List<Person> unique = new ArrayList<>(new LinkedHashSet<>(merged.values()));
        for (TitleEvidenceFinder.Found f : found) {
            if (f.name() == null) {
                titledSurname(text, f, unique, personSpans);
            }
        }
        List<Person> officials = new ArrayList<>();
        for (Person p : unique) {
            if (p.evidence.isEmpty()) {
                fromRegistry(p, places, index);
            } else {
                placeFromRegistry(p, places);
                assemblyGroup(p);
            }
            if (!p.evidence.isEmpty()) {
                officials.add(p);
            }
        }
        surnameMentions(text, index, officials, personSpans);
        successors(text, index, persons, merged, officials, personSpans);
        officials.sort(Comparator.comparingInt(Person::firstMention));
        mergeMistypedSurnames(text, officials);
        List<Analysis.Official> out = new ArrayList<>(officials.size());
        Party sole = announcesCandidates(text) ? index.soleParty() : null;
        String soleParty = sole == null ? null : sole.shortName();
        for (Person p : officials) {
            out.add(official(p, groups, joinedParty(index, p), adjectiveParty(index, p), registeredParty(p),
                    soleParty));
        }
        return new Result(List.copyOf(out), List.copyOf(personSpans));
    }

    /** How long a surname must be for a letter of difference to be a typo rather than another name. */
    private static final int MIN_MISTYPED_SURNAME = 5;

    /**
     * "Ulaştırma Bakanı Cahit Turan ... Ulaştırma Bakanı Cahit Turhan'ın": the same given names and office, the surname a
     * letter apart, are one person whose surname the copy mistyped once; the form named first stays. So is a surname
     * a page cut off at a line's end.
     */
    private static void mergeMistypedSurnames(TokenizedText text, List<Person> officials) {
        for (int i = 0; i < officials.size(); i++) {
            Person p = officials.get(i);
            for (int j = officials.size() - 1; j > i; j--) {
                Person q = officials.get(j);
                if (mistyped(p, q) || respelledGivenNames(p, q) || cutShort(text, p, q) || cutShort(text, q, p)) {
                    if (q.keys.size() > p.keys.size() || cutShort(text, p, q)) {
                        p.display = q.display; // the fullest form of the name
                    }
                    p.evidence.addAll(q.evidence);
                    p.mentions.putAll(q.mentions);
                    p.words.putAll(q.words);
                    officials.remove(j);
                }
            }
        }
    }

    private static boolean mistyped(Person p, Person q) {
        int n = p.keys.size();
        if (n < 2 || q.keys.size() != n || !p.keys.subList(0, n - 1).equals(q.keys.subList(0, n - 1))) {
            return false;
        }
        String a = p.surname();
        String b = q.surname();
        return !a.equals(b) && Math.min(a.length(), b.length()) >= MIN_MISTYPED_SURNAME
                && TurkishText.withinOneEdit(a, b) && firstTitle(p).equals(firstTitle(q));
    }

    /** How long, at most, the stub of a surname a page cut off is ("Aziz Yı" for "Aziz Yıldırım"). */
    private static final int MAX_CUT_SURNAME = 3;

    /**
     * "Valisi Aziz Yı" in a teaser the page cut off, "Vali Aziz Yıldırım" in the body: the same given names and the
     * first letters of the surname only are the same person.
     */
    private static boolean cutShort(TokenizedText text, Person p, Person q) {
        int n = p.keys.size();
        String stub = p.surname();
        return n >= 2 && q.keys.size() == n && p.keys.subList(0, n - 1).equals(q.keys.subList(0, n - 1))
                && stub.length() <= MAX_CUT_SURNAME && q.surname().length() > stub.length()
                && q.surname().startsWith(stub) && p.words.values().stream().allMatch(k -> endsALine(text, k));
    }

    private static boolean endsALine(TokenizedText text, int k) {
        return k + 1 >= text.size() || (text.get(k + 1).sepBefore() & Separator.NEWLINE) != 0;
    }

    /** How long a given name must be for a letter of difference to be a respelling rather than another name. */
    private static final int MIN_RESPELLED_GIVEN_NAME = 6;

    /**
     * "Grup Başkanvekili Gülüstan Kılıç Koçyiğit ... Grup Başkanvekili Gülistan Koçyiğit", "Belediye Başkanı Kezban
     * Yılmaz ... Kayapınar adayları Keziban Yılmaz": the same surname, each given name of the shorter form a letter
     * apart from one of the longer, in order, and the same office or the same place: one person whose name the copy
     * spells two ways.
     */
    private static boolean respelledGivenNames(Person p, Person q) {
        if (!p.surname().equals(q.surname()) || p.keys.size() < 2 || q.keys.size() < 2) {
            return false;
        }
        List<String> a = p.keys.subList(0, p.keys.size() - 1);
        List<String> b = q.keys.subList(0, q.keys.size() - 1);
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        boolean respelled = false;
        int from = 0;
        for (String given : shorter) {
            int k = from;
            while (k < longer.size() && !given.equals(longer.get(k)) && !(Math.min(given.length(),
                    longer.get(k).length()) >= MIN_RESPELLED_GIVEN_NAME && TurkishText.withinOneEdit(given, longer.get(k)))) {
                k++;
            }
            if (k == longer.size()) {
                return false;
            }
            respelled |= !given.equals(longer.get(k));
            from = k + 1;
        }
        Evidence e = firstEvidence(p);
        Evidence f = firstEvidence(q);
        if (!respelled || e == null || f == null) {
            return false;
        }
        boolean bothPlaced = e.hasJurisdiction() && f.hasJurisdiction();
        boolean samePlace = bothPlaced && java.util.Objects.equals(e.province(), f.province())
                && java.util.Objects.equals(e.district(), f.district());
        // "Gerze Belediye Meclis Üyesi Serkan Kaya ile Sinop Belediye Meclis Üyesi Sercan Kaya": two people
        return samePlace || (e.title().equals(f.title()) && !bothPlaced);
    }

    private static Evidence firstEvidence(Person p) {
        return p.evidence.stream().min(Comparator.comparingInt(Evidence::position)).orElse(null);
    }

    private static String firstTitle(Person p) {
        return p.evidence.stream().min(Comparator.comparingInt(Evidence::position)).map(Evidence::title).orElse("");
    }

    private static Person mention(TokenizedText text, NameSpan span, Map<String, Person> persons,
                                  List<Span> personSpans) {
        List<String> keys = new ArrayList<>(span.length());
        StringBuilder display = new StringBuilder();
        boolean caps = true;
        for (int i = span.start(); i <= span.end(); i++) {
            caps &= text.get(i).allCaps();
        }
        for (int i = span.start(); i <= span.end(); i++) {
            keys.add(text.key(i));
            if (display.length() > 0) {
                display.append(text.get(i).sepBefore() == Separator.INNER_DOT ? ". " : " "); // "K. Selim Aydemir"
            }
            // "Adem KAPAR": a surname in capitals after given names in title case is written as a name
            boolean capsWord = !caps && text.get(i).allCaps() && text.key(i).length() > 2;
            display.append(capsWord ? TurkishText.capitalizeWords(TurkishText.lower(text.stem(i))) : text.stem(i));
        }
        String key = String.join(" ", keys);
        Person p = persons.get(key);
        if (p == null) {
            p = new Person(keys, display.toString(), caps);
            persons.put(key, p);
        } else if (p.displayFromCaps && !caps) {
            p.display = display.toString();
            p.displayFromCaps = false;
        }
        Span s = new Span(text.get(span.start()).start(), text.get(span.end()).stemEnd());
        p.mentions.put(s.start(), s);
        p.words.put(span.start(), span.end());
        personSpans.add(s);
        return p;
    }

    /**
     * "Tayyip Erdoğan" is "Recep Tayyip Erdoğan": same surname, given names a subset; "Oya Yıldırım" is "Oya Yıldırım
     * Kara", a woman's maiden name before her married one, one surname more; "İ. Naci Yapar" is "İbrahim Naci Yapar",
     * a given name written by its initial. Maps each to its fullest.
     */
    private static Map<Person, Person> mergeShortForms(TokenizedText text, Map<String, Person> persons) {
        List<Person> byLength = new ArrayList<>(persons.values());
        byLength.sort(Comparator.comparingInt((Person p) -> p.keys.size()).reversed()
                .thenComparingLong(p -> p.keys.stream().filter(k -> k.length() == 1).count()));
        Map<Person, Person> target = new LinkedHashMap<>();
        for (Person p : byLength) {
            Person into = p;
            for (Person longer : byLength) {
                boolean givenNamesSubset = longer.surname().equals(p.surname()) && longer.keys.containsAll(p.keys);
                boolean secondSurname = p.keys.size() >= 2 && longer.keys.size() == p.keys.size() + 1
                        && longer.keys.subList(0, p.keys.size()).equals(p.keys) && endsInASurname(text, longer);
                boolean initials = writesInitialsOf(p.keys, longer.keys);
                if ((longer.keys.size() > p.keys.size() || initials) && target.get(longer) == longer
                        && (givenNamesSubset || secondSurname || initials)) {
                    into = longer;
                    break;
                }
            }
            target.put(p, into);
            if (into != p) {
                into.mentions.putAll(p.mentions);
                into.words.putAll(p.words);
            }
        }
        return target;
    }

    /** "İ. Naci Yapar" for "İbrahim Naci Yapar": the same words but for given names written by their initial. */
    private static boolean writesInitialsOf(List<String> shorter, List<String> longer) {
        if (shorter.size() != longer.size()) {
            return false;
        }
        boolean initial = false;
        for (int i = 0; i < shorter.size(); i++) {
            String s = shorter.get(i);
            String l = longer.get(i);
            boolean expanded = i < shorter.size() - 1 && s.length() == 1 && l.length() > 1
                    && l.charAt(0) == s.charAt(0);
            if (!expanded && !s.equals(l)) {
                return false;
            }
            initial |= expanded;
        }
        return initial;
    }

    /**
     * Whether the person's mentions end in a surname-like word ("Kara", not "Sözde") in a sentence of the text, where
     * capitals tell a name ("ALİ KAYA İKİNCİ KEZ" in a headline tells nothing).
     */
    private static boolean endsInASurname(TokenizedText text, Person p) {
        return p.words.entrySet().stream().allMatch(w -> text.is(w.getValue(), WordClass.SURNAME_LIKE)
                && !text.get(w.getKey()).allCaps() && !text.isHeadline(text.sentenceOf(w.getKey())));
    }

    /**
     * A person the text names in full without an office, whom a public register knows as the holder of an office
     * of a place the article names (a sitting mayor or a province's deputy in a report from there), introduced by
     * a party adjective as news introduces a politician it does not title ("Ordu'da kazanan AK Partili A"): the
     * register's office. People named in passing are left out ("A'nın görevden alınması", "12 yıllık A"): the
     * text gives them no office, and a reader would not count them. A title in the text always wins.
     */
    private void fromRegistry(Person p, PlaceFinder.Result places, ArticleIndex index) {
        OfficeRegistry.Entry entry = p.keys.size() < 2 ? null : registry.find(String.join(" ", p.keys));
        if (entry == null || entry.province() == null || !named(places, entry) || !introducedByParty(p, index)) {
            return;
        }
        p.evidence.add(new Evidence(Integer.MAX_VALUE, entry.title(), entry.scope(), entry.org(), entry.party(),
                entry.province(), entry.district(), false, true));
        p.fromRegistry = true;
    }

    /**
     * "AK Partili A", and the row of a results table that opens with the party: "CHP Selçuk Balkan İzmir/Urla 32.261".
     */
    private static boolean introducedByParty(Person p, ArticleIndex index) {
        for (int first : p.words.keySet()) {
            PhraseTable.Match<Party> party = first > 0 ? index.partyEndingAt[first - 1] : null;
            if (party != null && (index.isPartyAdjective(first - 1) || opensALine(index.text, party.start()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensALine(TokenizedText text, int k) {
        return (text.get(k).sepBefore() & (Separator.NEWLINE | Separator.START)) != 0;
    }

    /**
     * "Büyükşehir Belediye Başkanı Vahap Seçer" with no place in the text or its context: a mayor the register
     * knows in that same office is the mayor of the register's place. The register gives the place only; the office
     * and the party stay the text's. A metropolitan mayor is often called plain "Belediye Başkanı" ("CHP'li belediye
     * başkanları A ve B"): the same office, which takes the register's fuller name. So is a bare "Başkan" where the
     * article names the register's place ("Başkan Mustafa Yalçın ... Talas Kaymakamı"): the register's office.
     */
    private void placeFromRegistry(Person p, PlaceFinder.Result places) {
        if (p.keys.size() < 2 || p.evidence.stream().anyMatch(Evidence::hasJurisdiction)) {
            return;
        }
        OfficeRegistry.Entry entry = registry.find(String.join(" ", p.keys));
        if (entry == null || entry.province() == null
                || (entry.scope() != TitleScope.METROPOLITAN && entry.scope() != TitleScope.MUNICIPAL)
                || p.evidence.stream().noneMatch(e -> sameMayoralty(e.title(), entry.title())
                    || (e.title().equals(CHAIR) && named(places, entry)))) {
            return;
        }
        p.evidence.add(new Evidence(Integer.MAX_VALUE, entry.title(), entry.scope(), entry.org(), null,
                entry.province(), entry.district(), false, false));
    }

    /**
     * "CHP Grup Başkan Vekili A" in a report on a council: a party group's officer whom the Assembly's register knows
     * as a deputy serves the group in the Assembly, not in the council the context names.
     */
    private void assemblyGroup(Person p) {
        if (p.keys.size() < 2) {
            return;
        }
        OfficeRegistry.Entry entry = registry.find(String.join(" ", p.keys));
        if (entry == null || entry.scope() != TitleScope.DEPUTY) {
            return;
        }
        p.evidence.replaceAll(e -> e.title().startsWith(GROUP) && e.hasJurisdiction() && !e.placeNamed()
                ? new Evidence(e.position(), e.title(), e.scope(), e.org(), e.party(), null, null, e.former(), false)
                : e);
    }

    private static final String GROUP = "Grup ";

    private static boolean sameMayoralty(String textTitle, String registerTitle) {
        return textTitle.equals(registerTitle)
                || (textTitle.equals(MAYOR) && registerTitle.equals(METROPOLITAN_MAYOR));
    }

    private static final String MAYOR = "Belediye Başkanı";
    /** "eş" of "Eş Başkan" and "belediye" (ASCII-folded). */
    private static final String CO = "es";
    private static final String MUNICIPALITY = "belediye";
    private static final String CHAIR = "Başkan";
    private static final String METROPOLITAN_MAYOR = "Büyükşehir Belediye Başkanı";
    private static final String CANDIDACY = "Adayı";

    private static boolean named(PlaceFinder.Result places, OfficeRegistry.Entry entry) {
        String place = entry.district() != null ? entry.district() : entry.province();
        for (PlaceMention m : places.places()) {
            if (m.unit().name().equals(place) && m.unit().province().equals(entry.province())) {
                return true;
            }
        }
        return false;
    }

    /** "Tuna'nın yerine Selim Ak atandı": the successor takes the predecessor's office. */
    private void successors(TokenizedText text, ArticleIndex index, Map<String, Person> persons,
                            Map<Person, Person> merged, List<Person> officials, List<Span> personSpans) {
        for (Replacements.Replacement r : replacements.find(index)) {
            Person predecessor = officialMentionedAt(officials, text.get(r.predecessor()).start());
            if (predecessor == null) {
                continue;
            }
            Person named = mention(text, r.successor(), persons, personSpans);
            Person successor = merged.getOrDefault(named, named);
            if (successor == predecessor || !successor.evidence.isEmpty()) {
                continue;
            }
            Evidence office = predecessor.evidence.stream().min(Comparator.comparingInt(Evidence::position)).orElseThrow();
            successor.evidence.add(new Evidence(r.successor().start(), office.title(), office.scope(), office.org(),
                    office.party(), office.province(), office.district(), false, office.placeNamed()));
            officials.add(successor);
        }
    }

    private static Person officialMentionedAt(List<Person> officials, int charOffset) {
        for (Person p : officials) {
            for (Span s : p.mentions.values()) {
                if (s.start() <= charOffset && charOffset < s.end()) {
                    return p;
                }
            }
        }
        return null;
    }

    /** "Vali Yüksel": the office goes to the person of that surname, or to a person known by the surname only. */
    private void titledSurname(TokenizedText text, TitleEvidenceFinder.Found f, List<Person> persons,
                               List<Span> personSpans) {
        String key = text.key(f.surname());
        Person owner = ownerOfSurname(key, f.surname(), persons);
        if (owner == null) {
            owner = mistypedOwner(key, f.evidence().title(), persons);
        }
        Token t = text.get(f.surname());
        Span span = new Span(t.start(), t.stemEnd());
        if (owner == null) {
            if (!officeNamesASurname(text, f) || !surnameAlone(text, key)) {
                return;
            }
            owner = new Person(List.of(key), text.stem(f.surname()), t.allCaps());
            persons.add(owner);
        }
        owner.evidence.add(f.evidence());
        owner.mentions.put(span.start(), span);
        personSpans.add(span);
    }

    /**
     * Whether the office before a surname makes it a person's: any office but a generic one, and of those only the bare
     * "Başkan", which news uses for the mayor or chair it names by the surname alone ("Başkan Fıçı, ... belirtti");
     * not in a headline, whose capitals make any word look like a name ("Yeni Başkan Belli Oldu").
     */
    private static boolean officeNamesASurname(TokenizedText text, TitleEvidenceFinder.Found f) {
        if (f.evidence().scope() != TitleScope.GENERIC) {
            return true;
        }
        return f.evidence().title().equals(Title.BARE_HEAD) && !text.isHeadline(text.sentenceOf(f.surname()));
    }

    /**
     * "Kaymakam Köken'e", "İl Emniyet Müdürü Yüksek": after an office, a capitalised word that is no given name, title or
     * other word of the stop list, and that the text writes as a proper name somewhere, is the holder's surname, though
     * the register of surnames (the most common thousand) lacks it.
     */
    private boolean surnameAlone(TokenizedText text, String key) {
        if (names.looksLikeSurname(key)) {
            return true;
        }
        if (names.isStopword(key) || names.isGivenName(key)) {
            return false;
        }
        for (int k = 0; k < text.size(); k++) {
            // a proper name shows itself by the apostrophe before its case ("Köken'e") or set off as a subject
            if (text.key(k).equals(key) && text.get(k).capitalized() && !text.get(k).allCaps()
                    && (text.get(k).hasApostrophe()
                    || (k + 1 < text.size() && Separator.isListComma(text.get(k + 1).sepBefore())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "İçişleri Bakanı Süleyman Soylu ... Bakan Soyulu'nun": the one official whose surname is a letter apart from the
     * titled surname and whose office holds its title is the one meant; null where none or several are.
     */
    private static Person mistypedOwner(String key, String title, List<Person> persons) {
        Person owner = null;
        for (Person p : persons) {
            if (!p.evidence.isEmpty() && Math.min(key.length(), p.surname().length()) >= MIN_MISTYPED_SURNAME
                    && TurkishText.withinOneEdit(key, p.surname()) && firstTitle(p).contains(title)) {
                if (owner != null) {
                    return null;
                }
                owner = p;
            }
        }
        return owner;
    }

    private static Person ownerOfSurname(String key, int token, List<Person> persons) {
        Person best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Person p : persons) {
            if (!p.surname().equals(key)) {
                continue;
            }
            int distance = Integer.MAX_VALUE - 1;
            for (Span s : p.mentions.values()) {
                distance = Math.min(distance, Math.abs(s.start() - token));
            }
            boolean better = best == null || (!p.evidence.isEmpty() && best.evidence.isEmpty())
                    || (p.evidence.isEmpty() == best.evidence.isEmpty() && distance < bestDistance);
            if (better) {
                best = p;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Surname-only mentions of officials ("Aslanoğlu", "Sakarsu'yu"), given to the nearest one named before. */
    private void surnameMentions(TokenizedText text, ArticleIndex index, List<Person> officials,
                                 List<Span> personSpans) {
        Map<String, List<Person>> bySurname = new HashMap<>();
        for (Person p : officials) {
            bySurname.computeIfAbsent(p.surname(), k -> new ArrayList<>()).add(p);
        }
        for (int i = 0; i < text.size(); i++) {
            Token t = text.get(i);
            if (!t.capitalized() || index.nameCovering[i] >= 0) {
                continue;
            }
            List<Person> owners = bySurname.get(t.key());
            if (owners == null || index.partyStartingAt[i] != null
                    || (index.placeEndingAt[i] != null && i + 1 < text.size()
                    && text.is(i + 1, WordClass.OFFICE_CUE))) {
                continue;
            }
            Person owner = owners.get(0);
            int nearest = -1;
            for (Person p : owners) {
                for (Span s : p.mentions.values()) {
                    if (s.start() < t.start() && s.start() > nearest) {
                        nearest = s.start();
                        owner = p;
                    }
                }
            }
            Span span = new Span(t.start(), t.stemEnd());
            if (owner.mentions.putIfAbsent(span.start(), span) == null) {
                personSpans.add(span);
                owner.words.put(i, i);
            }
        }
    }

    /**
     * The party the text says this person joined at any of their mentions ("Er de AK Parti'ye katıldı", "AK Parti'ye
     * geçen Er'in"), or null.
     */
    private static String joinedParty(ArticleIndex index, Person p) {
        for (Map.Entry<Integer, Integer> mention : p.words.entrySet()) {
            Party party = PartySwitch.joinedBefore(index, mention.getKey());
            if (party == null) {
                party = PartySwitch.joinedByMention(index, mention.getValue());
            }
            if (party != null) {
                return party.shortName();
            }
        }
        return null;
    }

    /**
     * The party of an adjective right before any mention of this person ("CHP'li Tugay", "AK Partili Öztürk"), in a
     * quotation too, or of the party's group in a council they come from ("AK Parti Grubundan Şireci"), or the party
     * that nominated them for an office ("AK Parti, Ertuğrul'u başkanlığa aday gösterdi"), or null: the text ties
     * them to it even where no title stands beside it.
     */
    private static String adjectiveParty(ArticleIndex index, Person p) {
        for (int start : p.words.keySet()) {
            if (start > 0 && index.partyEndingAt[start - 1] != null && index.isPartyAdjective(start - 1)
                    && Separator.isPhraseInternal(index.text.get(start).sepBefore())) {
                return index.partyEndingAt[start - 1].value().shortName();
            }
            if (start > 1 && PARTY_GROUP_MEMBER.contains(index.text.key(start - 1))
                    && index.partyEndingAt[start - 2] != null && index.text.get(start - 1).spaceBefore()
                    && Separator.isPhraseInternal(index.text.get(start).sepBefore())) {
                return index.partyEndingAt[start - 2].value().shortName();
            }
        }
        for (Map.Entry<Integer, Integer> mention : p.words.entrySet()) {
            Party nominator = Nominations.nominatorOf(index, mention.getKey(), mention.getValue());
            if (nominator != null) {
                return nominator.shortName();
            }
        }
        return null;
    }

    /** A party's group in a council, a member of which is named next: "CHP Grubundan A", "MHP grubundaki B". */
    private static final java.util.Set<String> PARTY_GROUP_MEMBER = java.util.Set.of("grubundan", "grubundaki");

    /** The party a public register gives the person of this full name, or null. */
    private String registeredParty(Person p) {
        OfficeRegistry.Entry entry = p.keys.size() < 2 ? null : registry.find(String.join(" ", p.keys));
        return entry == null ? null : entry.party();
    }

    /**
     * "adaylarını açıkladı", "aday tanıtım toplantısı", "aday gösterdi": a sentence that announces or presents
     * candidates, which only a party does.
     */
    private static boolean announcesCandidates(TokenizedText text) {
        boolean candidacy = false;
        boolean announcing = false;
        for (int k = 0; k < text.size(); k++) {
            if (k > 0 && text.sentenceOf(k) != text.sentenceOf(k - 1)) {
                candidacy = false;
                announcing = false;
            }
            String key = text.key(k);
            candidacy |= key.startsWith(CANDIDACY_WORD);
            announcing |= TurkishText.startsWithAny(key, ANNOUNCING);
            if (candidacy && announcing) {
                return true;
            }
        }
        return false;
    }

    private static final String CANDIDACY_WORD = "aday";
    private static final List<String> ANNOUNCING = List.of("acikla", "tanit", "goster");

    private static Analysis.Official official(Person p, GroupParties.Found groups, String joined, String adjective,
                                              String registered, String soleParty) {
        List<Evidence> evidence = new ArrayList<>(p.evidence);
        evidence.sort(Comparator.comparingInt(Evidence::position));
        Evidence first = evidence.get(0);
        String title = first.title();
        String org = first.org();
        String party = first.party();
        boolean partyOfPast = first.former();
        boolean partyOfCandidacy = first.title().endsWith(CANDIDACY);
        String province = first.province();
        String district = first.district();
        TitleScope scope = first.scope();
        boolean placeNamed = first.placeNamed();
        for (Evidence e : evidence.subList(1, evidence.size())) {
            boolean sameOffice = e.title().equals(title);
            if (refines(scope, title, e)) {
                title = e.title();
                scope = e.scope();
                if (e.org() != null) {
                    org = e.org();
                }
                if (e.hasJurisdiction()) {
                    province = e.province();
                    district = e.district();
                    placeNamed = e.placeNamed();
                }
            } else if (sameOffice && e.hasJurisdiction()
                    && ((province == null && district == null) || (e.placeNamed() && !placeNamed))) {
                // The place named with the title is better than one taken from the context before.
                province = e.province();
                district = e.district();
                org = e.org() != null ? e.org() : org;
                placeNamed = e.placeNamed();
            }
            // "AKP'li eski başkan A ... A, YRP adayı oldu": the party of a past office yields to one of a present
            // office, and the party of an office held to that of a candidacy, which is the party one belongs to now
            boolean candidacy = e.title().endsWith(CANDIDACY) && !e.former();
            if (e.party() != null && (party == null || (partyOfPast && !e.former())
                    || (candidacy && !partyOfCandidacy))) {
                party = e.party();
                partyOfPast = e.former();
                partyOfCandidacy = candidacy;
            }
        }
        String name = p.displayFromCaps ? TurkishText.capitalizeWords(TurkishText.lower(p.display)) : p.display;
        if (joined != null && !first.former()) {
            // the party joined is the one held now, whatever the office's own mention or a group's move said
            party = joined;
        } else {
            party = groups.partyOf(title, first.former(), party, p.mentions.keySet());
        }
        if (party == null) {
            party = adjective;
        }
        if (party == null && scope.isParty()) {
            party = registered; // "Genel Başkan Özgür Özel": a party office whose party the register knows
        }
        if (party == null && title.endsWith(CANDIDACY) && !first.former()) {
            party = soleParty; // a party names its candidates: in an article of one party that names some, its
        }
        return new Analysis.Official(OfficialIds.of(name), name, title, org, party, province, district,
                first.former(), p.fromRegistry ? Analysis.Official.FROM_REGISTRY : Analysis.Official.FROM_TEXT,
                List.copyOf(p.mentions.values()));
    }

    /**
     * A later title that names the same office more fully: "Başkan" → "Belediye Başkanı" → "Büyükşehir Belediye
     * Başkanı", "Bakan" → "Çevre ve Şehircilik Bakanı", "Ulaştırma Bakanı" → "Ulaştırma ve Altyapı Bakanı": the
     * later title ends with the same head word (possibly inflected: "Bakan" / "Bakanı") and has every earlier word
     * before it, in order.
     */
    private static boolean refines(TitleScope scope, String title, Evidence later) {
        if (scope == TitleScope.GENERIC) {
            return later.scope() != TitleScope.GENERIC;
        }
        String[] before = TurkishText.asciiFold(title).split(" ");
        String[] after = TurkishText.asciiFold(later.title()).split(" ");
        if (after.length <= before.length || !after[after.length - 1].startsWith(before[before.length - 1])
                || (List.of(before).contains(MUNICIPALITY) && List.of(after).contains(CO)
                    && !List.of(before).contains(CO))) {
            return false; // "Belediye Başkanı" then "Belediye Eş Başkanı": one mayoralty told two ways, the first kept
        }
        int matched = 0;
        for (int k = 0; k < after.length - 1 && matched < before.length - 1; k++) {
            if (after[k].equals(before[matched])) {
                matched++;
            }
        }
        return matched == before.length - 1;
    }
}
