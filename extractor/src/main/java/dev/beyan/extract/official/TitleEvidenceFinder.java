package dev.beyan.extract.official;

import dev.beyan.extract.data.CivilBodies;
import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.data.Titles;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.extract.text.WordClass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where the text gives a person an office, in the shapes of Turkish news copy:
 * <ul>
 *   <li>title before the name: "[eski] [CHP] [İzmir] İl Başkanı [Dr.] Şenol Aslanoğlu", also "Bursa Valisi
 *   olarak atanan Selim Karataş" and "Kula belediye başkanı MHP'li Erol Tuncer";</li>
 *   <li>chained titles, the first one counting: "Cumhurbaşkanı ve X Parti Genel Başkanı Ad
 *   Soyad", "Bolu Milletvekili seçilen DEVA Partisi Genel Sekreteri Ayten Koru";</li>
 *   <li>title after the name, as an apposition: "Selin Karaca, AK Parti Bolu İl Başkanı olarak atandı";</li>
 *   <li>the office noun a few words before the name: "İl Başkanlığı'na Selim Ocakçı atandı", "belediye
 *   başkanlığını CHP adına ikinci kez kazanan Orhan Yazgan";</li>
 *   <li>a plural title before a list of names, also across a colon: "meclis üyeleri X ve Y", "meclis
 *   üyelerinin adları şöyle: X, Y, Z";</li>
 *   <li>a title before a surname alone: "Vali Yüksel", "Cumhurbaşkanı Erdoğan";</li>
 *   <li>the lines of an election result: "Didim CHP Orhan Yazgan" in an article about mayors.</li>
 * </ul>
 * A bare "Başkan" in a sentence that has just named a mayoralty or a party chair is that office ("X Büyükşehir
 * Belediye Başkanlığı'na seçilen A, görevi eski başkan B'den aldı").
 */
final class TitleEvidenceFinder {
    /** Honorifics between a title and a name: "Belediye Başkanı Dr. Leyla Sarıgül", "Sayın". */
    /** How many honorifics may stand before one name in a list: "Prof. Dr. Av. X". */
    private static final int MAX_HONORIFICS = 3;
    static final Set<String> HONORIFICS = Set.of(
            "dr", "prof", "prf", "doc", "yrd", "ogr", "gor", "av", "avukat", "op", "uzm", "dt", "ecz", "muh", "mim",
            "sayin", "sn",
            // professions news puts between an office and its holder: "Başkan Adayımız Avukat X"
            "muhendis", "doktor", "ogretmen", "eczaci", "mimar", "ekonomist", "akademisyen", "gazeteci", "emekli",
            // the judge who chairs an election board: "İlçe Seçim Kurulu Başkanı Hakim X"
            "hakim",
            // military and police ranks, with their service: "İl Jandarma Komutanı (Jandarma) Kıdemli Albay X"
            "jandarma", "piyade", "personel", "levazim", "istihkam", "muhabere", "topcu", "kurmay", "kidemli", "albay", "yarbay", "binbasi", "yuzbasi", "ustegmen", "tegmen", "astsubay", "tuggeneral",
            "tumgeneral", "korgeneral", "orgeneral", "tugamiral", "tumamiral", "koramiral", "oramiral", "komiser",
            "baskomiser", "amir",
            // the ranks abbreviated: "İlçe Jandarma Komutanı J. Bnb. X", "Kd. Alb. Y"; a specialist physician: "Uzman Dr. Z"
            "j", "bnb", "yzb", "alb", "yb", "tgm", "utgm", "kur", "kd", "uzman",
            // the late holder of an office: "Kurucu Genel Başkanı merhum X"
            "merhum", "merhume", "rahmetli",
            // a local paper's epithet for a holder from its town: "Sinop Milletvekili, hemşehrimiz X"
            "hemsehrimiz", "hemserimiz");
    private static final String AS = "olarak";
    private static final String BEING = "olan";
    /** Words after an apposed title that keep it the name's: "X, ... Başkanı olarak / seçildi / oldu / iken". */
    private static final Set<String> APPOSITION_ENDS = Set.of(
            "olarak", "secildi", "oldu", "olan", "iken", "atandi", "getirildi", "secilen", "sifatiyla");
    /** Finite verbs of becoming or being made an office holder, after a predicate title. */
    private static final Set<String> BECOMING = Set.of(
            "secildi", "atandi", "gosterildi", "oldu", "getirildi", "gorevlendirildi", "belirlendi", "ilan",
            "aciklandi");
    /** Participles of taking office that link a title to a name further on ("Milletvekili seçilen ... X"). */
    private static final Set<String> APPOINTED = Set.of("secilen", "atanan", "getirilen", "gorevlendirilen");
    /** The topic particle: "Başkan Adayı ise Ali Kaya olarak belirlendi". */
    private static final String TOPIC = "ise";
    /** What makes the name after a topic the title's holder: "olarak (belirlendi)", "oldu". */
    private static final Set<String> PREDICATE_COPULAS = Set.of("olarak", "oldu");
    /** How far an office noun may stand before its holder's name ("... başkanlığını Y adına 2. kez kazanan X"). */
    private static final int OFFICE_NOUN_WINDOW = 7;
    /** How many capitalised words a second title in a chain may have ("ve Marmara Belediyeler Birliği Başkanı"). */
    private static final int CHAIN_WINDOW = 8;
    /** How many words a participial clause between an office and its holder may have. */
    private static final int CLAUSE_WINDOW = 14;
    /** Stems of taking or holding an office: atandı, seçilen, getirildi, kazanan, görevini yürüten, devraldı. */
    private static final List<String> OFFICE_TAKING = List.of(
            "atan", "secil", "getiril", "kazan", "yurut", "gorevlendiril", "devral", "asil", "sec");
    /** "AK Parti'de il başkanlığı yapan A": the participle of serving in an office, right after its noun. */
    private static final String SERVING = "yapan";
    /** How many words of a sentence are searched for a verb of taking office. */
    private static final int SENTENCE_WINDOW = 120;
    /** How far a plural title may stand before the colon that opens its list of names ("... isimleri şöyle:"). */
    private static final int COLON_WINDOW = 6;
    /**
     * Head words that are an office only when a party is named with them ("CHP lideri", "İYİ Parti Sözcüsü",
     * "DEM'li vekil").
     */
    private static final Set<String> PARTY_ONLY_HEADS = Set.of(
            "lideri", "sozcusu", "vekil", "vekili", "vekiller", "vekilleri", "vekilimiz");
    /** "partinin lideri", "partimizin sözcüsü": the genitive points back to the party the text is about. */
    private static final Set<String> PARTY_GENITIVES = Set.of("partinin", "partimizin", "partisinin");
    private static final String MINISTER = "bakani";
    private static final String PARTY_NOUN = "partisi";
    /** Head nouns of bodies other than parties, whose offices share names with party offices ("Genel Sekreteri"). */
    private static final List<String> BODY_HEADS = List.of("belediyesi", "bakanligi", "valiligi", "mudurlugu",
            "baskanligi", "odasi", "dernegi", "vakfi", "sendikasi", "universitesi", "kurumu", "kurulu", "birligi",
            "federasyonu", "konfederasyonu");
    private static final int MAX_ABBREVIATION = 6;
    /** The head nouns of a party unit's office ("Seçim İşleri Başkanı", "Gençlik Koordinatörü"). */
    private static final Set<String> PARTY_UNIT_HEADS = Set.of("baskani", "koordinatoru", "sorumlusu");
    /**
     * Words of a party unit's name that are never part of a person's name, and so no body's name either:
     * "Teşkilat Başkanı", "Yerel Yönetimler Başkanı".
     */
    private static final Set<String> PARTY_UNIT_WORDS = Set.of("teskilat", "yerel", "yonetimler");
    private static final Set<String> LOCAL_LEVELS = Set.of("il", "ilce");
    private static final String MINISTER_OURS = "bakanimiz";
    private static final List<String> EVENTS = List.of("toren", "toplanti", "program", "etkinlig", "etkinlik",
            "acilis", "ziyaret", "kongre", "gorusme", "miting", "bulusma", "kutlama", "resepsiyon", "panel", "zirve");
    /** "İçişleri Bakan Yardımcısı": the deputy minister names the ministry with the bare stem. */
    private static final String MINISTER_STEM = "bakan";
    /** "Dışişleri Bakanlığı Sözcüsü": a ministry's spokesperson. */
    private static final String MINISTRY = "bakanligi";
    private static final String SPOKESPERSON = "sozcusu";
    private static final String DEPUTY = "yardimcisi";
    /** "Ticaret Bakan Yardımcıları A ile B": several deputies of one ministry. */
    private static final String DEPUTIES = "yardimcilari";
    private static final String CENTRAL = "merkez";
    private static final String COMMITTEE = "komisyonu";
    private static final String PARLIAMENT = "tbmm";
    private static final String MEMBER = "uyesi";
    private static final String DUTY = "gorev";
    /** What a committee's office may be, by the key after "Komisyonu". */
    private static final Map<String, String> COMMITTEE_ROLES = Map.of(
            "baskani", "Başkanı", "baskanvekili", "Başkanvekili", "uyesi", "Üyesi", "sozcusu", "Sözcüsü");
    private static final String IN_PLACE_OF = "yerine";
    private static final String VOTES = "oy";
    /** "65. Dönem Ulaştırma Bakanı": the term number stands before the office, outside the ministry's name. */
    private static final String TERM = "donem";
    /**
     * Lower-case words inside a chain of one holder's titles: "Başkan Vekili, İmar Komisyonu Başkanı ve Spor
     * Kulübü Başkan Yardımcısı olan X", "Divan Üyesi olarak görev yapan ve aynı zamanda Milletvekili olan Y", and
     * the former adjective of a second office ("MKYK Üyesi ve eski Bakan Z": the first, current, office counts).
     */
    private static final Set<String> CHAIN_LINKS = Set.of("ve", "olan", "olarak", "gorev", "yapan", "ayni", "zamanda",
            "eski");
    /** Parties nominate candidates: a party named earlier in the sentence is the candidate's. */
    private static final String CANDIDATE = "Adayı";
    /** Words of an article about mayors, which makes "Place Party Name" lines election results. */
    private static final String MAYOR_PREFIX = "belediye";
    private static final String HEAD_KEY = "baskan";

    /** An office given to the person named at {@code name}, or (name == null) to the surname at {@code surname}. */
    record Found(NameSpan name, int surname, Evidence evidence) {
    }

    private final Titles titles;
    private final CivilBodies civilBodies;
    private final PersonNameFinder nameFinder;
    private final ModifierScanner modifiers = new ModifierScanner();
    private final Jurisdictions jurisdictions = new Jurisdictions();
    private final InstitutionContext institutions = new InstitutionContext();

    TitleEvidenceFinder(Titles titles, CivilBodies civilBodies, PersonNameFinder nameFinder) {
        this.titles = titles;
        this.civilBodies = civilBodies;
        this.nameFinder = nameFinder;
    }

    /** Per-article state: the last specific "başkan" office per sentence, for a bare "Başkan" to inherit. */
    /** Offices only a party's members hold: a seat in parliament and the party's own offices. */
    private static final Set<TitleScope> PARTY_MEMBERS_ONLY = Set.of(TitleScope.DEPUTY, TitleScope.PARTY_NATIONAL,
            TitleScope.PARTY_PROVINCE, TitleScope.PARTY_DISTRICT);

    private static final class Scan {
        final ArticleIndex index;
        final List<Found> out = new ArrayList<>();
        Evidence lastHeadOffice;
        int lastHeadSentence = -1;
        /** The office was named as a noun ("İl Başkanlığında"), not as the title of a name. */
        boolean lastHeadVacant;
        /** The last holder's name end, office and party, for the next item of a list of the same office. */
        int lastNameEnd = -2;
        Title lastTitle;
        Party lastParty;
        /** The party the text tied to each holder found so far, by the key of their surname. */
        final Map<String, Party> partyBySurname = new HashMap<>();

        Scan(ArticleIndex index) {
            this.index = index;
        }

        void listed(int nameEnd, Title title, Party party) {
            lastNameEnd = nameEnd;
            lastTitle = title;
            lastParty = party;
        }

        /**
         * "CHP'li Esenyurt Belediye Başkanı A, Avcılar Belediye Başkanı B": a party before the first of a comma list
         * of holders of the same office is each holder's. So is a party before a list of deputies and party
         * officers, whatever each one's office ("DSP Grup Başkanvekili A, Sinop Milletvekili B ve Rize Milletvekili
         * C"): only members of a party hold those.
         */
        Party partyOfListBefore(int itemStart, Title title) {
            TokenizedText text = index.text;
            boolean afterComma = lastNameEnd + 1 == itemStart && Separator.isListComma(text.get(itemStart).sepBefore());
            boolean afterAnd = lastNameEnd + 2 == itemStart && text.key(lastNameEnd + 1).equals("ve")
                    && text.get(lastNameEnd + 1).spaceBefore() && text.get(itemStart).spaceBefore();
            if (lastNameEnd < 0 || text.get(lastNameEnd).hasApostrophe()) {
                return null;
            }
            if (afterComma && title.equals(lastTitle)) {
                return lastParty;
            }
            boolean partyMembers = lastTitle != null && PARTY_MEMBERS_ONLY.contains(lastTitle.scope())
                    && PARTY_MEMBERS_ONLY.contains(title.scope());
            return (afterComma || afterAnd) && partyMembers ? lastParty : null;
        }
    }

    List<Found> find(ArticleIndex index) {
        Scan scan = new Scan(index);
        TokenizedText text = index.text;
        for (int i = 0; i < text.size(); i++) {
            if (index.nameCovering[i] >= 0 || index.inParty[i]) {
                continue;
            }
            PhraseTable.Match<Title> match = ministerAt(index, i);
            if (match == null) {
                match = committeeAt(index, i);
            }
            if (match == null) {
                match = partyUnitAt(index, i);
            }
            if (match == null) {
                match = Directorates.at(index, titles, i);
            }
            if (match == null) {
                match = MunicipalUnits.at(index, titles, i);
            }
            if (match == null && text.is(i, WordClass.TITLE_START)) {
                match = titles.match(text.tokens(), i);
                if (match != null && text.is(i, WordClass.OFFICE_NOUN_START)) {
                    // "Belediye Başkan Vekilliğine A seçildi": the office as a noun, not "Belediye Başkan" before it
                    PhraseTable.Match<Title> noun = titles.matchOfficeNoun(text.tokens(), i);
                    match = noun != null && noun.end() > match.end() ? noun : match;
                }
            }
            if (match == null && text.is(i, WordClass.OFFICE_NOUN_START)) {
                match = titles.matchOfficeNoun(text.tokens(), i);
            }
            if (match == null) {
                continue;
            }
            found(scan, match);
            i = match.end();
        }
        if (aboutMayors(text)) {
            electionResultLines(scan);
        }
        return scan.out;
    }

    /** Units of time after a number before an office: "2 dönem", "3 kez", "10 yıl". */
    private static final Set<String> TENURE = Set.of(TERM, "kez", "defa", "yil", "sene");
    /** How large a count of officials may be; a larger number is a year or an amount. */
    private static final int MAX_COUNT = 999;

    /**
     * A cardinal number opens the modifiers of a title: "8 CHP meclis üyesi", "3 il başkanı"; not the number that
     * begins a place's name ("19 Mayıs Kaymakamı").
     */
    private static boolean counted(ArticleIndex index, int modsStart, int titleStart) {
        TokenizedText text = index.text;
        for (int j = Math.max(0, modsStart - 1); j < titleStart; j++) {
            Token t = text.get(j);
            Token next = text.get(j + 1);
            PlaceMention placeAfter = index.placeEndingAt[j + 1];
            if (placeAfter != null && placeAfter.start() == j) {
                continue;
            }
            boolean termList = next.digits() || next.key().equals("ve")
                    || (Separator.isListComma(t.sepBefore()) && j > 0 && text.get(j - 1).digits());
            // a number with a case ending or after a colon is a time or a date: "saat 20:00'de Genel Başkan A"
            boolean timeOrDate = t.hasApostrophe() || (t.sepBefore() & Separator.COLON) != 0;
            // "2 dönem Belediye Başkanlığı görevini yürüten A": how long the office was held, not how many hold it
            boolean tenure = TENURE.contains(next.key());
            if (t.digits() && next.sepBefore() == Separator.SPACE && !termList && !timeOrDate && !tenure
                    && t.key().length() <= 3 && Integer.parseInt(t.key()) <= MAX_COUNT) {
                return true; // but not "25, 26 ve 27. dönem milletvekili"
            }
        }
        return false;
    }

    private void found(Scan scan, PhraseTable.Match<Title> match) {
        ArticleIndex index = scan.index;
        Title title = match.value();
        Modifiers mods = modifiers.scan(index, match.start());
        if (civilBodies.endsRightBefore(index.text.tokens(), mods.start())
                || civilBodies.endsRightBefore(index.text.tokens(), match.start() + 1)) {
            // "Memur-Sen Genel Başkanı", "Esnaf Odası Başkan Vekili", "OSB Bölge Müdürü": no public or party office
            return;
        }
        if (chamberCouncilsChair(index, match)) {
            return;
        }
        if (!title.plural() && counted(index, mods.start(), match.start())) {
            // "8 CHP meclis üyesi Ertuğrul'a oy vermedi": a counted group, not the office of the name after it; but
            // its members when a list follows a colon ("getirilen 10 Meclis Üyesi ise şunlar; A, B, ...")
            listAfterColon(scan, title, match, mods, mods.party());
            return;
        }
        if (!mods.former() && formerInside(index.text, match)) {
            mods = new Modifiers(mods.start(), mods.party(), mods.places(), true);
        }
        if (title.plural() && possessorOfTheNextName(index.text, match.end())) {
            return; // "milletvekillerinin Özel Kalem Müdürlüğü'ne": the group owns what follows, it titles no one
        }
        boolean bare = match.start() == match.end();
        if (bare && PARTY_ONLY_HEADS.contains(index.text.key(match.end())) && mods.party() == null
                && !afterPartyGenitive(index, match.start())) {
            return;
        }
        if (inTheGenitive(index.text, match.end())
                || (!title.officeNoun() && inAnObliqueCase(index.text, match.end()))) {
            // "Sayın Bakan'ın Karadeniz'in illerine": a title in the genitive owns what follows, no holder; "Bakan'a
            // Vali A eşlik etti": one in another case is the verb's object, and the name after it someone else; but
            // an office in the dative is given to the name after it ("İl Başkanlığı'na A seçildi")
            return;
        }
        After after = after(index, match.end() + 1);
        // "favori adayı X": whose candidate, for what, the text does not say; but "İttifakın adayı CHP'li X" does
        if (bare && title.canonical().endsWith(CANDIDATE) && mods.party() == null && mods.places().isEmpty()
                && after.party == null) {
            return;
        }
        Title acting = bare && title.canonical().endsWith(CANDIDATE)
                ? Nominations.actingMayorCandidacy(index.text, match.start()) : null;
        if (acting != null) {
            title = acting; // "Başkanvekili seçimi yapıldı. Seçimde DSP'nin adayı A"
        }
        if (title.officeNoun()) {
            officeNounHolder(scan, match, mods);
            return;
        }
        if (bare && title.scope() == TitleScope.GENERIC && after.next < index.text.size()
                && introducedAsCivilHead(index, after.next)) {
            return; // "Başkan Bal" after "Esnaf Odası Başkanı Cem Bal": the body's head again, no public office
        }
        Party joined = PartySwitch.joinedBefore(index, mods.start());
        Party party = joined != null ? joined : mods.party() != null ? mods.party() : after.party;
        NameSpan name = nameAt(index, after.next);
        if (name == null) {
            name = listLineName(index, mods.start(), after.next);
        }
        if (name == null && !afterInPlaceOf(index, mods.start()) && !afterAGivenName(index, mods.start())) {
            // A plural title is followed by its own list: a comma there opens the next item, not a chain.
            // So does a title right after a name, which is that name's ("A yerine B Belediye Başkan Vekili, ...").
            boolean commaChains = index.text.get(match.start()).capitalized() && !title.plural()
                    && !afterAName(index, mods.start());
            Chained chained = chained(index, after.next, commaChains, title.plural(), title.scope().isParty());
            if (chained != null) {
                name = chained.name;
                party = chained.joined || party == null ? chained.party : party;
            }
        }
        if (name != null && FUTURE_BEING.contains(index.text.key(name.end() + 1))) {
            return; // "13. Cumhurbaşkanı Sayın A olacak": an office foretold, not held
        }
        if (name != null) {
            Party joinedLater = PartySwitch.joinedAfter(index, name.end());
            Party tied = joinedLater != null ? joinedLater : partyTiedTo(index, party, name);
            if (tied == null) {
                tied = scan.partyOfListBefore(mods.start(), title);
            }
            if (tied == null) {
                tied = groupSpokenFor(index, mods.start());
            }
            if (tied != null) {
                scan.partyBySurname.put(index.text.key(name.end()), tied);
            }
            scan.listed(name.end(), title, tied != null ? tied : impliedParty(index, title, mods, match));
            if (title.plural() || after.appointed) {
                // "Meclis Üyesi olarak seçilen A ve B": the participle's subjects share the title
                distribute(scan, title, match, mods, tied, listed(index, name));
            } else if (heldByMany(title)) {
                distribute(scan, title, match, mods, tied, sharedByBareNames(index, name));
            } else {
                distribute(scan, title, match, mods, tied, List.of(new Listed(name,
                        mods.places().isEmpty() ? placeInParentheses(index, name.end() + 1) : null)));
            }
            return;
        }
        if (surnameAt(index, after.next) && !(title.plural() && !index.text.is(after.next, WordClass.SURNAME_LIKE))) {
            // after a plural title only a known surname is one: "İl Başkanları Toplantısı" is the meeting's name
            Evidence e = evidence(scan, title, match, mods, partyOrAdjective(index, party, after.next));
            scan.out.add(new Found(null, after.next, e));
            return;
        }
        if (title.plural()) {
            listAfterColon(scan, title, match, mods, party);
            return;
        }
        NameSpan apposed = apposedName(index, mods.start(), match.end() + 1);
        if (apposed != null && title.scope() != TitleScope.GENERIC) {
            Evidence e = evidence(scan, title, match, mods, partyTiedTo(index, party, apposed));
            scan.out.add(new Found(apposed, -1, e));
            boolean predicate = index.text.get(mods.start()).sepBefore() == Separator.SPACE;
            for (NameSpan n = predicate ? coordinatedBefore(index, apposed) : null; n != null;
                 n = coordinatedBefore(index, n)) {
                scan.out.add(new Found(n, -1, e)); // "A, B ve C belediye başkan yardımcısı oldu": each of them
            }
        }
    }

    /** The name coordinated right before {@code name} ("A ve B", "A, B"), or null. */
    private static NameSpan coordinatedBefore(ArticleIndex index, NameSpan name) {
        TokenizedText text = index.text;
        int start = name.start();
        int last;
        if (start >= 2 && text.key(start - 1).equals("ve") && text.get(start - 1).spaceBefore()
                && text.get(start).spaceBefore()) {
            last = start - 2;
        } else if (start >= 1 && Separator.isListComma(text.get(start).sepBefore())) {
            last = start - 1;
        } else {
            return null;
        }
        int k = index.nameCovering[last];
        NameSpan before = k >= 0 ? index.names.get(k) : null;
        return before != null && before.end() == last && !text.get(last).hasApostrophe() ? before : null;
    }

    private static final String FORMER_WORD = "eski";

    /** How many words a converb's clause between the subject and its predicate may have. */
    private static final int CONVERB_CLAUSE_WORDS = 8;
    private static final List<String> CONVERB_ENDINGS = List.of("arak", "erek");

    /**
     * "A, 119 oydan 116'sını alarak yeni ilçe başkanı seçildi": where word {@code end} closes a converb's clause
     * that follows a comma, the word before the comma, the subject's last; else {@code end}.
     */
    private static int beforeConverbClause(TokenizedText text, int end) {
        if (end <= 0 || CONVERB_ENDINGS.stream().noneMatch(text.key(end)::endsWith)) {
            return end;
        }
        for (int k = end; k > 0 && k > end - CONVERB_CLAUSE_WORDS; k--) {
            int sep = text.get(k).sepBefore();
            if (Separator.isListComma(sep)) {
                return k - 1;
            }
            if (Separator.isBoundary(sep)) {
                return end;
            }
        }
        return end;
    }

    /** "olacak", "olacaktır": the future of being, which makes the title before a name a forecast. */
    private static final Set<String> FUTURE_BEING = Set.of("olacak", "olacaktir");

    /** A party's chairs at a level, which a wing's name may precede across the place: "Kadın Kolları Yalova İl Başkanı". */
    private static final Set<String> LEVEL_CHAIRS = Set.of("İl Başkanı", "İlçe Başkanı");
    private static final Map<String, String> WING_NAMES = Map.of("kadin", "Kadın", "genclik", "Gençlik");
    private static final String WING = "kollari";
    /** How many capitalised words (the place) may stand between the wing and the chair. */
    private static final int WING_WINDOW = 3;

    /** "AK Parti Kadın Kolları Yalova İl Başkanı": the wing named before the place of a level's chair, or null. */
    private static String wingBefore(TokenizedText text, int titleStart) {
        for (int k = titleStart - 1; k > 0 && k >= titleStart - 1 - WING_WINDOW; k--) {
            if (!text.get(k).capitalized() || !text.get(k + 1).spaceBefore() || text.get(k).hasApostrophe()) {
                return null;
            }
            if (text.key(k).equals(WING) && text.get(k).spaceBefore()) {
                return WING_NAMES.get(text.key(k - 1));
            }
        }
        return null;
    }

    /**
     * "X'in yerine kayyum atanan Belediye Başkanı Y": the office before "atanan" belongs to someone else than the
     * name after it, so it does not chain on to that name.
     */
    private static boolean afterInPlaceOf(ArticleIndex index, int titleStart) {
        return titleStart > 0 && index.text.key(titleStart - 1).equals(IN_PLACE_OF);
    }

    private static boolean afterAName(ArticleIndex index, int titleStart) {
        return titleStart > 0 && index.text.get(titleStart).spaceBefore() && index.nameCovering[titleStart - 1] >= 0
                && !index.text.get(titleStart - 1).hasApostrophe();
    }

    /**
     * "Rektör İsmail Bakan, AK Parti İl Başkanı A", "İsmail Bakan ve İl Başkanı A": a title word right after a given
     * name is a surname, or calls someone by the given name ("Ekrem Başkan"); it is no title of a name after it.
     */
    private static boolean afterAGivenName(ArticleIndex index, int titleStart) {
        if (titleStart == 0 || !index.text.get(titleStart).spaceBefore()) {
            return false;
        }
        Token before = index.text.get(titleStart - 1);
        return before.capitalized() && before.is(WordClass.GIVEN_NAME) && !before.hasApostrophe();
    }

    private static boolean afterPartyGenitive(ArticleIndex index, int titleStart) {
        return titleStart > 0 && index.text.get(titleStart).spaceBefore()
                && PARTY_GENITIVES.contains(index.text.key(titleStart - 1));
    }

    private Evidence evidence(Scan scan, Title title, PhraseTable.Match<Title> match, Modifiers mods, Party party) {
        ArticleIndex index = scan.index;
        int sentence = index.text.sentenceOf(match.start());
        // "Bolu İl Başkanlığında mevcut başkan A", "görevi eski başkan B'den aldı": the office the sentence named; not
        // when it named that office's holder, whom another "Başkan C" is not ("Belediye Başkanı A, Başkan C'yi ...")
        if (title.isBareHead() && scan.lastHeadSentence == sentence && (mods.former() || scan.lastHeadVacant)) {
            Evidence office = scan.lastHeadOffice;
            return new Evidence(match.start(), office.title(), office.scope(), office.org(),
                    party == null ? null : party.shortName(), office.province(), office.district(), mods.former(),
                    false);
        }
        InstitutionContext.Institution council = institutions.councilOfBareChair(index, title, match.start());
        if (council != null) {
            String councilTitle = TitleSpelling.asWritten(InstitutionContext.councilTitle(title), index.text,
                    match.start(), match.end());
            return new Evidence(match.start(), councilTitle, council.scope(), council.org(),
                    party == null ? null : party.shortName(), council.province(), council.district(), mods.former(),
                    false);
        }
        if (title.scope() == TitleScope.GENERIC) {
            InstitutionContext.Institution head = institutions.before(index, match.start());
            if (head != null) {
                Party of = party != null ? party : head.party();
                // "CHP Tire İlçe Kongresi'nde mevcut başkan A": the chair of the party's organisation at that level
                String chair = head.party() != null && title.isBareHead() ? head.scope() == TitleScope.PARTY_DISTRICT
                        ? CongressChairs.DISTRICT_CHAIR.canonical() : CongressChairs.PROVINCE_CHAIR.canonical()
                        : TitleSpelling.asWritten(title.canonical(), index.text, match.start(), match.end());
                return new Evidence(match.start(), chair, head.party() != null ? head.scope() : title.scope(),
                        head.org(), of == null ? null : of.shortName(), head.province(), head.district(),
                        mods.former(), false);
            }
        }
        Party tied = party != null ? party : ownersParty(scan, title, mods.start());
        if (tied == null) {
            tied = impliedParty(index, title, mods, match);
        }
        boolean central = index.text.key(match.start()).equals(CENTRAL);
        Jurisdictions.Resolved where = jurisdictions.resolve(index, title, mods, tied, match.start(), central);
        String written = TitleSpelling.asWritten(title.canonical(), index.text, match.start(), match.end());
        String wing = LEVEL_CHAIRS.contains(title.canonical()) ? wingBefore(index.text, match.start()) : null;
        Evidence e = new Evidence(match.start(), wing == null ? written : wing + " Kolları " + written, title.scope(),
                where.org(), tied == null ? null : tied.shortName(), where.province(), where.district(), mods.former(),
                where.placeNamed());
        if (title.scope() != TitleScope.GENERIC && title.canonical().contains(Title.BARE_HEAD)
                && e.hasJurisdiction() || title.scope() == TitleScope.PARTY_NATIONAL) {
            scan.lastHeadOffice = e;
            scan.lastHeadSentence = sentence;
            scan.lastHeadVacant = title.officeNoun();
        }
        return e;
    }

    /**
     * "DYP Genel Başkan Yardımcısı", "İP'in İl Başkanı", "İşçi Partisi Genel Başkanı", "Büyükşehir Belediyesi Genel
     * Sekreteri": a party the register does not know, or another body, stands right before the office, so the party
     * named earlier in the text is not this office's.
     */
    private static boolean unknownPartyBefore(ArticleIndex index, int titleStart) {
        if (titleStart == 0 || !Separator.isPhraseInternal(index.text.get(titleStart).sepBefore())) {
            return false;
        }
        Token before = index.text.get(titleStart - 1);
        return (before.allCaps() && before.stemEnd() - before.start() <= MAX_ABBREVIATION)
                || before.key().equals(PARTY_NOUN) || BODY_HEADS.stream().anyMatch(before.key()::startsWith);
    }

    /** The party of the name: as {@link #partyOrAdjective}, else in parentheses right after it ("X (CHP)"). */
    private static Party partyTiedTo(ArticleIndex index, Party party, NameSpan name) {
        Party tied = partyOrAdjective(index, party, name.start());
        if (tied != null) {
            return tied;
        }
        int k = name.end() + 1;
        PhraseTable.Match<Party> inParentheses = k < index.text.size() ? index.partyStartingAt[k] : null;
        boolean enclosed = inParentheses != null && !index.text.get(name.end()).hasApostrophe()
                && (index.text.get(k).sepBefore() & Separator.PARENTHESIS) != 0
                && (inParentheses.end() + 1 >= index.text.size()
                || (index.text.get(inParentheses.end() + 1).sepBefore() & Separator.PARENTHESIS) != 0);
        return enclosed ? inParentheses.value() : null;
    }

    /** How many lower-case words ("söz alan", "açıklama yapan") may stand between "adına" and the title. */
    private static final int ON_BEHALF_GAP = 3;

    /**
     * "DSP Grubu adına söz alan Meclis Üyesi A": who speaks for a party's group in a council or parliament is that
     * party's member.
     */
    private static Party groupSpokenFor(ArticleIndex index, int titleStart) {
        TokenizedText text = index.text;
        for (int k = titleStart - 1; k >= 2 && k >= titleStart - 1 - ON_BEHALF_GAP; k--) {
            if (!Separator.isPhraseInternal(text.get(k + 1).sepBefore())) {
                return null;
            }
            if (text.key(k).equals("adina") && text.key(k - 1).startsWith("grub")) {
                PhraseTable.Match<Party> party = index.partyEndingAt[k - 2];
                return party == null ? null : party.value();
            }
            if (text.get(k).capitalized()) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Tuna'ya Genel Başkan Yardımcıları A ve B eşlik etti": a party office in the possessive right after a holder
     * named in a case is one of that holder's party, when the text tied them to one.
     */
    private static Party ownersParty(Scan scan, Title title, int titleStart) {
        TokenizedText text = scan.index.text;
        int k = titleStart - 1;
        if (!title.scope().isParty() || k < 0 || !text.get(k).hasApostrophe() || !text.get(titleStart).spaceBefore()) {
            return null;
        }
        return scan.partyBySurname.get(text.key(k));
    }

    /** The party of a party office or candidacy written without one: the party acting around it. */
    private static Party impliedParty(ArticleIndex index, Title title, Modifiers mods, PhraseTable.Match<Title> match) {
        if (title.scope().isParty() && !unknownPartyBefore(index, mods.start())) {
            Party acting = index.actingPartyBefore(match.start());
            return acting != null ? acting : index.actingPartyAfter(match.end());
        }
        if (!title.canonical().endsWith(CANDIDATE)) {
            return null;
        }
        Party inSentence = index.partyInSentenceBefore(match.start());
        return inSentence != null ? inSentence : index.announcerOfCandidates(match.start());
    }

    /** "CHP'li Selin Aktaş": a party adjective right before the name ties the person to the party. */
    private static Party partyOrAdjective(ArticleIndex index, Party party, int nameStart) {
        if (party != null || nameStart == 0 || !Separator.isPhraseInternal(index.text.get(nameStart).sepBefore())) {
            return party;
        }
        PhraseTable.Match<Party> before = index.partyEndingAt[nameStart - 1];
        return before == null ? null : before.value();
    }

    /**
     * What may stand between a title and the name: honorifics, "olarak atanan", "olan", a party adjective
     * "MHP'li".
     */
    private static final class After {
        int next;
        Party party;
        /** "olarak seçilen": the title is the predicate of a participle, which may have several subjects. */
        boolean appointed;
    }

    private After after(ArticleIndex index, int from) {
        After a = new After();
        TokenizedText text = index.text;
        int k = from;
        while (k < text.size() && Separator.isPhraseInternal(text.get(k).sepBefore())) {
            String key = text.key(k);
            if (HONORIFICS.contains(key) && !text.get(k).hasApostrophe()) {
                k++; // not "Bakan Topçu'ya Vali A": a surname in a case, though "Topçu" is a rank too
            } else if (index.partyStartingAt[k] != null) {
                if (!index.isActingParty(index.partyStartingAt[k].end())) {
                    break; // "BELEDİYE BAŞKANI CHP'YE ...": the party the office goes to, no name after it
                }
                a.party = index.partyStartingAt[k].value();
                k = index.partyStartingAt[k].end() + 1;
            } else if (key.equals(BEING)) {
                k++; // "Tire Belediye Başkanı olan X"
            } else if (Token.abbreviationInParentheses(text.tokens(), k) && index.partyStartingAt[k] == null) {
                k++; // "İl Afet ve Acil Durum Müdürü (AFAD) X": the body's abbreviation, then the holder
            } else if (APPOINTED.contains(key) && k + 1 < text.size() && text.get(k + 1).capitalized()
                    && text.get(k + 1).spaceBefore()) {
                a.appointed = true;
                // "Başkan Vekili atanan X"; a longer clause ("seçilen ve ... yapan X", "seçilen, Mart ayında ...
                // katılan X") links further on
                k++;
            } else if (key.equals(TOPIC) && namedAsPredicate(index, k + 1)) {
                k++; // "Yunak İlçe Başkan Adayı ise Ali Kaya olarak belirlendi": the title is the topic, the name its holder
            } else if (key.equals(AS)) {
                k++;
                for (int verbs = 0; verbs < 2 && k < text.size() && !text.get(k).capitalized()
                        && text.get(k).spaceBefore(); verbs++) {
                    a.appointed |= APPOINTED.contains(text.key(k));
                    k++;
                }
            } else {
                break;
            }
        }
        a.next = k;
        return a;
    }

    /** A name at {@code k} given as what something became: "... Ali Kaya olarak belirlendi", "... Ali Kaya oldu". */
    private static boolean namedAsPredicate(ArticleIndex index, int k) {
        NameSpan name = k < index.text.size() ? index.nameStartingAt[k] : null;
        return name != null && name.end() + 1 < index.text.size() && !index.text.get(name.end()).hasApostrophe()
                && PREDICATE_COPULAS.contains(index.text.key(name.end() + 1));
    }

    /**
     * "Sinop Gerze Belediye Başkanı – Ali Kaya (DSP)", "Kınık İlçe Başkanı: Ali Kaya": a line of a list that gives the
     * office, a dash or a colon, and its holder (with nothing after the name but a parenthesis or the line's end). A
     * subhead in capitals that gives the words of an office after a colon names no holder.
     */
    private NameSpan listLineName(ArticleIndex index, int lineStart, int k) {
        TokenizedText text = index.text;
        int first = lineStart;
        while (first > 0 && text.get(first).spaceBefore() && text.get(first - 1).capitalized()) {
            first--; // a town, a place or an ordinal the modifiers did not take
        }
        if (k >= text.size() || (text.get(first).sepBefore() & (Separator.NEWLINE | Separator.START)) == 0) {
            return null;
        }
        int sep = text.get(k).sepBefore();
        boolean colon = sep == Separator.COLON;
        if ((sep != Separator.DASH && !colon) || (colon && text.get(k).allCaps())) {
            return null; // "CHP'Lİ BAŞKAN: EMEKLERİNİZE SAĞLIK": a subhead in capitals
        }
        NameSpan name = index.nameStartingAt[k] != null ? index.nameStartingAt[k] : nameFinder.nameAt(text, k, true);
        if (name == null || name.end() + 1 >= text.size()) {
            return name;
        }
        int next = text.get(name.end() + 1).sepBefore();
        return (next & (Separator.NEWLINE | Separator.PARENTHESIS)) != 0 ? name : null;
    }

    private NameSpan nameAt(ArticleIndex index, int k) {
        if (k >= index.text.size() || !Separator.isPhraseInternal(index.text.get(k).sepBefore())) {
            return null;
        }
        NameSpan known = index.nameStartingAt[k];
        return known != null ? known : nameFinder.nameAt(index.text, k, true);
    }

    /**
     * "Belediye Başkanı Özlü ve İl Başkanı A": one capitalised word right after the title, then "ve" or a comma, is
     * the holder's surname, and the title does not chain on to the next name.
     */
    private static boolean surnameBeforeCoordinator(TokenizedText text, int k) {
        return k + 1 < text.size() && !text.is(k, WordClass.TITLE_START | WordClass.PLACE | WordClass.PARTY_START)
                && (text.key(k + 1).equals("ve") || Separator.isListComma(text.get(k + 1).sepBefore()));
    }

    /** Only a slash between word {@code k} and the word before it: "Valisi/Belediye". */
    private static boolean slashBefore(TokenizedText text, int k) {
        return k > 0 && text.text().substring(text.get(k - 1).end(), text.get(k).start()).strip().equals(SLASH);
    }

    private static final String SLASH = "/";

    /** A name further on that holds the title; {@code joined}: its party was joined in between, which wins. */
    private record Chained(NameSpan name, Party party, boolean joined) {
    }

    /**
     * "Vali ve Kurul Başkanı Ad Soyad", "Genel Başkanımız, Cumhurbaşkanımız Sayın
     * Ad Soyad", "Bolu Milletvekili seçilen DEVA Partisi Genel Sekreteri Ayten Koru": after
     * "ve", a participle of taking office, or (for a capitalised title) a comma, capitalised words up to a name.
     * A plural title does not chain over "ve": "meclis üyeleri ve İl Müftüsü X" names others, then X. After a
     * party office, a second title in lower case may follow "ve" straight away ("Grup Sözcüsü ve meclis üyesi X").
     */
    private Chained chained(ArticleIndex index, int k, boolean capitalisedTitle, boolean plural,
                            boolean partyOffice) {
        TokenizedText text = index.text;
        if (k >= text.size()) {
            return null;
        }
        int start;
        String key = text.key(k);
        boolean needsTitle = false;
        // "CHP Grup Sözcüsü ve meclis üyesi X": a party's officer who also sits on a council, one holder
        boolean lowerCaseSecond = false;
        if (APPOINTED.contains(key) && text.get(k).spaceBefore()) {
            Chained clause = participialClause(index, k + 1);
            if (clause != null) {
                return clause;
            }
            start = k + 1;
        } else if (key.equals("ve") && text.get(k).spaceBefore() && !plural) {
            Chained clause = k + 1 < text.size() && !text.get(k + 1).capitalized() ? otherDutyClause(index, k + 1) : null;
            if (clause != null) {
                return clause;
            }
            start = k + 1;
            lowerCaseSecond = partyOffice;
        } else if (key.equals(AS) && text.get(k).spaceBefore() && !plural) {
            start = k; // "TBMM İdare Amiri olarak görev yapan ve aynı zamanda Sinop Milletvekili olan X"
        } else if (capitalisedTitle && Separator.isListComma(text.get(k).sepBefore())) {
            start = k;
        } else if (capitalisedTitle && slashBefore(text, k) && text.get(k).capitalized()) {
            start = k; // "Kars Valisi/Belediye Başkan Vekili X": one holder of both offices
            needsTitle = true;
        } else if (capitalisedTitle && text.get(k).spaceBefore() && text.get(k).capitalized()
                && !surnameBeforeCoordinator(text, k)) {
            // "AK Parti Gençlik Kolları Başkanı Yalova Milletvekili X": a second title straight after the first.
            start = k;
            needsTitle = true;
        } else {
            return null;
        }
        Party party = null;
        boolean sawTitle = false;
        int lastTitle = -1;
        int window = CHAIN_WINDOW;
        for (int j = start; j < text.size() && j < start + window; j++) {
            Token t = text.get(j);
            // a comma lists the titles of one holder, but not after words that were no title ("Bakan Memişoğlu,
            // Cumhurbaşkanı A'nın ...": the first title's holder is named before the comma)
            boolean listComma = capitalisedTitle && Separator.isListComma(t.sepBefore()) && !(needsTitle && !sawTitle);
            if (j > start && !Separator.isPhraseInternal(t.sepBefore()) && !listComma) {
                return null;
            }
            if (CHAIN_LINKS.contains(t.key())) {
                window++; // "ve", "olan", "olarak görev yapan", "aynı zamanda" join the titles of one holder
                continue;
            }
            if (j > start && Separator.isListComma(t.sepBefore())) {
                // "Milletvekili, TBMM İdare Amiri, Genel Merkez ... Başkan Yardımcısı X": a window a title
                window = j - start + CHAIN_WINDOW;
            }
            if (index.nameStartingAt[j] != null) {
                // "İl Başkanı, ... Avcılar Derneği Başkanı X": the title right before the name is a body's, X its head
                boolean bodysHead = civilBodies.endsRightBefore(text.tokens(), j - 1)
                        || (lastTitle >= 0 && civilBodies.endsRightBefore(text.tokens(), lastTitle));
                boolean chain = j > start && (sawTitle || !needsTitle) && !bodysHead;
                return chain ? new Chained(index.nameStartingAt[j], party, false) : null;
            }
            if (t.hasApostrophe() && !index.inParty[j] && !t.digits()) {
                // "Bakan Tuna'ya Vali Ali Er": a word in a case ends the phrase; the title was Tuna's (an ordinal,
                // "İzmir 2'nci Bölge Milletvekili Adayı", is no case)
                return null;
            }
            PhraseTable.Match<Title> second = t.is(WordClass.TITLE_START) ? titles.match(text.tokens(), j) : null;
            sawTitle |= second != null;
            lastTitle = second != null ? j : lastTitle;
            if (index.partyStartingAt[j] != null && party == null) {
                party = index.partyStartingAt[j].value();
            }
            if (second != null && (j > start || lowerCaseSecond) && !t.capitalized()) {
                // "ABB Başkanı ve DSP'nin cumhurbaşkanı adayı X": news writes the second title in lower case too
                window += second.end() - j;
                j = second.end();
                continue;
            }
            // "Genel Sekreteri ve Divan üyesi X": a membership of the body named just before, in lower case
            boolean membership = t.key().equals(MEMBER) && j > start && text.get(j - 1).capitalized();
            if (!t.capitalized() && !HONORIFICS.contains(t.key()) && !t.digits() && !membership) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Gerze Kaymakamı ve daha önce Samsun'da vali yardımcısı olarak görev yapan X": after "ve", a participial
     * clause that names another duty ("görev") of the holder runs on to the name.
     */
    private Chained otherDutyClause(ArticleIndex index, int from) {
        Chained clause = participialClause(index, from);
        if (clause == null) {
            return null;
        }
        for (int j = from; j < clause.name().start(); j++) {
            if (index.text.key(j).startsWith(DUTY)) {
                return clause;
            }
        }
        return null;
    }

    /**
     * "CHP'den Aksu Belediye Başkanı seçilen, geçen yıl istifa ederek AK Parti'ye katılan X": after the participle of
     * taking the office, a longer participial clause may run on to the name, which its last participle heads. The
     * party joined in that clause is the holder's.
     */
    private Chained participialClause(ArticleIndex index, int from) {
        TokenizedText text = index.text;
        int sentence = text.sentenceOf(from - 1);
        for (int j = from; j < text.size() && j < from + CLAUSE_WINDOW && text.sentenceOf(j) == sentence; j++) {
            Token t = text.get(j);
            if ((t.sepBefore() & ~(Separator.COMMA | Separator.INNER_DOT)) != 0) {
                return null;
            }
            NameSpan name = j > from ? index.nameStartingAt[j] : null;
            if (name != null) {
                Token before = text.get(j - 1);
                boolean participle = !before.capitalized() && before.key().length() >= 4
                        && (before.key().endsWith("an") || before.key().endsWith("en"));
                Party joined = PartySwitch.joinedBefore(index, j);
                return participle && t.spaceBefore() ? new Chained(name, joined, joined != null) : null;
            }
        }
        return null;
    }

    /** One name of a list, with the place the text gives it in parentheses ("A (Bolu)"), or null. */
    private record Listed(NameSpan name, PlaceMention ownPlace) {
    }

    /** The names of "meclis üyeleri X, Y ve Z" or "il başkanları X (Bolu) ve Y (Düzce)", the first one given. */
    private List<Listed> listed(ArticleIndex index, NameSpan first) {
        TokenizedText text = index.text;
        List<Listed> names = new ArrayList<>();
        PlaceMention own = placeInParentheses(index, first.end() + 1);
        names.add(new Listed(first, own));
        int end = afterVotes(text, own == null ? first.end() : own.end());
        boolean lastItem = false;
        // "A, B ve C, Ünye Komutanı D": the item after "ve" is the last; a comma then opens another phrase
        while (end + 1 < text.size() && !text.get(end).hasApostrophe() && !lastItem) {
            int k = end + 1;
            boolean runTogether = text.get(k).sepBefore() == Separator.SPACE && index.nameStartingAt[k] != null;
            if (text.key(k).equals("ve") || text.key(k).equals("ile")) {
                k++;
                lastItem = true;
            } else if (!runTogether
                    && !Separator.isListComma(text.get(k).sepBefore() & ~(own == null ? 0 : Separator.PARENTHESIS))) {
                break; // "Milletvekilleri Ali Er Oya Su, ...": a name right after a name is the next item
            }
            // "eski Valileri A ve Dr. B": an item's own honorifics stand before its name
            for (int honorifics = 0; k < text.size() && honorifics < MAX_HONORIFICS
                    && HONORIFICS.contains(text.key(k)) && !text.get(k).hasApostrophe(); honorifics++) {
                k++;
            }
            NameSpan next = k >= text.size() ? null
                    : index.nameStartingAt[k] != null ? index.nameStartingAt[k] : nameFinder.nameAt(text, k, true);
            if (next == null) {
                break;
            }
            own = placeInParentheses(index, next.end() + 1);
            names.add(new Listed(next, own));
            end = afterVotes(text, own == null ? next.end() : own.end());
        }
        return names;
    }

    /**
     * "AK Parti İstanbul Milletvekili A, B ve C, Bakan Yardımcısı D": the names right after an office held by many,
     * with no title of their own, are the same party's holders of it in the same place; the list ends at the first
     * item that is no bare name, or after "ve".
     */
    private List<Listed> sharedByBareNames(ArticleIndex index, NameSpan first) {
        TokenizedText text = index.text;
        List<Listed> names = new ArrayList<>();
        PlaceMention own = placeInParentheses(index, first.end() + 1);
        names.add(new Listed(first, own));
        int end = first.end();
        boolean lastItem = own != null;
        while (!lastItem && end + 1 < text.size() && !text.get(end).hasApostrophe()) {
            int k = end + 1;
            if ((text.key(k).equals("ve") || text.key(k).equals("ile")) && text.get(k).spaceBefore()) {
                k++;
                lastItem = true;
            } else if (!Separator.isListComma(text.get(k).sepBefore())) {
                break;
            }
            NameSpan next = k < text.size() ? index.nameStartingAt[k] : null;
            int after = next == null ? -1 : next.end() + 1;
            // given names and a surname the lexicons know, with nothing of its own after it; a name in a case
            // after a comma is another phrase ("Milletvekili A, B'nin tutuklanmasına"): only the item after "ve"
            // carries the case of the whole list ("A, B ve C'ye")
            boolean bare = next != null && knownName(text, next)
                    && (lastItem || !text.get(next.end()).hasApostrophe())
                    && (after >= text.size() || !text.get(after).capitalized() || !text.get(after).spaceBefore());
            if (!bare) {
                break;
            }
            names.add(new Listed(next, null));
            end = next.end();
        }
        return names;
    }

    /**
     * Offices a body has several holders of at once, which news names in one breath ("Milletvekili A ve B",
     * "Belediye Başkan Yardımcısı C ve D", "Meclis Üyesi E ve F").
     */
    private static boolean heldByMany(Title title) {
        return title.scope() == TitleScope.DEPUTY || title.canonical().endsWith(DEPUTY_OFFICE)
                || title.canonical().endsWith(COUNCIL_MEMBER) || coChair(title);
    }

    /** "İl Eş Başkanı A ve B", "Eşbaşkan", "Eş Genel Başkan": an office held by two, a woman and a man, by rule. */
    private static boolean coChair(Title title) {
        String canonical = title.canonical();
        return canonical.contains("Eş Başkan") || canonical.contains("Eşbaşkan") || canonical.contains("Eş Genel Başkan");
    }

    private static final String DEPUTY_OFFICE = "Yardımcısı";
    private static final String COUNCIL_MEMBER = "Meclis Üyesi";

    /** Given names and a surname the lexicons know, or a full name a register of office holders knows. */
    private boolean knownName(TokenizedText text, NameSpan name) {
        if (nameFinder.registered(text, name.start(), name.end())) {
            return true;
        }
        for (int k = name.start(); k < name.end(); k++) {
            if (!text.is(k, WordClass.GIVEN_NAME)) {
                return false;
            }
        }
        return name.end() > name.start() && text.is(name.end(), WordClass.SURNAME_LIKE);
    }

    /** "adaylarından A 129 oy, B 200 oy": the votes after an item belong to it; the list goes on after them. */
    private static int afterVotes(TokenizedText text, int end) {
        boolean votes = end + 2 < text.size() && text.get(end + 1).digits() && text.get(end + 1).spaceBefore()
                && text.key(end + 2).equals(VOTES) && text.get(end + 2).spaceBefore();
        return votes ? end + 2 : end;
    }

    /** A place alone in parentheses starting at word {@code k}: "Ayten Koru (Bolu)". */
    private static PlaceMention placeInParentheses(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        if (k >= text.size() || (text.get(k).sepBefore() & Separator.PARENTHESIS) == 0) {
            return null;
        }
        for (int j = k; j < text.size() && j < k + 3; j++) {
            PlaceMention place = index.placeEndingAt[j];
            if (place != null) {
                boolean closed = j + 1 >= text.size() || (text.get(j + 1).sepBefore() & Separator.PARENTHESIS) != 0;
                return place.start() == k && closed ? place : null;
            }
        }
        return null;
    }

    /**
     * Every listed name holds the title (a singular title lists one name); a name with a place of its own in
     * parentheses takes that place ("il başkanları A (Kars) ve B (Ardahan)"), and with as many places coordinated
     * before the title as names ("Hakkari, Siirt ve Batman belediye başkanları A, B ve C"), each takes the place in
     * its position.
     */
    private void distribute(Scan scan, Title title, PhraseTable.Match<Title> match, Modifiers mods, Party party,
                            List<Listed> names) {
        List<Object> places = mods.places();
        boolean respectively = names.size() > 1 && places.size() == names.size();
        Evidence shared = evidence(scan, title, match, mods, party);
        for (int i = 0; i < names.size(); i++) {
            Evidence e = shared;
            Object own = names.get(i).ownPlace() != null ? names.get(i).ownPlace()
                    : respectively ? places.get(places.size() - 1 - i) // places are kept nearest first
                    : null;
            if (own != null) {
                e = evidence(scan, title, match, new Modifiers(mods.start(), mods.party(), List.of(own), mods.former()),
                        party);
            }
            scan.out.add(new Found(names.get(i).name(), -1, e));
        }
    }

    /**
     * "Ayrılan meclis üyelerinin adları şöyle: X, Y, Z", "DSP Sinop milletvekili adayları, X, Y ve Z": a plural
     * title, a colon (or a comma right after it), a list of names.
     */
    private void listAfterColon(Scan scan, Title title, PhraseTable.Match<Title> match, Modifiers mods,
                                Party party) {
        ArticleIndex index = scan.index;
        TokenizedText text = index.text;
        for (int k = match.end() + 1; k < text.size() && k <= match.end() + COLON_WINDOW; k++) {
            int sep = text.get(k).sepBefore();
            if ((sep & Separator.COLON) != 0 || (k == match.end() + 1 && Separator.isListComma(sep))) {
                NameSpan first = index.nameStartingAt[k];
                NameSpan second = first == null || first.end() + 1 >= text.size() ? null
                        : index.nameStartingAt[first.end() + 1];
                if (second != null && Separator.isListComma(text.get(second.start()).sepBefore())) {
                    distribute(scan, title, match, mods, party, listed(index, first));
                }
                return;
            }
            if (Separator.isBoundary(sep)) {
                return;
            }
        }
    }

    /**
     * A capitalised word right after a title, that is no name, place, party or title word: a surname. A plural noun
     * the register of surnames does not hold is none ("Belediye Başkanlarına Operasyonlar", a heading).
     */
    private boolean surnameAt(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        if (k >= text.size() || !Separator.isPhraseInternal(text.get(k).sepBefore())) {
            return false;
        }
        Token t = text.get(k);
        return t.capitalized() && !t.digits() && t.allCaps() == text.get(Math.max(0, k - 1)).allCaps()
                && index.partyStartingAt[k] == null && index.placeEndingAt[k] == null
                && !t.is(WordClass.NAME_STOPWORD) && !PersonNameFinder.namesakeFollows(text, k)
                && (t.is(WordClass.SURNAME_LIKE) || !(t.key().endsWith("lar") || t.key().endsWith("ler")))
                && !(t.is(WordClass.TITLE_START) && titles.match(text.tokens(), k) != null)
                && !(verbEndingItsLine(text, k) && (text.isHeadline(text.sentenceOf(k)) || !t.is(WordClass.SURNAME_LIKE)));
    }

    /** Past-tense endings of the third person, ASCII-folded: "geldi", "başladı", "oldu", "gitti". */
    private static final List<String> PAST_TENSE = List.of("di", "du", "ti", "tu");

    /**
     * "Bu Köye İlk Kez Vali Geldi": in a title-case headline the verb that closes it is capitalised too, and is no
     * surname after the title before it, though some surnames are such verbs ("Geldi").
     */
    private static boolean verbEndingItsLine(TokenizedText text, int k) {
        boolean last = k + 1 >= text.size()
                || (text.get(k + 1).sepBefore() & (Separator.SENTENCE_END | Separator.NEWLINE)) != 0;
        return last && !text.get(k).hasApostrophe() && TurkishText.endsWithAny(text.key(k), PAST_TENSE);
    }

    /**
     * "Selin Aksoy Tire Belediye Başkan adayı gösterildi", "Kemal Tuna Bolu Valisi oldu", "Ali Er yeni ilçe başkanı
     * olarak seçildi": the name as subject, the office as the predicate of a verb of becoming or being made (after
     * "olarak" too), with nothing between but "yeni".
     */
    private static NameSpan predicateName(ArticleIndex index, int modifiersStart, int afterTitle) {
        TokenizedText text = index.text;
        int verb = afterTitle < text.size() && text.key(afterTitle).equals(AS) ? afterTitle + 1 : afterTitle;
        boolean listed = afterTitle < text.size() && (text.get(afterTitle).sepBefore() & Separator.COMMA) != 0
                && appointmentsGoOn(text, afterTitle);
        boolean nominalised = verb < text.size() && BECOMING_NOMINALISED.contains(text.key(verb));
        if (!listed && (verb >= text.size() || !text.get(afterTitle).spaceBefore() || !text.get(verb).spaceBefore()
                || !(BECOMING.contains(text.key(verb)) || nominalised))) {
            return null;
        }
        int nameEnd = modifiersStart - 1;
        if ((text.key(nameEnd).equals(NEW) || PARTICLES.contains(text.key(nameEnd))) && nameEnd > 0
                && text.get(nameEnd).spaceBefore()) {
            nameEnd--; // "A yeni İl Başkanı oldu", "B ise İl Eş Başkanı seçildi"
        }
        nameEnd = beforeConverbClause(text, beforeElectionAdverbs(text, nameEnd));
        int k = index.nameCovering[nameEnd];
        NameSpan name = k >= 0 ? index.names.get(k) : null;
        // "A'nın Düzce Belediye Başkan Adayı olarak açıklandığı": a nominalised clause takes its subject in the genitive
        boolean subjectsCase = nominalised ? inTheGenitive(text, nameEnd) : !text.get(nameEnd).hasApostrophe();
        return name != null && name.end() == nameEnd && subjectsCase ? name : null;
    }

    /**
     * "A, 400 oyla yeniden İl Başkanı seçildi", "B bir kez daha İlçe Başkanı oldu": how the office was won stands
     * between the subject (and its comma) and the office; the last word before it is the subject's.
     */
    private static int beforeElectionAdverbs(TokenizedText text, int end) {
        int k = end;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (List<String> adverb : ELECTION_ADVERBS) {
                int first = k - adverb.size() + 1;
                if (first > 0 && endsWith(text, k, adverb)) {
                    k = first - 1;
                    stripped = true;
                    break;
                }
            }
        }
        return k;
    }

    private static boolean endsWith(TokenizedText text, int end, List<String> words) {
        int first = end - words.size() + 1;
        for (int i = 0; i < words.size(); i++) {
            String key = text.key(first + i);
            boolean number = words.get(i).equals(NUMBER) && !key.isEmpty() && key.chars().allMatch(Character::isDigit);
            if (!number && !words.get(i).equals(key)) {
                return false;
            }
        }
        return true;
    }

    /** Stands for a count in {@link #ELECTION_ADVERBS}: "400 oyla". */
    private static final String NUMBER = "#";
    /** ASCII-folded words of how an office was won. */
    private static final List<List<String>> ELECTION_ADVERBS = List.of(List.of("yeniden"), List.of("tekrar"),
            List.of("bir", "kez", "daha"), List.of("bir", "donem", "daha"), List.of("oybirligiyle"),
            List.of("oy", "birligiyle"), List.of("oy", "cokluguyla"), List.of(NUMBER, "oyla"));

    /** The verbs of becoming nominalised, whose subject is in the genitive: "açıklandığı", "seçildiğini". */
    private static final Set<String> BECOMING_NOMINALISED = Set.of("aciklandigi", "aciklandigini", "secildigi",
            "secildigini", "atandigi", "atandigini", "gosterildigi", "gosterildigini", "belirlendigi",
            "belirlendigini");
    private static final Set<String> GENITIVE = Set.of("ın", "in", "un", "ün", "nın", "nin", "nun", "nün");

    /** Word {@code k} takes the genitive after an apostrophe: "Başkan'ın", "Kaya'nın". */
    private static boolean inTheGenitive(TokenizedText text, int k) {
        Token t = text.get(k);
        return t.hasApostrophe()
                && GENITIVE.contains(TurkishText.lower(text.text().substring(t.stemEnd() + 1, t.end())));
    }

    /**
     * Word {@code k} takes a case ending other than the genitive after an apostrophe: the dative ("Bakan'a"), the
     * accusative ("Vali'yi"), the ablative ("Üyesi'nden"), the locative or the instrumental; not a possessive ending
     * written after one ("Başkanı'mız", "Genel Başkan'ım", "CHP ve Genel Başkan'ı A": its chairman, which the
     * accusative after a consonant would spell alike), which goes on to its holder.
     */
    private static boolean inAnObliqueCase(TokenizedText text, int k) {
        Token t = text.get(k);
        return t.hasApostrophe()
                && OBLIQUE_CASES.contains(TurkishText.lower(text.text().substring(t.stemEnd() + 1, t.end())));
    }

    private static final Set<String> OBLIQUE_CASES = Set.of("a", "e", "ya", "ye", "na", "ne", "yı", "yi", "yu", "yü",
            "nı", "ni", "nu", "nü", "dan", "den", "tan", "ten", "ndan", "nden", "da", "de", "ta", "te", "nda", "nde", "la",
            "le", "yla", "yle");

    private static final String NEW = "yeni";
    /** Particles after a subject: "B ise", "C de". */
    static final Set<String> PARTICLES = Set.of("ise", "de", "da");
    /** How many words a list of appointments may run before its verb. */
    private static final int APPOINTMENT_LIST_WORDS = 200;

    /**
     * "A Manisa Valisi,\n- B Şırnak Valisi,\n ... - C Uşak Valisi olarak atandı.": after a comma, items of the same
     * kind go on, with no full stop, to "olarak" and a verb of appointment that all of them share (or to the verb
     * alone: "A İl Başkanı, B ise İl Eş Başkanı seçildi").
     */
    private static boolean appointmentsGoOn(TokenizedText text, int from) {
        for (int k = from; k + 1 < text.size() && k < from + APPOINTMENT_LIST_WORDS; k++) {
            if (k > from && (text.get(k).sepBefore() & Separator.SENTENCE_END) != 0) {
                return false;
            }
            if ((text.key(k).equals(AS) && BECOMING.contains(text.key(k + 1)))
                    || (k > from && BECOMING.contains(text.key(k)))) {
                return true; // "A İl Başkanı, B ise İl Eş Başkanı seçildi": the verb both share
            }
            if (!text.get(k).capitalized() && !text.key(k).equals("ve") && !PARTICLES.contains(text.key(k))) {
                return false; // a word in lower case: a sentence, not a list of names and offices
            }
        }
        return false;
    }

    /**
     * "Selin Karaca, AK Parti Bolu İl Başkanı olarak atandı": a name, a comma, the title, and then a comma, the end
     * of the sentence or a word of being ("olarak", "seçildi", "oldu"); not "X, Tire Belediye Başkanı ile
     * görüştü", where the title is someone else's. Also the title in parentheses: "Ayten Koru (Bolu
     * Milletvekili)", and the line of a list that gives the name, a dash and the title: "Ayten Koru – Bolu
     * Milletvekili (CHP)".
     */
    private static NameSpan apposedName(ArticleIndex index, int modifiersStart, int afterTitle) {
        TokenizedText text = index.text;
        if (modifiersStart == 0) {
            return null;
        }
        int open = text.get(modifiersStart).sepBefore();
        boolean inParentheses = open == Separator.PARENTHESIS;
        boolean dashedLine = open == Separator.DASH;
        if (open == Separator.SPACE) {
            return predicateName(index, modifiersStart, afterTitle);
        }
        if (!Separator.isListComma(open) && !inParentheses && !dashedLine) {
            return null;
        }
        if (afterTitle < text.size()) {
            int close = text.get(afterTitle).sepBefore();
            if (inParentheses ? (close & Separator.PARENTHESIS) == 0
                    : dashedLine ? (close & (Separator.NEWLINE | Separator.PARENTHESIS)) == 0
                    : Separator.isPhraseInternal(close) && !APPOSITION_ENDS.contains(text.key(afterTitle))) {
                return null;
            }
        }
        int k = index.nameCovering[modifiersStart - 1];
        NameSpan name = k >= 0 && index.names.get(k).end() == modifiersStart - 1 ? index.names.get(k) : null;
        return name != null && dashedLine && (text.get(name.start()).sepBefore() & LINE_START) == 0 ? null : name;
    }

    private static final int LINE_START = Separator.NEWLINE | Separator.START;

    /**
     * "İl Başkanlığı'na Selim Ocakçı atandı", "başkanlığını Y adına kazanan X": the first name within a few words,
     * in the same clause, when the sentence speaks of taking or holding the office (a visit to "İl Başkanlığı"
     * names no holder). Without a holder the office still tells what a bare "başkan" later in the sentence is.
     */
    private void officeNounHolder(Scan scan, PhraseTable.Match<Title> match, Modifiers mods) {
        ArticleIndex index = scan.index;
        TokenizedText text = index.text;
        Party party = mods.party();
        int removed = RemovalFromOffice.holderAfter(text, match.end(), left(text, match.end()));
        if (removed >= 0 && index.nameStartingAt[removed] != null) {
            Modifiers former = new Modifiers(mods.start(), party, mods.places(), true);
            scan.out.add(new Found(index.nameStartingAt[removed], -1, evidence(scan, match.value(), match, former, party)));
            return;
        }
        NameSpan removedBefore = RemovalFromOffice.holderBefore(index, mods.start(), match.end());
        if (removedBefore != null) {
            scan.out.add(new Found(removedBefore, -1, evidence(scan, match.value(), match, mods, party)));
            return;
        }
        NameSpan servant = servingInTheGenitive(index, match.end() + 1);
        if (servant != null) {
            // "Genel Başkanlığını A'nın yaptığı Zafer Partisi": the party after the participle is the office's
            PhraseTable.Match<Party> after = index.partyStartingAt[servant.end() + 2];
            Party body = party != null || after == null ? party : after.value();
            scan.out.add(new Found(servant, -1, evidence(scan, match.value(), match, mods, body)));
            return;
        }
        Evidence office = evidence(scan, match.value(), match, mods, party);
        NameSpan taker = OfficeTaken.subjectBefore(index, match);
        if (taker != null) {
            scan.out.add(new Found(taker, -1, office));
            return;
        }
        if (left(text, match.end()) || !(takesOffice(text, match.end() + 1) || SERVING.equals(text.key(match.end() + 1))
                || OfficeTaken.listedAppointment(index, match.end()))) {
            return;
        }
        for (int k = match.end() + 1; k < text.size() && k <= match.end() + OFFICE_NOUN_WINDOW; k++) {
            int sep = text.get(k).sepBefore();
            if (Separator.isBoundary(sep) || (sep & Separator.COMMA) != 0) {
                return;
            }
            if (index.partyStartingAt[k] != null && party == null) {
                party = index.partyStartingAt[k].value();
            }
            if (text.get(k).capitalized() && text.is(k, WordClass.TITLE_START) && !text.key(k - 1).equals(FORMER_WORD)
                    && titles.match(text.tokens(), k) != null) {
                // "Belediye Başkan Vekilliğine Siirt Valisi A atandı": the office written as a title with the name is
                // the one the registry keeps, the one taken on a duty besides it; not "eski meclis üyesi B"
                return;
            }
            if (index.nameStartingAt[k] != null) {
                Evidence e = party == mods.party() ? office : evidence(scan, match.value(), match, mods, party);
                scan.out.add(new Found(index.nameStartingAt[k], -1, e));
                NameSpan second = OfficeTaken.secondHolder(index, index.nameStartingAt[k]);
                if (second != null) {
                    scan.out.add(new Found(second, -1, e)); // "meclis katipliğine A ve B seçildi"
                }
                gappedItems(scan, match.value(), index.nameStartingAt[k], party);
                return;
            }
        }
    }

    /**
     * "Foça İlçe Başkanlığına Selim Ocakçı, Urla Mehmet Karadağlı getirildi": in a list, later items may leave out
     * the office and keep only their place and name; they hold the same office for their place.
     */
    private void gappedItems(Scan scan, Title title, NameSpan previous, Party party) {
        ArticleIndex index = scan.index;
        TokenizedText text = index.text;
        NameSpan last = previous;
        while (last.end() + 2 < text.size() && !text.get(last.end()).hasApostrophe()) {
            int k = last.end() + 1;
            if (text.key(k).equals("ve") && text.get(k).spaceBefore()) {
                k++;
            } else if (!Separator.isListComma(text.get(k).sepBefore())) {
                return;
            }
            PlaceMention place = k < text.size() ? index.placeEndingAt[k] : null;
            NameSpan name = k + 1 < text.size() ? index.nameStartingAt[k + 1] : null;
            if (place == null || place.start() != k || name == null || !text.get(k + 1).spaceBefore()
                    || text.get(k).hasApostrophe()) {
                return;
            }
            Modifiers mods = new Modifiers(k, party, List.of(place), false);
            scan.out.add(new Found(name, -1, evidence(scan, title, new PhraseTable.Match<>(title, k, k), mods, party)));
            last = name;
        }
    }

    /**
     * An office noun in the ablative is the office left: "Sinop Valiliği'nden Rize Valiliği'ne atanan A" holds the
     * second.
     */
    private static boolean left(TokenizedText text, int k) {
        Token t = text.get(k);
        String suffix = t.hasApostrophe() ? TurkishText.foldKey(text.text(), t.stemEnd() + 1, t.end()) : text.key(k);
        for (String ending : ABLATIVE_ENDINGS) {
            if (suffix.endsWith(ending) && (t.hasApostrophe() || suffix.length() > ending.length() + 3)) {
                return true;
            }
        }
        return false;
    }

    /** The ablative after the possessive of an office noun: 'nden, -ğından. */
    private static final String[] ABLATIVE_ENDINGS = {"ndan", "nden"};

    /** "yaptığı", "yürüttüğü": the relative participles of holding an office, whose holder stands in the genitive. */
    private static final Set<String> SERVED = Set.of("yaptigi", "yuruttugu");

    /** The name in the genitive at word {@code k} before a participle of holding the office ("A'nın yaptığı"), or null. */
    private static NameSpan servingInTheGenitive(ArticleIndex index, int k) {
        NameSpan name = k < index.text.size() ? index.nameStartingAt[k] : null;
        if (name == null || name.end() + 2 >= index.text.size() || !index.text.get(name.end()).hasApostrophe()
                || !SERVED.contains(index.text.key(name.end() + 1))) {
            return null;
        }
        return name;
    }

    /**
     * "Sanayi Odası Yönetim Kurulu Başkanı A ve Meclis Başkanı B": a bare "Meclis Başkanı" in a sentence that named a
     * chamber, exchange or association before it chairs that body's council, not the Grand National Assembly.
     */
    private boolean chamberCouncilsChair(ArticleIndex index, PhraseTable.Match<Title> match) {
        TokenizedText text = index.text;
        if (!match.value().canonical().equals(SPEAKER_OF_THE_ASSEMBLY) || !text.key(match.start()).equals(COUNCIL)) {
            return false;
        }
        int sentence = text.sentenceOf(match.start());
        for (int k = match.start() - 1; k > 0 && text.sentenceOf(k) == sentence; k--) {
            if (civilBodies.endsRightBefore(text.tokens(), k)) {
                return true;
            }
        }
        return false;
    }

    private static final String SPEAKER_OF_THE_ASSEMBLY = "TBMM Başkanı";
    private static final String COUNCIL = "meclis";

    /** A verb of being appointed, elected or holding office in the rest of the sentence. */
    private static boolean takesOffice(TokenizedText text, int from) {
        for (int k = from; k < text.size() && k < from + SENTENCE_WINDOW; k++) {
            if (k > from && (text.get(k).sepBefore() & (Separator.SENTENCE_END | Separator.NEWLINE)) != 0) {
                return false;
            }
            String key = text.key(k);
            if (key.startsWith(ELECTION)) {
                continue; // "Seçim Koordinasyon Merkezinde": the noun of the election, not the verb "seç-"
            }
            for (String stem : OFFICE_TAKING) {
                if (key.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String ELECTION = "secim";

    private static boolean aboutMayors(TokenizedText text) {
        for (int i = 0; i + 1 < text.size(); i++) {
            if (text.key(i).equals(MAYOR_PREFIX) && text.key(i + 1).startsWith(HEAD_KEY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Didim CHP Orhan Yazgan, Söke AK Parti Levent Tuna": a place, a party and a name with nothing else is a
     * line of an election result; in an article about mayors it names the mayor of that place.
     */
    private void electionResultLines(Scan scan) {
        ArticleIndex index = scan.index;
        TokenizedText text = index.text;
        for (NameSpan name : index.names) {
            int p = name.start() - 1;
            if (p < 1 || !text.get(name.start()).spaceBefore() || index.partyEndingAt[p] == null) {
                continue;
            }
            PhraseTable.Match<Party> party = index.partyEndingAt[p];
            int before = party.start() - 1;
            if (before < 0 || !text.get(party.start()).spaceBefore() || index.placeEndingAt[before] == null
                    || text.get(before).hasApostrophe() || text.get(name.end()).hasApostrophe()) {
                continue;
            }
            Modifiers mods = new Modifiers(before, party.value(), List.of(index.placeEndingAt[before]), false);
            Title mayor = new Title("Belediye Başkanı", TitleScope.MUNICIPAL, null, false, false);
            Jurisdictions.Resolved where = jurisdictions.resolve(index, mayor, mods, party.value(), before, false);
            scan.out.add(new Found(name, -1, new Evidence(name.start(), mayor.canonical(), mayor.scope(),
                    where.org(), party.value().shortName(), where.province(), where.district(), false, true)));
        }
    }

    /**
     * A plural office in the genitive, accusative or dative right before a capitalised word: the group is that
     * word's possessor or the verb's object ("belediye başkanlarının Sinop ziyareti"), never its apposition, which
     * takes no case ("Belediye Başkanları A ve B").
     */
    private static boolean possessorOfTheNextName(TokenizedText text, int titleEnd) {
        Token next = titleEnd + 1 < text.size() ? text.get(titleEnd + 1) : null;
        return next != null && next.sepBefore() == Separator.SPACE && next.capitalized()
                && TurkishText.endsWithAny(text.key(titleEnd), CASE_MARKED_PLURALS);
    }

    private static final List<String> CASE_MARKED_PLURALS = List.of("larinin", "lerinin", "larini", "lerini",
            "larina", "lerine");

    /**
     * Whether the person named at word {@code k} (a full name or a surname) is the one the text names in full right
     * after a civil body's office ("Eğitim-Bir-Sen Sinop Şube Başkanı Cem Bal"): capitalised words only between the
     * body and the name.
     */
    private boolean introducedAsCivilHead(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        NameSpan at = index.nameStartingAt[k];
        String surname = text.key(at != null ? at.end() : k);
        for (NameSpan n : index.names) {
            if (n.start() == n.end() || !text.key(n.end()).equals(surname)) {
                continue;
            }
            for (int j = n.start() - 1; j >= Math.max(1, n.start() - CIVIL_OFFICE_WORDS); j--) {
                if (!text.get(j).capitalized() || text.get(j + 1).sepBefore() != Separator.SPACE) {
                    break;
                }
                if (civilBodies.endsRightBefore(text.tokens(), j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The most words of an office between a civil body's name and its holder's ("Sinop Şube Başkan Vekili"). */
    private static final int CIVIL_OFFICE_WORDS = 4;

    /** "İçişleri eski Bakanı": the former adjective inside the compound of the office. */
    private static boolean formerInside(TokenizedText text, PhraseTable.Match<Title> match) {
        for (int k = match.start() + 1; k < match.end(); k++) {
            if (PhraseTable.FORMER.contains(text.key(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Aile ve Sosyal Hizmetler Bakanı", "İçişleri Bakan Yardımcısı" (also "Bakanı Yardımcısı"), "Dışişleri Bakanlığı
     * Sözcüsü": the capitalised ministry name before "Bakanı" is part of the office.
     */
    private PhraseTable.Match<Title> ministerAt(ArticleIndex index, int i) {
        TokenizedText text = index.text;
        String key = text.key(i);
        boolean deputies = text.key(i + 1).equals(DEPUTIES);
        boolean deputy = (key.equals(MINISTER_STEM) || key.equals(MINISTER))
                && (text.key(i + 1).equals(DEPUTY) || deputies)
                && text.get(i + 1).spaceBefore() && !text.get(i).hasApostrophe();
        boolean spokesperson = key.equals(MINISTRY) && text.key(i + 1).equals(SPOKESPERSON)
                && text.get(i + 1).spaceBefore() && !text.get(i).hasApostrophe();
        if (!key.equals(MINISTER) && !key.equals(MINISTER_OURS) && !deputy && !spokesperson) {
            return null;
        }
        // "İçişleri eski Bakanı": the ministry's name ends before the former adjective
        int nameEnd = PhraseTable.FORMER.contains(text.key(i - 1)) && text.get(i).spaceBefore() ? i - 1 : i;
        int listed = titles.ministryStart(text.tokens(), nameEnd - 1);
        int j = listed >= 0 ? listed : bodyNameStart(index, nameEnd);
        if (j == nameEnd) {
            return null;
        }
        String ministry = text.text().substring(text.get(j).start(), text.get(nameEnd - 1).stemEnd());
        if (ministry.equals(TurkishText.upper(ministry))) {
            ministry = TurkishText.capitalizeWords(ministry); // "TURİZM Bakanı": a lead's first word in capitals
        }
        String office = ministry + (spokesperson ? " Bakanlığı Sözcüsü" : deputy ? " Bakan Yardımcısı" : " Bakanı");
        TitleScope scope = spokesperson ? TitleScope.NATIONAL : TitleScope.MINISTER;
        Title title = new Title(office, scope, ministry + " Bakanlığı", deputy && deputies, false);
        return new PhraseTable.Match<>(title, j, deputy || spokesperson ? i + 1 : i);
    }

    /**
     * "TBMM Plan ve Bütçe Komisyonu Başkanı", "Dilekçe Komisyonu Üyesi": a committee named before its head or
     * member is part of the office; of the parliament when "TBMM" stands before it.
     */
    private PhraseTable.Match<Title> committeeAt(ArticleIndex index, int i) {
        TokenizedText text = index.text;
        String role = COMMITTEE_ROLES.get(text.key(i + 1));
        if (!text.key(i).equals(COMMITTEE) || role == null || !text.get(i + 1).spaceBefore()
                || text.get(i).hasApostrophe()) {
            return null;
        }
        int start = bodyNameStart(index, i);
        for (int k = i - 1; k >= start - 1 && k >= 0; k--) {
            if (text.key(k).equals(PARLIAMENT) && text.get(k + 1).spaceBefore()) {
                start = k; // "TBMM Plan ve Bütçe Komisyonu": the parliament's committee
                break;
            }
        }
        boolean parliament = text.key(start).equals(PARLIAMENT);
        int j = parliament ? start + 1 : start;
        if (j == i) {
            return null;
        }
        String committee = text.text().substring(text.get(j).start(), text.get(i).stemEnd());
        Title title = new Title(committee + " " + role, TitleScope.NATIONAL, parliament ? "TBMM" : null, false, false);
        return new PhraseTable.Match<>(title, start, i + 1);
    }

    /**
     * "AK Parti Seçim İşleri Başkanı", "CHP Tanıtım ve Medya Başkanı": a unit of a party, named in capitals between
     * the party and the head noun, is a national party office of its own name; so is the deputy head of a unit whose
     * name holds a unit word ("AK Parti Genel Merkez Teşkilat Başkan Yardımcısı").
     */
    private static PhraseTable.Match<Title> partyUnitAt(ArticleIndex index, int i) {
        TokenizedText text = index.text;
        boolean deputy = text.key(i).equals(UNIT_HEAD_STEM) && i + 1 < text.size()
                && text.key(i + 1).equals(DEPUTY) && text.get(i + 1).spaceBefore() && !text.get(i).hasApostrophe();
        if (!(PARTY_UNIT_HEADS.contains(text.key(i)) || deputy) || text.get(i).hasApostrophe()
                || !text.get(i).spaceBefore()) {
            return null;
        }
        int j = bodyNameStart(index, i);
        boolean unitWord = false;
        while (j > 0 && PARTY_UNIT_WORDS.contains(text.key(j - 1)) && text.get(j - 1).capitalized()
                && text.get(j).spaceBefore()) {
            unitWord = true;
            j = bodyNameStart(index, j - 1);
            if (LOCAL_LEVELS.contains(text.key(j))) {
                return null; // "İl Teşkilat Başkanı": a provincial office of the titles table
            }
        }
        if (unitWord && Jurisdictions.headquartersBefore(text, j)) {
            j -= 2; // "Genel Merkez Teşkilat Başkanı": the unit of the party's headquarters
        }
        if (j == i || j == 0 || index.partyEndingAt[j - 1] == null || !text.get(j).spaceBefore()
                || index.text.get(j - 1).hasApostrophe() || (deputy && !unitWord)) {
            return null;
        }
        int end = deputy ? i + 1 : i;
        String unit = text.text().substring(text.get(j).start(), text.get(end).stemEnd());
        return new PhraseTable.Match<>(new Title(unit, TitleScope.PARTY_NATIONAL, null, false, false), j, end);
    }

    private static final String UNIT_HEAD_STEM = "baskan";

    /**
     * "Törene", "Toplantıya", "Programda": an event in a case opening the sentence, capitalised only for being first;
     * "Törene Sağlık Bakanı A katıldı" names the ministry "Sağlık".
     */
    private static boolean eventInACase(Token t) {
        for (String event : EVENTS) {
            if (t.key().startsWith(event) && t.key().length() > event.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first word of the capitalised name of a body that ends before word {@code i} ("Aile ve Sosyal Hizmetler"
     * before "Bakanı"), or {@code i} when there is none.
     */
    /**
     * Whether word {@code k} is in a name right after a title: "İçişleri Bakanı Ali Kaya ve Ulaştırma Bakanı B" lists two
     * ministers; "Ali Kaya ve Ulaştırma" names no ministry.
     */
    private static boolean titledName(ArticleIndex index, int k) {
        int covering = index.nameCovering[k];
        if (covering < 0) {
            return false;
        }
        int start = index.names.get(covering).start();
        TokenizedText text = index.text;
        return start > 0 && text.get(start).spaceBefore()
                && (text.is(start - 1, WordClass.TITLE_END) || text.key(start - 1).equals(MINISTER));
    }

    static int bodyNameStart(ArticleIndex index, int i) {
        TokenizedText text = index.text;
        int j = i;
        while (j - 1 >= 0) {
            Token t = text.get(j - 1);
            int sep = text.get(j).sepBefore();
            boolean joiner = t.key().equals("ve") && sep == Separator.SPACE;
            // A body's name may look like a personal name ("Aile ve Sosyal Hizmetler": "Aile" is also a given
            // name), but not across a comma.
            boolean word = t.capitalized() && !t.hasApostrophe()
                    && (index.nameCovering[j - 1] < 0 || sep == Separator.SPACE)
                    && index.partyEndingAt[j - 1] == null && index.placeEndingAt[j - 1] == null
                    && !t.is(WordClass.NAME_STOPWORD) && !t.key().equals(TERM)
                    && (sep == Separator.SPACE || sep == Separator.COMMA);
            if (!(joiner || word) || (sep == Separator.COMMA && !word) || (t.sentenceStart() && eventInACase(t))
                    || TurkishText.inflectedPossessive(t.key()) || titledName(index, j - 1)) {
                break;
            }
            j--;
            if (t.sentenceStart()) {
                break;
            }
        }
        while (j < i && text.key(j).equals("ve")) {
            j++;
        }
        return j;
    }
}
