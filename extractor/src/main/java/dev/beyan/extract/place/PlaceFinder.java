package dev.beyan.extract.place;

import dev.beyan.extract.Span;
import dev.beyan.extract.data.AdminUnit;
import dev.beyan.extract.data.Gazetteer;
import dev.beyan.extract.data.PersonNames;
import dev.beyan.extract.data.PlaceWords.Category;
import dev.beyan.extract.data.PlaceWords;
import dev.beyan.extract.data.Town;
import dev.beyan.extract.official.NameSpan;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.extract.text.WordClass;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the provinces and districts a text names as places. A candidate is a capitalised word (with or without an
 * apostrophe suffix) whose stem is a gazetteer name; lower-case words are never places ("kiraz" the fruit). Then,
 * in order:
 * <ol>
 *   <li>{@link Category#FEATURE} after it, or {@link Category#DIRECTION} before it, makes it part of another name
 *   (a street, a river, a region), unless an office follows;</li>
 *   <li>a word inside a person's name is a name ("İsa Yıldırım"), and so is a word before an address word
 *   ("Eyüp Bey");</li>
 *   <li>a club in a sports report or a league table's row, and a spelling without the name's diacritics in a text
 *   that writes them ("Cine" for Çine), are never places;</li>
 *   <li>"Merkez" is a district only after a province that has one and before what places it: "ilçe", a village,
 *   neighbourhood or belde of it, or a dashed route ("&lt;İl&gt; Merkez ilçesi", "&lt;İl&gt; Merkez X köyü");</li>
 *   <li>a district name found in several provinces is the one whose province the article names (nearest before
 *   first), else the one whose province holds another district the article names, else the most populous;</li>
 *   <li>a name that is also an ordinary word, weekday or region ({@link Category#AMBIGUOUS}) needs evidence: an
 *   office or "ilçe" after it, a place next to it in a list, or its province named in the article while it
 *   stands inside a sentence or carries an apostrophe suffix; and a weekday after a date is never a place;</li>
 *   <li>a district name that is also a given name or surname needs its province in the article, an office, or
 *   a locative or ablative ending ("Bayındır'da");</li>
 *   <li>the surname of a person the article names in full is no place when it stands alone later ("Kemal Tokat
 *   ... Tokat, dedi"), province or district.</li>
 * </ol>
 */
public final class PlaceFinder {
    private static final String MULTIWORD_SEPARATOR = " ";
    /** How many capitalised words may stand between a place name and the feature word of a longer name. */
    private static final int FEATURE_LOOKAHEAD = 4;
    /** How many further items a list of neighbourhoods or streets may have after the place. */
    private static final int MAX_LISTED_FEATURES = 8;
    /** "Mah.": the abbreviation of "Mahallesi" after a list of neighbourhoods. */
    private static final String NEIGHBOURHOOD_ABBREVIATION = "mah";
    /** The locative's forms, which open the ablative and the locative's longer suffixes ("'dan", "'daki", "'daydı"). */
    private static final List<String> LOCATIVE = List.of("da", "de", "ta", "te");
    /** The dative endings after the apostrophe of a proper name. */
    private static final Set<String> DATIVE = Set.of("a", "e", "ya", "ye", "na", "ne");
    /** Verbs of going and coming, ASCII-folded: git-/gid-, gel-, dön-, var-, ulaş-, uç-. */
    private static final List<String> MOTION_VERB_STEMS = List.of("git", "gid", "gel", "don", "var", "ulas", "uct",
            "ucu");

    private final Gazetteer gazetteer;
    private final PlaceWords words;
    private final PersonNames names;

    public PlaceFinder(Gazetteer gazetteer, PlaceWords words, PersonNames names) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.names = names;
    }

    /** What {@link #find} returns: place mentions in text order, and belde towns named with their municipality. */
    public record Result(List<PlaceMention> places, List<TownMention> towns) {
    }

    /** First-person plural possessive endings, with a case ending after them or not: -(I)mIz(In, A, I, dA, dAn). */
    private static final List<String> FIRST_PERSON_PLURAL = List.of("imiz", "umuz", "miz", "muz");

    private static final String MUNICIPALITIES = "belediyeler";

    /** "mahalle", "mahallesi", "köyü", "köyünde": the words that name a neighbourhood or a village. */
    private static final List<String> SETTLEMENT_WORDS = List.of("mahalle", "koy");
    /** "Muhtarı", "Muhtarımız": the headman of one village or neighbourhood; not "muhtarları", a district's. */
    private static final Set<String> HEADMAN = Set.of("muhtari", "muhtarimiz");

    private static final class Candidate {
        final int start;
        final int end;
        final List<AdminUnit> units;
        final boolean officeCue;
        final boolean ambiguous;
        AdminUnit chosen;
        boolean accepted;
        /**
         * Never a place, whatever else the article says of the name: a belde of a province the article is about
         * named like a district elsewhere, a club in a sports report, a spelling without the name's diacritics.
         */
        boolean excluded;
        /** Where the name ends when a suffix is written without an apostrophe ("Konyamız"); -1 otherwise. */
        int nameEnd = -1;
        /** The belde of a province the article names that the name was excluded as, or null. */
        Town belde;

        Candidate(int start, int end, List<AdminUnit> units, boolean officeCue, boolean ambiguous) {
            this.start = start;
            this.end = end;
            this.units = units;
            this.officeCue = officeCue;
            this.ambiguous = ambiguous;
        }
    }

    public Result find(TokenizedText text, List<NameSpan> personNames) {
        boolean[] inName = new boolean[text.size()];
        for (NameSpan n : personNames) {
            for (int i = n.start(); i <= n.end(); i++) {
                inName[i] = true;
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        List<TownMention> towns = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Token t = text.get(i);
            if (!(t.capitalized() || t.digits()) || inName[i]) {
                continue;
            }
            Candidate c = t.is(WordClass.PLACE | WordClass.MULTIWORD_PLACE_START)
                    || t.key().equals(Gazetteer.CENTRAL_DISTRICT_KEY) ? candidateAt(text, i, inName)
                    : possessiveProvince(text, i);
            if (c != null) {
                candidates.add(c);
                i = c.end;
            } else if (t.is(WordClass.TOWN) && (followedByOffice(text, i) || beldeOffice(text, i))) {
                Town town = gazetteer.town(t.key());
                if (town != null && inPlaceBefore(town, candidates, i)) {
                    towns.add(new TownMention(i, town));
                }
            }
        }
        excludeNeighbourhoods(text, candidates);
        excludeLocalitiesOfANamedPlace(text, candidates);
        excludeItemsOfAListOfOtherNames(text, candidates);
        excludeCapitalsOfOrdinaryWords(text, candidates);
        resolve(text, candidates, surnamesOf(text, personNames));
        for (Candidate c : candidates) {
            if (c.belde != null && c.start == c.end && (followedByOffice(text, c.end) || beldeOffice(text, c.end))) {
                towns.add(new TownMention(c.start, c.belde)); // "Ortahisar Belediye Başkanı" in Nevşehir: the belde
            }
        }
        towns.sort(Comparator.comparingInt(TownMention::token));
        List<PlaceMention> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.accepted) {
                Token first = text.get(c.start);
                Token last = text.get(c.end);
                int end = c.nameEnd >= 0 ? c.nameEnd : last.stemEnd();
                out.add(new PlaceMention(c.start, c.end, c.chosen, new Span(first.start(), end)));
            }
        }
        return new Result(List.copyOf(out), List.copyOf(townsOfTheArticlesProvinces(towns, out)));
    }

    /**
     * "Ayvacık Kaymakamı ... Gülpınar Belediye Başkanı": a belde the gazetteer knows only in a province the article
     * never names is a namesake the gazetteer lacks, no jurisdiction; without any place named, the town stands.
     */
    private static List<TownMention> townsOfTheArticlesProvinces(List<TownMention> towns, List<PlaceMention> places) {
        if (places.isEmpty()) {
            return towns;
        }
        Set<String> provinces = new HashSet<>();
        for (PlaceMention p : places) {
            provinces.add(p.unit().provinceId());
        }
        return towns.stream().filter(t -> provinces.contains(t.town().district().provinceId())).toList();
    }

    private Candidate candidateAt(TokenizedText text, int i, boolean[] inName) {
        Token t = text.get(i);
        int end = i;
        List<AdminUnit> units = List.of();
        if (i + 1 < text.size() && text.get(i + 1).sepBefore() == Separator.SPACE && !t.hasApostrophe()
                && t.is(WordClass.MULTIWORD_PLACE_START)) {
            units = gazetteer.lookup(t.key() + MULTIWORD_SEPARATOR + text.key(i + 1));
            end = units.isEmpty() ? i : i + 1;
        }
        if (units.isEmpty()) {
            units = gazetteer.lookup(t.key());
        }
        boolean officeCue = followedByOffice(text, end);
        if (units.isEmpty()) {
            return centralDistrict(text, i);
        }
        if (!officeCue && partOfAnotherName(text, i, end, inName)) {
            return null;
        }
        if (isDate(text, i) || (t.digits() && end > i && yearAt(text, end + 1))) {
            return null; // "19 Mayıs 1919'da": the day, not the district
        }
        if (afterAnOrdinal(text, i)) {
            return null; // "2. Ordu Kurmay Başkanı": the Second Army, not the province
        }
        String key = end > i ? t.key() + MULTIWORD_SEPARATOR + text.key(end) : t.key();
        return new Candidate(i, end, units, officeCue, words.is(Category.AMBIGUOUS, key));
    }

    /**
     * "Konyamız", "İzmirimiz", "Bursamızın": a province in the first-person plural possessive, the way its own
     * officials speak of it, written without an apostrophe. Only provinces: a district name with this ending is
     * too often another word.
     */
    private Candidate possessiveProvince(TokenizedText text, int i) {
        Token t = text.get(i);
        String key = t.key();
        if (!t.capitalized() || t.hasApostrophe() || key.length() < 6) {
            return null;
        }
        for (String suffix : FIRST_PERSON_PLURAL) {
            int at = key.lastIndexOf(suffix);
            if (at < 3) {
                continue;
            }
            for (AdminUnit unit : gazetteer.lookup(key.substring(0, at))) {
                if (unit.isProvince()) {
                    Candidate c = new Candidate(i, i, List.of(unit), false, false);
                    c.nameEnd = t.start() + at;
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * "Sinop Merkez ilçesi", "Sinop Merkez Gebelit köyünde", "Bingöl Merkez Ilıcalar Beldesi", "Sinop- Merkez-Gerze":
     * the central district of the province named just before, when what follows places it as one: the word ilçe, a
     * village, neighbourhood or belde inside it, or the next stop of a dashed route. Otherwise "Merkez" after a
     * province names a building or a body ("Sinop Merkez Camii", "Merkez Bankası").
     */
    private Candidate centralDistrict(TokenizedText text, int i) {
        if (!text.key(i).equals(Gazetteer.CENTRAL_DISTRICT_KEY) || i == 0 || i + 1 >= text.size()) {
            return null;
        }
        int sep = text.get(i).sepBefore();
        if (sep != Separator.SPACE && sep != Separator.DASH) {
            return null;
        }
        for (AdminUnit province : gazetteer.lookup(text.key(i - 1))) {
            AdminUnit central = province.isProvince() ? gazetteer.centralDistrict(province) : null;
            if (central != null && placesTheCentre(text, i + 1, sep, central)) {
                Candidate c = new Candidate(i, i, List.of(central), true, false);
                c.chosen = central;
                return c;
            }
        }
        return null;
    }

    private boolean placesTheCentre(TokenizedText text, int k, int sepBeforeMerkez, AdminUnit central) {
        Token next = text.get(k);
        if (next.sepBefore() == Separator.DASH) {
            return next.capitalized();
        }
        if (next.sepBefore() != Separator.SPACE || sepBeforeMerkez != Separator.SPACE) {
            return false;
        }
        if (next.key().startsWith("ilce")) {
            return true;
        }
        if (!next.capitalized() || k + 1 >= text.size()) {
            return false;
        }
        boolean townOfTheCentre = gazetteer.townsNamed(next.key()).stream().anyMatch(t -> t.district().equals(central));
        return townOfTheCentre || (text.get(k + 1).sepBefore() == Separator.SPACE
                && TurkishText.startsWithAny(text.key(k + 1), SETTLEMENT_WORDS));
    }

    /**
     * "Ayaş Mahalle Muhtarı ... Ayaş'ta": a name the article gives as a neighbourhood or village keeps that sense in
     * all its mentions, though a district elsewhere bears it, unless a mention names the district's own office. So does
     * a name with its own muhtar ("Demirköy Muhtarı"): a district has none, its villages and neighbourhoods do.
     */
    private static void excludeNeighbourhoods(TokenizedText text, List<Candidate> candidates) {
        Set<String> neighbourhoods = new HashSet<>();
        for (int i = 0; i + 1 < text.size(); i++) {
            Token next = text.get(i + 1);
            boolean settlement = TurkishText.startsWithAny(next.key(), SETTLEMENT_WORDS) && !kindsOfSettlement(text, i + 1)
                    && !partsOfThePlace(text, next);
            if (text.get(i).capitalized() && !text.get(i).hasApostrophe() && next.sepBefore() == Separator.SPACE
                    && (settlement || HEADMAN.contains(next.key())) && !settlementsOfOnePlace(text, i, i + 1)) {
                neighbourhoods.add(text.key(i));
            }
        }
        for (Candidate c : candidates) {
            if (!c.officeCue && c.end == c.start && neighbourhoods.contains(text.key(c.start))
                    && c.units.stream().noneMatch(AdminUnit::isProvince)) {
                c.excluded = true;
            }
        }
    }

    /**
     * "Menderes ilçesinin Kuyucak ile ... mahalleleri", "İzmir-Kuyucak": a name a district owns in the genitive, or
     * one dashed after a province it is no district of, is a locality there, not the district another province has.
     */
    private static void excludeLocalitiesOfANamedPlace(TokenizedText text, List<Candidate> candidates) {
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (c.officeCue || c.start == 0 || c.units.stream().anyMatch(AdminUnit::isProvince)) {
                continue;
            }
            boolean ownedByDistrict = text.key(c.start - 1).equals(DISTRICTS_OWN)
                    && text.get(c.start).sepBefore() == Separator.SPACE;
            Candidate before = k > 0 ? candidates.get(k - 1) : null;
            boolean dashedAfterProvince = before != null && before.end == c.start - 1
                    && text.get(c.start).sepBefore() == Separator.DASH && before.units.size() == 1
                    && before.units.get(0).isProvince()
                    && c.units.stream().noneMatch(u -> u.province().equals(before.units.get(0).name()));
            if (ownedByDistrict || dashedAfterProvince) {
                c.excluded = true;
            }
        }
    }

    /** "ilçesinin": a district's genitive, owning the neighbourhood or village named after it. */
    private static final String DISTRICTS_OWN = "ilcesinin";

    /** How many names in the locative a sentence needs before the kind of most tells the kind of all. */
    private static final int KIND_LIST_ITEMS = 5;

    /**
     * "Terkos'ta yüzde 22, Sazlıdere'de yüzde 19, Büyükçekmece'de yüzde 22, Ömerli'de yüzde 17...": the items of one
     * enumeration share a kind, so a district's name among a sentence's many names in the locative that are mostly
     * no places (dams, villages, neighbourhoods) is another of those.
     */
    private static void excludeItemsOfAListOfOtherNames(TokenizedText text, List<Candidate> candidates) {
        Map<Integer, Integer> itemsBySentence = new HashMap<>();
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i).capitalized() && locative(text, i)) {
                itemsBySentence.merge(text.sentenceOf(i), 1, Integer::sum);
            }
        }
        Map<Integer, Integer> placesBySentence = new HashMap<>();
        for (Candidate c : candidates) {
            if (locative(text, c.end)) {
                placesBySentence.merge(text.sentenceOf(c.start), 1, Integer::sum);
            }
        }
        for (Candidate c : candidates) {
            int items = itemsBySentence.getOrDefault(text.sentenceOf(c.start), 0);
            if (items >= KIND_LIST_ITEMS && 2 * placesBySentence.getOrDefault(text.sentenceOf(c.start), 0) < items
                    && c.start == c.end && locative(text, c.end) && !c.officeCue
                    && c.units.stream().noneMatch(AdminUnit::isProvince)) {
                c.excluded = true;
            }
        }
    }

    /**
     * "Fethiye Köy ve Mahalle Muhtarlar Derneği": two kinds of settlement joined by "ve" are all the settlements of the
     * place before them, not one named after it.
     */
    private static boolean kindsOfSettlement(TokenizedText text, int k) {
        return k + 2 < text.size() && TurkishText.startsWithAny(text.key(k), SETTLEMENT_WORDS)
                && text.key(k + 1).equals("ve") && TurkishText.startsWithAny(text.key(k + 2), SETTLEMENT_WORDS);
    }

    /**
     * "HAKKIMIZI SÖKE SÖKE ALACAĞIZ" over a quote with "söke söke": a name in a line of capitals, where capitals prove
     * nothing, is the ordinary word the text writes in lower case elsewhere.
     */
    private static void excludeCapitalsOfOrdinaryWords(TokenizedText text, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.start == c.end && text.get(c.start).allCaps() && inLowerCase(text, text.key(c.start))) {
                c.excluded = true;
            }
        }
    }

    private static boolean inLowerCase(TokenizedText text, String key) {
        for (int i = 0; i < text.size(); i++) {
            if (!text.get(i).capitalized() && text.key(i).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** "Boyabat Yenikent": a town right after a place lies in it; a namesake elsewhere is not the one meant. */
    private static boolean inPlaceBefore(Town town, List<Candidate> candidates, int i) {
        Candidate before = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
        if (before == null || before.end != i - 1) {
            return true;
        }
        AdminUnit district = town.district();
        return before.units.stream().anyMatch(u -> u.isProvince() ? u.provinceId().equals(district.provinceId())
                : u.equals(district));
    }

    /** "Yıldız Beldesi Belediye Başkanı": the town's office after the word for a town. */
    private boolean beldeOffice(TokenizedText text, int i) {
        return i + 1 < text.size() && text.key(i + 1).startsWith(BELDE) && text.get(i + 1).spaceBefore()
                && followedByOffice(text, i + 1);
    }

    private static final String BELDE = "belde";
    private static final String GENDARMERIE = "jandarma";
    private static final String STATION = "karakol";

    private boolean followedByOffice(TokenizedText text, int end) {
        if (end + 1 >= text.size()) {
            return false;
        }
        Token next = text.get(end + 1);
        // "Akdeniz Belediyeler Birliği": a union of municipalities is not the office of a place
        return Separator.isPhraseInternal(next.sepBefore()) && next.is(WordClass.OFFICE_CUE)
                && !next.key().startsWith(MUNICIPALITIES) && !stationFollows(text, end) && !buildingOf(text, end + 1);
    }

    /**
     * "Ankara Kongre Merkezi", "Sinop Gençlik Merkezi": the office word names a building with the word after it; so
     * do the office words of a club ("İstanbul Büyükşehir Belediye Spor Kulübü").
     */
    private static boolean buildingOf(TokenizedText text, int cue) {
        int k = cue + 1;
        while (k < text.size() && k <= cue + CLUB_OFFICE_WORDS && text.is(k, WordClass.OFFICE_CUE)
                && !text.is(k, WordClass.FEATURE) && text.get(k).capitalized() && text.get(k).spaceBefore()) {
            k++;
        }
        return k < text.size() && text.is(k, WordClass.FEATURE) && text.get(k).spaceBefore() && text.get(k).capitalized();
    }

    /** How many more office words a club's name may have before its feature word: "Belediye" of "... Belediye Spor". */
    private static final int CLUB_OFFICE_WORDS = 2;

    /**
     * "Bor Jandarma Karakol Komutanlığı": a gendarmerie station is named after its village, which may share a
     * district's name; a district's own command is "İlçe Jandarma Komutanlığı".
     */
    private static boolean stationFollows(TokenizedText text, int end) {
        return end + 2 < text.size() && text.key(end + 1).equals(GENDARMERIE)
                && text.key(end + 2).startsWith(STATION) && text.get(end + 1).spaceBefore();
    }

    /** A street, landscape or building named after the place, a region, or a person's surname. */
    private boolean partOfAnotherName(TokenizedText text, int start, int end, boolean[] inName) {
        if (featureFollows(text, start, end) || itemOfAListOfFeatures(text, end) || stationFollows(text, end)) {
            return true;
        }
        // "Eyüp Bey", "Aydın Hanım": a given name addressed as a person
        if (!text.get(end).hasApostrophe() && text.is(end + 1, WordClass.PERSON_AFTER)
                && text.get(end + 1).spaceBefore()) {
            return true;
        }
        // A name the name finder has closed before this word ("Binali Yıldırım Kırşehir'de") is no evidence.
        if (start > 0 && text.get(start).spaceBefore() && !inName[start - 1]) {
            Token before = text.get(start - 1);
            // the tail of a dashed name ("Eğitim-Bir-Sen Sinop Şubesi") is no given name before a surname
            if (before.capitalized() && !before.hasApostrophe() && (before.sepBefore() & Separator.DASH) == 0
                    && before.is(WordClass.DIRECTION | WordClass.GIVEN_NAME)
                    && !gazetteer.isDistrictOf(before.key(), text.key(start)) // "Ardahan Göle": where it is
                    && !(Separator.isListComma(before.sepBefore()) // "Karşıyaka, Menderes Buca": a comma dropped
                        && gazetteer.areSiblingDistricts(before.key(), text.key(start)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Dere, Sinop, Yenice Mah.", "Atatürk, Sinop ve Yenice mahallelerinde": an item of a list of capitalised names
     * whose last item a feature word follows names a neighbourhood or street too.
     */
    private static boolean itemOfAListOfFeatures(TokenizedText text, int end) {
        int k = end + 1;
        int items = 0;
        while (k < text.size() && items < MAX_LISTED_FEATURES && !text.get(end).hasApostrophe()) {
            int noteEnd = pastANote(text, k);
            boolean noted = noteEnd > k; // "Ören (bir bölümü) ve Kepez"
            k = noteEnd;
            if (k >= text.size()) {
                return false;
            }
            Token t = text.get(k);
            boolean next = Separator.isListComma(t.sepBefore())
                    || (t.key().equals("ve") && (t.spaceBefore() || noted));
            if (!next) {
                return items > 0 && (t.spaceBefore() || noted) && featureWord(text, t);
            }
            k = t.key().equals("ve") ? k + 1 : k;
            if (k >= text.size() || !text.get(k).capitalized()) {
                return false;
            }
            while (k + 1 < text.size() && text.get(k + 1).spaceBefore() && text.get(k + 1).capitalized()
                    && !featureWord(text, text.get(k + 1)) && !text.get(k).hasApostrophe()) {
                k++; // a name of two words ("Bahçeli Evler")
            }
            if (text.get(k).hasApostrophe()) {
                return false;
            }
            k++;
            items++;
        }
        return false;
    }

    /** How many words a note in parentheses after an item of a list may have ("Kepez (bir bölümü)"). */
    private static final int NOTE_WORDS = 4;

    /** The word after a note in parentheses that opens at word {@code k}, or {@code k} when none opens there. */
    private static int pastANote(TokenizedText text, int k) {
        if ((text.get(k).sepBefore() & Separator.PARENTHESIS) == 0) {
            return k;
        }
        for (int j = k + 1; j < text.size() && j <= k + NOTE_WORDS; j++) {
            if ((text.get(j).sepBefore() & Separator.PARENTHESIS) != 0) {
                return j;
            }
        }
        return k;
    }

    /** The word before a note in parentheses that ends at word {@code k}, or {@code k} when none ends there. */
    private static int beforeANote(TokenizedText text, int k) {
        if (k < 0 || k + 1 >= text.size() || (text.get(k + 1).sepBefore() & Separator.PARENTHESIS) == 0) {
            return k;
        }
        for (int j = k; j > 0 && j > k - NOTE_WORDS; j--) {
            if ((text.get(j).sepBefore() & Separator.PARENTHESIS) != 0) {
                return j - 1;
            }
        }
        return k;
    }

    private static boolean featureWord(TokenizedText text, Token t) {
        return (t.is(WordClass.FEATURE) && !partsOfThePlace(text, t)) || t.key().equals(NEIGHBOURHOOD_ABBREVIATION);
    }

    /**
     * "Bodrum ve Marmaris koylarını", "Sinop caddelerinde": a feature word in lower case and the plural names the
     * parts of the place, which the text names as a place; a named feature is one and capitalised ("Marmaris Koyu").
     */
    private static boolean partsOfThePlace(TokenizedText text, Token t) {
        String k = t.key();
        String word = TurkishText.lower(text.text().substring(t.start(), t.end()));
        return !t.capitalized() && (k.contains("lar") || k.contains("ler"))
                && !word.startsWith(VILLAGE) && !word.startsWith(NEIGHBOURHOOD);
    }

    /**
     * "Alaplı köylerinin", "Çankaya mahallelerinde": the plural after a lone name is that place's villages or
     * neighbourhoods; after coordinated names ("Atatürk ve Yenice mahallelerinde", "Kale Mahallesi ile Yenice
     * köylerinde") it names each of them.
     */
    private static boolean settlementsOfOnePlace(TokenizedText text, int start, int next) {
        if (next >= text.size()) {
            return false;
        }
        String word = TurkishText.lower(text.text().substring(text.get(next).start(), text.get(next).end()));
        boolean plural = word.startsWith(VILLAGE + "ler") || word.startsWith(NEIGHBOURHOOD + "ler");
        int before = start > 0 && TurkishText.COORDINATORS.contains(text.key(start - 1)) ? beforeANote(text, start - 2)
                : Separator.isListComma(text.get(start).sepBefore()) ? beforeANote(text, start - 1) : -1;
        boolean coordinated = before > 0 && text.get(before).capitalized()
                && text.sentenceOf(before - 1) == text.sentenceOf(before);
        return plural && !coordinated;
    }

    /** Settlements a plural names each ("Atatürk ve Yenice mahallelerinde"); not "koy", a bay. */
    private static final String VILLAGE = "köy";
    private static final String NEIGHBOURHOOD = "mahalle";

    /**
     * "Ankara Caddesi", and also "İzmir Katip Çelebi Üniversitesi": a feature word right after the name or at the
     * end of the capitalised words that follow it.
     */
    private boolean featureFollows(TokenizedText text, int start, int end) {
        if (text.get(end).hasApostrophe() || end + 1 >= text.size()) {
            return false;
        }
        int first = pastANote(text, end + 1); // "Kepez (bir bölümü) mahallelerinin"
        if (first >= text.size() || settlementsOfOnePlace(text, start, first)) {
            return false;
        }
        for (int k = first; k < text.size() && k < first + FEATURE_LOOKAHEAD; k++) {
            Token t = text.get(k);
            boolean office = t.is(WordClass.OFFICE_CUE) && !t.is(WordClass.FEATURE) && !buildingOf(text, k);
            if ((t.sepBefore() != Separator.SPACE && !(k == first && first > end + 1)) || office) {
                return false;
            }
            // "İstanbul Silivri Cezaevi": a place before another place of its province names where the building is;
            // and a district whose name starts like a feature word ("Kocaeli Çayırova" is no "Çayı") is the place's
            // own district. A place of another province is part of the name ("Silivri Marmara Cezaevi").
            if (k == end + 1 && t.is(WordClass.PLACE) && t.capitalized() && sameProvince(text.key(end), t.key())) {
                return false;
            }
            if (t.is(WordClass.FEATURE) && !kindsOfSettlement(text, k) && !partsOfThePlace(text, t)
                    && !ringRoad(text, k) && !routeRoad(text, end, k) && !stateHospital(text, k)) {
                // "Gerze Yenikent Mahallesi": a neighbourhood or village named after the place lies in it
                return k == first || !TurkishText.startsWithAny(t.key(), SETTLEMENT_WORDS);
            }
            if (!t.capitalized() || t.hasApostrophe()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Mut Devlet Hastanesi": the ministry names a state hospital after the district or province it serves, so the
     * name is that place, unlike a hospital named after a person or a neighbourhood.
     */
    private static boolean stateHospital(TokenizedText text, int k) {
        return k > 0 && text.key(k - 1).equals(STATE) && text.key(k).startsWith(HOSPITAL);
    }

    private static final String STATE = "devlet";
    private static final String HOSPITAL = "hastane";

    /**
     * "Gerze Çevre Yolu": a ring road goes round the place it is named after, which the name names as a place (as a
     * motorway's name names its ends: "Sinop-Samsun Otoyolu"), unlike a street or building named after one.
     */
    private static boolean ringRoad(TokenizedText text, int k) {
        return k > 0 && text.key(k - 1).equals(RING) && text.key(k).startsWith(ROAD);
    }

    /**
     * "Yenişehir-İnegöl yolu": a road named by the places it joins, written with a hyphen, names both as places,
     * the last one too.
     */
    private static boolean routeRoad(TokenizedText text, int end, int k) {
        return k == end + 1 && text.key(k).startsWith(ROAD) && end > 0
                && (text.get(end).sepBefore() & Separator.DASH) != 0 && text.is(end - 1, WordClass.PLACE);
    }

    private static final String RING = "cevre";
    private static final String ROAD = "yol";

    private boolean sameProvince(String placeKey, String nextKey) {
        for (AdminUnit a : gazetteer.lookup(placeKey)) {
            for (AdminUnit b : gazetteer.lookup(nextKey)) {
                if (a.province().equals(b.province())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A name that is also a word right after an ordinal inside a sentence ("Törene 2. Ordu Komutanı") names a ranked
     * unit; a number opening its line numbers a list ("4. Ordu – A").
     */
    private static boolean afterAnOrdinal(TokenizedText text, int i) {
        if (i < 2 || !text.is(i, WordClass.AMBIGUOUS_PLACE) || !text.get(i - 1).digits()
                || Separator.isBoundary(text.get(i - 1).sepBefore())) {
            return false;
        }
        return text.text().substring(text.get(i - 1).end(), text.get(i).start()).equals(". ");
    }

    private static boolean yearAt(TokenizedText text, int i) {
        return i < text.size() && text.get(i).digits() && text.key(i).length() == 4 && text.get(i).spaceBefore();
    }

    /** "17 Ağustos Pazar günü": a weekday or month after a date or before a time word. */
    private boolean isDate(TokenizedText text, int i) {
        if (!text.is(i, WordClass.TEMPORAL)) {
            return false;
        }
        boolean afterDate = i > 0 && text.get(i).spaceBefore()
                && (text.get(i - 1).digits() || text.is(i - 1, WordClass.DATE_CONTEXT));
        boolean beforeTime = text.is(i + 1, WordClass.DATE_CONTEXT);
        return afterDate || beforeTime;
    }

    /** The surnames of the people the article names in full. */
    private static Set<String> surnamesOf(TokenizedText text, List<NameSpan> personNames) {
        Set<String> surnames = new HashSet<>();
        for (NameSpan n : personNames) {
            if (n.end() > n.start()) {
                surnames.add(text.key(n.end()));
            }
        }
        return surnames;
    }

    private void resolve(TokenizedText text, List<Candidate> candidates, Set<String> personSurnames) {
        excludeClubsAndPlainSpellings(text, candidates);
        List<Candidate> provinceMentions = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.excluded) {
                continue;
            }
            if (c.chosen == null && c.units.get(0).isProvince()) {
                c.chosen = c.units.get(0);
                boolean surnameOfPerson = personSurnames.contains(text.key(c.start)) && !c.officeCue
                        && !locative(text, c.end);
                c.accepted = !surnameOfPerson && (!c.ambiguous || c.officeCue || text.get(c.start).hasApostrophe()
                        || !text.get(c.start).sentenceStart() || dateline(text, c) || lineLabel(text, c));
                if (c.accepted) {
                    provinceMentions.add(c);
                }
            } else if (c.chosen != null) {
                c.accepted = true;
            }
        }
        Set<String> articleProvinces = new HashSet<>();
        for (Candidate c : provinceMentions) {
            articleProvinces.add(c.chosen.provinceId());
        }
        Set<String> districtProvinces = new HashSet<>();
        for (Candidate c : candidates) {
            if (!c.excluded && c.units.size() == 1 && !c.units.get(0).isProvince()) {
                districtProvinces.add(c.units.get(0).provinceId());
            }
        }
        Set<String> establishedKeys = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.chosen == null && !c.excluded) {
                c.chosen = choose(c, provinceMentions, articleProvinces, districtProvinces);
                boolean provinceInArticle = articleProvinces.contains(c.chosen.provinceId());
                Town belde = provinceInArticle ? null : beldeOfArticle(text.key(c.start), articleProvinces);
                if (belde != null) {
                    c.excluded = true;
                    c.belde = belde;
                    continue;
                }
                String key = text.key(c.start);
                boolean personal = names.isGivenName(key) || names.isSurname(key);
                if (c.officeCue) {
                    c.accepted = true;
                } else if (personSurnames.contains(key) && !locative(text, c.end)) {
                    // "Ahmet Dicle ... Dicle, açıklamasında": a person named in full, then by surname
                    c.accepted = false;
                } else if (c.ambiguous) {
                    // An ordinary word takes no apostrophe: "Pazar'da" is the district even first in a sentence.
                    c.accepted = provinceInArticle
                            && (!text.get(c.start).sentenceStart() || text.get(c.end).hasApostrophe()
                            || afterItsProvince(text, c, provinceMentions));
                } else {
                    c.accepted = !personal || provinceInArticle || locative(text, c.end);
                }
            }
            if (c.accepted && c.officeCue) {
                establishedKeys.add(text.key(c.start));
            }
        }
        acceptEstablishedAndListed(text, candidates, establishedKeys);
    }

    /** "ORDU" alone on its line, in capitals: the dateline or the section of a local page, which names a place. */
    private static boolean dateline(TokenizedText text, Candidate c) {
        int after = c.end + 1;
        return text.get(c.start).allCaps()
                && (text.get(c.start).sepBefore() & (Separator.START | Separator.NEWLINE)) != 0
                && (after >= text.size() || (text.get(after).sepBefore() & Separator.NEWLINE) != 0);
    }

    /** "Ordu: AK Parti adayı ...": a province opening a line before a colon labels it, as lists of results do. */
    private static boolean lineLabel(TokenizedText text, Candidate c) {
        int after = c.end + 1;
        return (text.get(c.start).sepBefore() & (Separator.START | Separator.NEWLINE)) != 0 && after < text.size()
                && (text.get(after).sepBefore() & Separator.COLON) != 0
                && (text.get(after).sepBefore() & Separator.NEWLINE) == 0;
    }

    /** "İstanbul - Beşiktaş", "İzmir/Konak": a district written right after its own province, as an address. */
    private static boolean afterItsProvince(TokenizedText text, Candidate c, List<Candidate> provinceMentions) {
        int sep = text.get(c.start).sepBefore();
        boolean joined = (sep & (Separator.DASH | Separator.OTHER)) != 0 && (sep & Separator.NEWLINE) == 0;
        for (Candidate p : provinceMentions) {
            if (p.end == c.start - 1) {
                return joined && p.chosen.provinceId().equals(c.chosen.provinceId());
            }
        }
        return false;
    }

    /**
     * A place in a sentence of a sports report is its club ("Beşiktaş'ın futbolcusu", "Erzurum maçından") unless it
     * takes the locative or ablative or names an office; and a spelling that drops the name's diacritics in a text
     * that writes them is another word ({@link AsciiSpelling}).
     */
    private static void excludeClubsAndPlainSpellings(TokenizedText text, List<Candidate> candidates) {
        Set<Integer> sportsSentences = new HashSet<>();
        for (int i = 0; i < text.size(); i++) {
            // "Gölcük" is no "golcü", and the given name "Macit" no "maçı"
            if (text.is(i, WordClass.SPORT) && !text.is(i, WordClass.PLACE | WordClass.GIVEN_NAME)) {
                sportsSentences.add(text.sentenceOf(i));
            }
        }
        Set<List<AdminUnit>> clubs = new HashSet<>();
        for (Candidate c : candidates) {
            if (sportsSentences.contains(text.sentenceOf(c.start)) && !c.officeCue) {
                clubs.add(c.units);
            }
        }
        boolean diacritics = AsciiSpelling.writesDiacritics(text.text());
        for (Candidate c : candidates) {
            boolean club = clubs.contains(c.units) && !c.officeCue
                    && !locative(text, c.end) && !destinationOfMotion(text, c.end);
            Token first = text.get(c.start);
            String written = text.text().substring(first.start(), first.stemEnd());
            // an office named after it makes it the place however it is spelled: "Eskisehir İl Başkanı"
            boolean plain = diacritics && !c.officeCue && c.units.stream().allMatch(
                    u -> AsciiSpelling.dropsDiacriticsOf(written, u.name()));
            c.excluded |= club || plain || standingsRow(text, c.start, c.end);
        }
    }

    /** How many numbers after a name make its line a row of a league table ("3.Adana 1954 FK 0 0 0 0 0 0"). */
    private static final int STANDINGS_NUMBERS = 4;

    /**
     * "4.Altınordu 0 0 0 0 0 0": a line that opens with a rank and runs on in numbers after the name is a row of a
     * league table, and the name a club's.
     */
    private static boolean standingsRow(TokenizedText text, int start, int end) {
        int rank = start - 1;
        if (rank < 0 || !text.get(rank).digits()
                || (text.get(rank).sepBefore() & (Separator.NEWLINE | Separator.START)) == 0) {
            return false; // the rank opens the line, right before the name: "3.Adana"
        }
        int numbers = 0;
        for (int k = end + 1; k < text.size() && k <= end + STANDINGS_WORDS
                && (text.get(k).sepBefore() & Separator.NEWLINE) == 0; k++) {
            numbers += text.get(k).digits() ? 1 : 0;
        }
        return numbers >= STANDINGS_NUMBERS;
    }

    /** How far after the name a row's numbers are looked for ("Adana 1954 FK 0 0 0 0 0 0"). */
    private static final int STANDINGS_WORDS = 12;

    /**
     * "Kepez'de" in an article about Çanakkale: a belde of a province the article names, whose namesake district
     * lies in a province the article does not name, is the belde ("Lapseki Çardak'ta" likewise): that belde, or null.
     */
    private Town beldeOfArticle(String key, Set<String> articleProvinces) {
        for (Town town : gazetteer.townsNamed(key)) {
            if (articleProvinces.contains(town.district().provinceId())) {
                return town;
            }
        }
        return null;
    }

    /** "Erzurum'a gidecek", "İstanbul'a dönüşünde": a dative before a verb of motion is where someone goes. */
    private static boolean destinationOfMotion(TokenizedText text, int i) {
        Token t = text.get(i);
        if (!t.hasApostrophe() || !DATIVE.contains(TurkishText.foldKey(text.text(), t.stemEnd() + 1, t.end()))) {
            return false;
        }
        String verb = text.key(i + 1);
        return MOTION_VERB_STEMS.stream().anyMatch(verb::startsWith);
    }

    /** "Bayındır'da", "Tire'den": a place-name takes the locative and ablative, a person's name hardly ever. */
    private static boolean locative(TokenizedText text, int i) {
        Token t = text.get(i);
        if (!t.hasApostrophe()) {
            return false;
        }
        String suffix = TurkishText.foldKey(text.text(), t.stemEnd() + 1, t.end());
        return TurkishText.startsWithAny(suffix, LOCATIVE);
    }

    /** Mentions of a name already established as a place, and names listed next to an accepted place. */
    private static void acceptEstablishedAndListed(TokenizedText text, List<Candidate> candidates,
                                                   Set<String> establishedKeys) {
        for (Candidate c : candidates) {
            if (!c.accepted && !c.excluded && establishedKeys.contains(text.key(c.start))
                    && (text.get(c.start).hasApostrophe() || !text.get(c.start).sentenceStart())) {
                c.accepted = true;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < candidates.size(); k++) {
                Candidate c = candidates.get(k);
                if (c.accepted || c.excluded) {
                    continue;
                }
                boolean listed = (k > 0 && candidates.get(k - 1).accepted && listed(text, candidates.get(k - 1), c))
                        || (k + 1 < candidates.size() && candidates.get(k + 1).accepted
                        && listed(text, c, candidates.get(k + 1)));
                if (listed) {
                    c.accepted = true;
                    changed = true;
                }
            }
        }
    }

    /**
     * "Kiraz, Beydağ, Tire ve Bayındır": consecutive items joined by a comma or by "ve" / "ile" / "veya"; and the ends
     * of a route joined by a hyphen ("Sapanca-Karasu arasına").
     */
    private static boolean listed(TokenizedText text, Candidate left, Candidate right) {
        int gap = right.start - left.end;
        if (gap == 1) {
            String between = text.text().substring(text.get(left.end).end(), text.get(right.start).start());
            return Separator.isListComma(text.get(right.start).sepBefore()) || between.equals("-");
        }
        if (gap == 2) {
            String joiner = text.key(left.end + 1);
            return TurkishText.COORDINATORS.contains(joiner)
                    && text.get(left.end + 1).spaceBefore() && text.get(right.start).spaceBefore();
        }
        return false;
    }

    /**
     * The district reading whose province the article names, nearest before first; else the one whose province holds
     * another district the article names ("Hopa ... Kemalpaşa": Artvin's); else the most populous.
     */
    private static AdminUnit choose(Candidate c, List<Candidate> provinceMentions, Set<String> articleProvinces,
                                    Set<String> districtProvinces) {
        if (c.units.size() == 1) {
            return c.units.get(0);
        }
        AdminUnit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Candidate p : provinceMentions) {
            for (AdminUnit u : c.units) {
                if (u.provinceId().equals(p.chosen.provinceId())) {
                    int distance = p.start <= c.start ? c.start - p.start : (p.start - c.start) * 2;
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = u;
                    }
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (AdminUnit u : c.units) {
            if (articleProvinces.contains(u.provinceId())) {
                return u;
            }
        }
        for (AdminUnit u : c.units) {
            if (districtProvinces.contains(u.provinceId())) {
                return u;
            }
        }
        return c.units.get(0);
    }
}
