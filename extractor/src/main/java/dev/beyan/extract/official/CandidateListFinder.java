package dev.beyan.extract.official;

import dev.beyan.extract.Span;
import dev.beyan.extract.data.AdminUnit;
import dev.beyan.extract.data.Gazetteer;
import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.data.Titles;
import dev.beyan.extract.data.Town;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.place.TownMention;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.extract.text.WordClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists of candidates by place, the way parties announce them and news reprints them:
 * <ul>
 *   <li>a run of locatives, each followed by a name: "Ayvacık'ta A, Küçükkuyu'da B ve Bayramiç'te C", also with a
 *   belde after its district ("Biga Gümüşçay'da D");</li>
 *   <li>lines of "Place: Name" ("Kızılcahamam: E" on its own line, one after another), the place possibly with
 *   its province and a belde ("- Sinop Gerze: F", "Samsun Bafra Doğanca Beldesi: G"), the name possibly followed by
 *   its party in parentheses ("H (DSP)");</li>
 *   <li>lines of "Name - Place", the name first ("I - Malatya Büyükşehir");</li>
 *   <li>lines of a municipality and its holder ("2- Sinop-Gerze İlçe Belediyesi J Kaymakam").</li>
 * </ul>
 * A plural title in the heading right before the list names the office of every item ("Yeni atanan il
 * başkanları:" over "Rize: A" lines, "Belediye başkanlarının listesi şöyle:"). Without one, the list names candidates only where candidacy is the topic (a
 * word of "aday" in the sentence or the few sentences before it), and each name becomes the mayoral candidate of
 * its place; where the sentence closes on winning ("Diyadin'de DEM Partili A, Hamur'da ise YRP'li B seçimin galibi
 * oldu"), each name is its place's mayor. The party is the adjective before the name or the one in parentheses after
 * it, else the one named last before the list. A single locative before a name ("Ayvacık'ta A ile
 * görüştü") is no list: at least two items are needed.
 */
final class CandidateListFinder {
    /** "Midyat'ta da A", "Hamur'da ise B": the particle after the last item's place. */
    private static final Set<String> PARTICLES = Set.of("da", "de", "ise");
    private static final String CANDIDACY_PREFIX = "aday";
    /** How many sentences before the list may carry the word of candidacy. */
    private static final int CUE_SENTENCES = 3;
    private static final int MIN_ITEMS = 2;
    /** The office of a name in a list of a party's candidates. */
    static final Title CANDIDATE = new Title("Belediye Başkan Adayı", TitleScope.MUNICIPAL, null, false, false);
    private static final Title METROPOLITAN_CANDIDATE = new Title("Büyükşehir Belediye Başkan Adayı",
            TitleScope.METROPOLITAN, null, false, false);
    private static final String CANDIDATE_WORD = "Adayı";
    /** How many words before the list its heading's plural title may start. */
    private static final int HEADING_WINDOW = 8;

    private final Gazetteer gazetteer;
    private final Titles titles;
    private final PersonNameFinder nameFinder;
    private final Jurisdictions jurisdictions = new Jurisdictions();

    CandidateListFinder(Gazetteer gazetteer, Titles titles, PersonNameFinder nameFinder) {
        this.gazetteer = gazetteer;
        this.titles = titles;
        this.nameFinder = nameFinder;
    }

    /** How many words a line's place may have: province, district, belde and "Beldesi". */
    private static final int LINE_PLACE_WORDS = 4;
    /** Words after a place that name its kind of unit: "Doğanca Beldesi", "Sinop Belediyesi". */
    private static final Set<String> UNIT_WORDS = Set.of("beldesi", "belde", "ilcesi", "buyuksehir", "belediyesi");
    /** "Bursa Büyükşehir: A": the metropolitan municipality of the province, whose candidate A is. */
    private static final String METROPOLITAN = "buyuksehir";

    /**
     * One list item: the place (a {@link PlaceMention} or a {@link TownMention}), its first word, the name, the
     * party in parentheses after it or null, and the item's last word.
     */
    /** One list item; {@code partners} are co-holders named after the first ("Van'da A ve B", "Van'da A B"). */
    private record Item(Object place, int start, NameSpan name, Party party, int end, List<NameSpan> partners) {
        Item(Object place, int start, NameSpan name, Party party, int end) {
            this(place, start, name, party, end, List.of());
        }

        Item(Object place, int start, NameSpan name) {
            this(place, start, name, null, name.end());
        }
    }

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        List<Item> run = new ArrayList<>();
        TokenizedText text = index.text;
        for (int k = 0; k < text.size(); k++) {
            Item item = itemAt(index, k);
            if (item == null) {
                item = nameFirstItemAt(index, k);
            }
            if (item == null) {
                item = municipalityLineItemAt(index, k);
            }
            if (item == null) {
                item = nameLineItemAt(index, k);
            }
            if (item == null) {
                continue;
            }
            item = withPartners(index, item);
            if (!run.isEmpty() && !continuesRun(text, run.get(run.size() - 1), item)) {
                emit(index, run, out);
                run.clear();
            }
            run.add(item);
            k = item.end();
        }
        emit(index, run, out);
        return out;
    }

    private void emit(ArticleIndex index, List<Item> run, List<TitleEvidenceFinder.Found> out) {
        if (run.size() < MIN_ITEMS) {
            return;
        }
        Title office = headingTitle(index.text, run.get(0).start());
        if (office == null && electedAfter(index.text, run.get(run.size() - 1).end())) {
            office = MAYOR; // "Diyadin'de DEM Partili A, ..., Hamur'da ise YRP'li B seçimin galibi oldu"
        }
        boolean placeless = run.stream().anyMatch(item -> item.place() == null);
        if (office == null && (placeless || !aboutCandidacy(index.text, run.get(0).start()))) {
            return; // a line of a name alone is an office's holder only under a heading that names the office
        }
        Title title = office == null ? CANDIDATE : candidacyOf(office, index.text, run.get(0).start());
        Party party = partyOfList(index, run.get(0).start());
        for (Item item : run) {
            Party of = item.party() != null ? item.party() : party;
            Title itemTitle = title == CANDIDATE && metropolitan(index.text, item) ? METROPOLITAN_CANDIDATE : title;
            Modifiers mods = new Modifiers(item.start(), of,
                    item.place() == null ? List.of() : List.of(item.place()), false);
            Jurisdictions.Resolved where = jurisdictions.resolve(index, itemTitle, mods, of, item.start(), false);
            out.add(found(item.name(), itemTitle, where, of, true));
            for (NameSpan partner : item.partners()) {
                out.add(found(partner, itemTitle, where, of, true));
            }
        }
    }

    /**
     * "Denizli'de A ve B", "Antalya'da Kemal Bülbül Nesibe Bahadır": co-holders of one place's item, joined by "ve"
     * or run together, each closing the item (at a comma, a sentence's or a line's end).
     */
    private Item withPartners(ArticleIndex index, Item item) {
        TokenizedText text = index.text;
        List<NameSpan> partners = new ArrayList<>();
        int end = item.end();
        boolean joined = false;
        while (!joined && end + 1 < text.size() && text.get(end + 1).sepBefore() == Separator.SPACE
                && !text.get(end).hasApostrophe()) {
            int k = end + 1;
            joined = text.key(k).equals("ve");
            k += joined ? 1 : 0;
            NameSpan next = k >= text.size() || text.get(k).sepBefore() != Separator.SPACE ? null
                    : index.nameStartingAt[k] != null ? index.nameStartingAt[k]
                    : joined ? nameFinder.nameAt(text, k, true) : null;
            if (next == null || !closesItem(text, next.end())) {
                break;
            }
            partners.add(next);
            end = next.end();
        }
        return partners.isEmpty() ? item
                : new Item(item.place(), item.start(), item.name(), item.party(), end, List.copyOf(partners));
    }

    private static boolean closesItem(TokenizedText text, int end) {
        return end + 1 >= text.size() || (text.get(end + 1).sepBefore()
                & (Separator.COMMA | Separator.SENTENCE_END | Separator.NEWLINE)) != 0;
    }

    /** The party named last before the list, unless the list's people left it ("CHP'den istifa eden üyeler"). */
    private static Party partyOfList(ArticleIndex index, int listStart) {
        for (int j = listStart - 1; j >= 0; j--) {
            if (index.partyEndingAt[j] != null) {
                return index.isPartyLeft(j) ? null : index.partyEndingAt[j].value();
            }
        }
        return null;
    }

    private static boolean metropolitan(TokenizedText text, Item item) {
        int placeEnd = item.name().start() > item.start() ? item.name().start() - 1 : item.end();
        return placeEnd > item.start() && text.key(placeEnd).equals(METROPOLITAN);
    }

    /**
     * "Bursa'da aday gösterdiği belediye başkanları:": a heading that names mayors in a sentence of candidacy lists
     * the candidates for the office, not its holders.
     */
    private static Title candidacyOf(Title office, TokenizedText text, int listStart) {
        boolean mayoral = office.scope() == TitleScope.MUNICIPAL || office.scope() == TitleScope.METROPOLITAN;
        if (!mayoral || office.canonical().endsWith(CANDIDATE_WORD)
                || listStart == 0 || !headingNamesCandidacy(text, listStart)) {
            return office;
        }
        return office.scope() == TitleScope.METROPOLITAN ? METROPOLITAN_CANDIDATE : CANDIDATE;
    }

    private static boolean headingNamesCandidacy(TokenizedText text, int listStart) {
        int sentence = text.sentenceOf(listStart - 1);
        for (int k = listStart - 1; k >= 0 && text.sentenceOf(k) == sentence; k--) {
            if (text.key(k).startsWith(CANDIDACY_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** The office {@code title} given to {@code name} by a list, where {@code where} says. */
    static TitleEvidenceFinder.Found found(NameSpan name, Title title, Jurisdictions.Resolved where, Party party,
                                           boolean placeNamed) {
        return new TitleEvidenceFinder.Found(name, -1, new Evidence(name.start(), title.canonical(), title.scope(),
                where.org(), party == null ? null : party.shortName(), where.province(), where.district(), false,
                placeNamed));
    }

    /**
     * The plural title of the heading line that closes right before the list with a colon ("İl Başkanları:",
     * "Belediye başkanlarının listesi şöyle:").
     */
    private Title headingTitle(TokenizedText text, int listStart) {
        if (listStart > 0 && text.get(listStart - 1).digits() && (text.get(listStart - 1).sepBefore() & LINE_START) != 0) {
            listStart--; // the first line's ordinal: "1- Batman İl Belediyesi A"
        }
        int sep = listStart == 0 ? 0 : text.get(listStart).sepBefore();
        if ((sep & Separator.NEWLINE) == 0 || (sep & Separator.COLON) == 0) {
            return null;
        }
        int from = listStart - 1;
        while (from > 0 && from > listStart - HEADING_WINDOW && (text.get(from).sepBefore() & LINE_START) == 0) {
            from--;
        }
        Title title = pluralTitleIn(text, from, listStart);
        if (title == null && from > 0 && (text.get(from).sepBefore() & Separator.NEWLINE) != 0) {
            // "İstifa eden meclis üyeleri" over "İstifa eden üyeler şunlar:": a heading line right above names it
            int headingStart = from - 1;
            while (headingStart > 0 && from - headingStart < HEADING_WINDOW
                    && (text.get(headingStart).sepBefore() & LINE_START) == 0) {
                headingStart--;
            }
            boolean heading = (text.get(headingStart).sepBefore() & LINE_START) != 0
                    && (text.get(from).sepBefore() & Separator.SENTENCE_END) == 0;
            title = heading ? pluralTitleIn(text, headingStart, from) : null;
        }
        return title;
    }

    private Title pluralTitleIn(TokenizedText text, int from, int end) {
        for (int k = from; k < end; k++) {
            PhraseTable.Match<Title> match = text.is(k, WordClass.TITLE_START) ? titles.match(text.tokens(), k) : null;
            if (match != null && match.value().plural() && match.end() < end) {
                return match.value();
            }
        }
        return null;
    }

    private static final int LINE_START = Separator.NEWLINE | Separator.START;

    /**
     * The next item follows the previous one after a comma, "ve", a line break (one "Place: Name" a line) or the end
     * of a sentence.
     */
    private static boolean continuesRun(TokenizedText text, Item previous, Item next) {
        int after = afterLineNote(text, previous.end() + 1, next.start());
        int sep = text.get(next.start()).sepBefore();
        if (after < next.start() && text.get(after).digits() && (text.get(after).sepBefore() & Separator.NEWLINE) != 0) {
            sep = text.get(after).sepBefore(); // the ordinal number of the next line: "2. Kocaeli – B"
            after++;
        }
        if (next.start() == after) {
            // one item a line, or a sentence each in a paragraph ("Kozan - A. Sarıçam - B.")
            return Separator.isListComma(sep) || (sep & (Separator.NEWLINE | Separator.SENTENCE_END)) != 0;
        }
        return next.start() == after + 1 && text.key(after).equals("ve") && text.get(after).spaceBefore();
    }

    /**
     * "Gerze: A (Doğum yeri: Sinop, 1970)": a note in parentheses that closes a line item; the first word of the next
     * line, or {@code from} where no such note follows the item.
     */
    private static int afterLineNote(TokenizedText text, int from, int limit) {
        if (from >= limit || (text.get(from).sepBefore() & Separator.PARENTHESIS) == 0
                || (text.get(from).sepBefore() & Separator.NEWLINE) != 0) {
            return from;
        }
        for (int k = from + 1; k <= limit; k++) {
            if ((text.get(k).sepBefore() & Separator.NEWLINE) != 0) {
                return k;
            }
        }
        return from;
    }

    /**
     * "Mazıdağı'nda İlhameddin Belek, ...": two or three capitalised words that close a list item, though neither
     * register knows them; after a place in the locative in a list, they can only be the holder's name.
     */
    private static NameSpan unregisteredName(TokenizedText text, int first) {
        int end = first;
        while (end < text.size() && end - first < 3 && text.get(end).capitalized() && !text.get(end).digits()
                && !text.is(end, WordClass.NAME_STOPWORD | WordClass.PLACE) && (end == first || text.get(end).spaceBefore())
                && !text.get(end).hasApostrophe()) {
            end++;
        }
        end--;
        if (end <= first) {
            return null;
        }
        boolean closes = end + 1 >= text.size() || Separator.isListComma(text.get(end + 1).sepBefore())
                || (text.get(end + 1).spaceBefore() && text.key(end + 1).equals("ve"));
        return closes ? new NameSpan(first, end) : null;
    }

    /** "Ayvacık'ta A", "Biga Gümüşçay'da B", or "Ayvacık: A" at the start of a line. */
    private Item itemAt(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        Token t = text.get(k);
        if (!t.capitalized() || k + 1 >= text.size()) {
            return null;
        }
        int nameSep = text.get(k + 1).sepBefore();
        boolean locative = t.hasApostrophe() && nameSep == Separator.SPACE && TurkishText.LOCATIVE_SUFFIXES.contains(
                TurkishText.asciiFold(text.text().substring(t.stemEnd() + 1, t.end())));
        int lineStart = !t.hasApostrophe() && (nameSep & ~(Separator.COLON | Separator.DASH)) == 0 && nameSep != 0
                ? linePlaceStart(text, k) : -1;
        if (!locative && lineStart < 0) {
            return null;
        }
        int first = locative && PARTICLES.contains(text.key(k + 1)) && k + 2 < text.size() ? k + 2 : k + 1;
        // "Taşlıçay'da DEM Partili A": the winner's party as an adjective between the place and the name
        PhraseTable.Match<Party> member = locative ? index.partyStartingAt[first] : null;
        if (member != null && (!index.isActingParty(member.end()) || member.end() + 1 >= text.size())) {
            member = null;
        }
        first = member != null ? member.end() + 1 : first;
        NameSpan name = index.nameStartingAt[first] != null ? index.nameStartingAt[first]
                : lineStart >= 0 ? nameOfItem(index, first) : nameFinder.nameAt(text, first, true);
        if (name == null && locative) {
            name = unregisteredName(text, first);
        }
        if (name == null || namesAPlace(text, name)) {
            return null;
        }
        if (lineStart < 0) {
            Item item = placed(index, k, k, name);
            return item == null || member == null ? item
                    : new Item(item.place(), item.start(), name, member.value(), name.end());
        }
        int last = UNIT_WORDS.contains(text.key(k)) && k > lineStart ? k - 1 : k;
        Item item = placed(index, lineStart, last, name);
        PhraseTable.Match<Party> party = name.end() + 1 < text.size() ? index.partyStartingAt[name.end() + 1] : null;
        if (item != null && party != null && (text.get(party.start()).sepBefore() & Separator.PARENTHESIS) != 0) {
            return new Item(item.place(), item.start(), name, party.value(), party.end());
        }
        // "Gerze: DSP - A": the party of a joint list's item before its name
        PhraseTable.Match<Party> before = index.partyStartingAt[first];
        if (item != null && before != null && before.end() < name.start()) {
            return new Item(item.place(), item.start(), name, before.value(), name.end());
        }
        return item;
    }

    /**
     * "Ereğli: Eti Mahallesi": a list of the neighbourhoods that vote, not of candidates; "Mahallesi", "Köyü" or
     * "Beldesi" closes a place's name, never a person's.
     */
    private static boolean namesAPlace(TokenizedText text, NameSpan name) {
        String last = text.key(name.end());
        return last.startsWith(NEIGHBOURHOOD) || SETTLEMENT_HEADS.contains(last);
    }

    private static final String NEIGHBOURHOOD = "mahalle";
    private static final Set<String> SETTLEMENT_HEADS = Set.of("koyu", "beldesi");

    /**
     * "Ayetullah Geçen - Battalgazi", "Bilal Yıldırım - Malatya Büyükşehir": a line that opens with a name and closes,
     * after a dash or colon, with the place of its office.
     */
    private Item nameFirstItemAt(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        if ((text.get(k).sepBefore() & LINE_START) == 0 || !text.get(k).capitalized() || !shortLine(text, k)) {
            return null;
        }
        NameSpan name = index.nameStartingAt[k] != null ? index.nameStartingAt[k] : nameFinder.nameAt(text, k, true);
        if (name == null || !beforeDash(text, name.end() + 1)) {
            name = wordsBeforeDash(index, k);
        }
        int first = name == null ? -1 : name.end() + 1;
        if (first < 0 || first >= text.size() || (text.get(first).sepBefore() & ~(Separator.COLON | Separator.DASH)) != 0
                || text.get(first).sepBefore() == 0) {
            return null;
        }
        int last = first;
        while (last + 1 < text.size() && last + 1 - first < LINE_PLACE_WORDS && text.get(last + 1).sepBefore() == 0) {
            last++;
        }
        if (last + 1 < text.size() && (text.get(last + 1).sepBefore() & LINE_START) == 0) {
            return null; // the line goes on: a sentence, not a list item
        }
        int placeLast = UNIT_WORDS.contains(text.key(last)) && last > first ? last - 1 : last;
        Item placed = placed(index, first, placeLast, name);
        return placed == null ? null : new Item(placed.place(), k, name, null, last);
    }

    /**
     * "3 -Adana-Pozantı İlçe Belediyesi A", "Hakkari İl Belediyesi B Vali Yardımcısı": a line that names a
     * municipality by its place, then the name of the one who runs it; after the name the line may only give the
     * holder's other office. Word {@code k} is "Belediyesi".
     */
    private Item municipalityLineItemAt(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        if (!text.key(k).equals(MUNICIPALITY) || k < 1 || k + 1 >= text.size()
                || text.get(k + 1).sepBefore() != Separator.SPACE || !text.get(k).capitalized()) {
            return null;
        }
        int last = LEVEL_WORDS.contains(text.key(k - 1)) ? k - 2 : k - 1;
        int first = last < 0 ? -1 : municipalityLineStart(text, last);
        NameSpan name = first < 0 ? null
                : index.nameStartingAt[k + 1] != null ? index.nameStartingAt[k + 1] : nameFinder.nameAt(text, k + 1, true);
        if (name == null && first >= 0) {
            name = unregisteredLineName(text, k + 1);
        }
        int lineEnd = name == null ? -1 : officeToLineEnd(text, name.end() + 1);
        Item placed = lineEnd < 0 ? null : placed(index, first, last, name);
        return placed == null ? null : new Item(placed.place(), placed.start(), name, null, lineEnd);
    }

    /**
     * "Cüneyt Epçim" after a municipality on its line: two or three capitalised words up to an office or the line's
     * end, though neither register knows them; in that slot they can only be the holder's name.
     */
    private static NameSpan unregisteredLineName(TokenizedText text, int first) {
        int end = first;
        while (end < text.size() && end - first < 3 && text.get(end).capitalized() && !text.get(end).digits()
                && !text.get(end).hasApostrophe() && (end == first || text.get(end).sepBefore() == Separator.SPACE)
                && !text.is(end, WordClass.NAME_STOPWORD | WordClass.PLACE | WordClass.TITLE_START)) {
            end++;
        }
        return end - first >= 2 ? new NameSpan(first, end - 1) : null;
    }

    private static final String MUNICIPALITY = "belediyesi";
    /** "İl Belediyesi", "İlçe Belediyesi": the level of the municipality between its place and "Belediyesi". */
    private static final Set<String> LEVEL_WORDS = Set.of("il", "ilce");

    /**
     * The first word of a municipality line's place that ends with word {@code last}: after the line's start or its
     * ordinal ("1- Batman", "3 -Adana-Pozantı"), a province and its district joined by a space or a dash; -1 otherwise.
     */
    private int municipalityLineStart(TokenizedText text, int last) {
        for (int j = last; j > last - LINE_PLACE_WORDS && j >= 0; j--) {
            int sep = text.get(j).sepBefore();
            if (!text.get(j).capitalized() || text.get(j).digits()) {
                return -1;
            }
            boolean afterOrdinal = j > 0 && text.get(j - 1).digits() && (text.get(j - 1).sepBefore() & LINE_START) != 0;
            if ((sep & LINE_START) != 0 || afterOrdinal) {
                return j;
            }
            boolean districtAfterDash = (sep & ~Separator.DASH) == 0 && j > 0 && districtOfProvinceBefore(text, j);
            if (sep != Separator.SPACE && !districtAfterDash) {
                return -1;
            }
        }
        return -1;
    }

    /** How many words of the holder's other office may close a municipality line ("Vali Yardımcısı"). */
    private static final int LINE_OFFICE_WORDS = 3;

    /**
     * The last word of the line that word {@code from} continues: {@code from - 1} where the line ends there, else
     * the end of an office of at most {@link #LINE_OFFICE_WORDS} capitalised words; -1 where the line goes on.
     */
    private int officeToLineEnd(TokenizedText text, int from) {
        if (from >= text.size() || (text.get(from).sepBefore() & LINE_START) != 0) {
            return from - 1;
        }
        PhraseTable.Match<Title> office = text.is(from, WordClass.TITLE_START) && text.get(from).capitalized()
                ? titles.match(text.tokens(), from) : null;
        if (office == null || office.end() - from >= LINE_OFFICE_WORDS) {
            return -1;
        }
        int next = office.end() + 1;
        return next >= text.size() || (text.get(next).sepBefore() & LINE_START) != 0 ? office.end() : -1;
    }

    /**
     * "Kerem Aksoy" alone on its line: an item of a list of names under a heading that names their office ("İstifa
     * eden meclis üyeleri şunlar:"), its place the article's.
     */
    private Item nameLineItemAt(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        if ((text.get(k).sepBefore() & LINE_START) == 0 || !text.get(k).capitalized() || !shortLine(text, k)) {
            return null;
        }
        NameSpan name = index.nameStartingAt[k] != null ? index.nameStartingAt[k] : nameFinder.nameAt(text, k, true);
        if (name == null) {
            return null;
        }
        int lineEnd = name.end();
        while (lineEnd + 1 < text.size() && (text.get(lineEnd + 1).sepBefore() & LINE_START) == 0) {
            lineEnd++;
        }
        // "Ceren Gür Önalan" alone on its line: a name the reader cut back as if the line were a headline ("Ali Kaya
        // Konuştu") ends with the line, where plain capitalised words fill it
        boolean filled = lineEnd == name.end() || plainCapitalised(text, name.end() + 1, lineEnd);
        return filled ? new Item(null, k, new NameSpan(k, lineEnd)) : null;
    }

    private static boolean plainCapitalised(TokenizedText text, int from, int to) {
        for (int j = from; j <= to; j++) {
            Token t = text.get(j);
            if (!t.capitalized() || t.allCaps() || t.hasApostrophe() || t.sepBefore() != Separator.SPACE) {
                return false;
            }
        }
        return true;
    }

    /** How many words a line of a name alone may have. */
    private static final int NAME_LINE_WORDS = 4;

    private static boolean shortLine(TokenizedText text, int k) {
        for (int j = k + 1; j <= k + NAME_LINE_WORDS; j++) {
            if (j >= text.size() || (text.get(j).sepBefore() & LINE_START) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean beforeDash(TokenizedText text, int k) {
        return k < text.size() && (text.get(k).sepBefore() & (Separator.DASH | Separator.COLON)) != 0;
    }

    /**
     * "Ayetullah Geçen-Battalgazi": two or three capitalised words from the start of a line to its dash, though the
     * registers do not know them; in a run of such lines under a word of candidacy they can only be a name.
     */
    private static NameSpan wordsBeforeDash(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        for (int end = k; end < text.size() && end - k < 3; end++) {
            Token t = text.get(end);
            if (!t.capitalized() || t.digits() || t.hasApostrophe() || (end > k && t.sepBefore() != Separator.SPACE)
                    || text.is(end, WordClass.PLACE | WordClass.TITLE_START) || index.partyStartingAt[end] != null) {
                return null;
            }
            if (end > k && beforeDash(text, end + 1)) {
                return new NameSpan(k, end);
            }
        }
        return null;
    }

    /**
     * The name of a line's item after its place: right after the colon or dash, else after the holder's present
     * office or an honorific, within the line ("3. Sinop – Milletvekili A", "Rize – Prof. Dr. B").
     */
    private NameSpan nameOfItem(ArticleIndex index, int first) {
        TokenizedText text = index.text;
        NameSpan name = nameFinder.nameAt(text, first, true);
        for (int k = first + 1; name == null && k < text.size() && k <= first + ITEM_TITLE_WORDS; k++) {
            if ((text.get(k).sepBefore() & (Separator.NEWLINE | Separator.SENTENCE_END | Separator.COMMA)) != 0) {
                return null;
            }
            name = index.nameStartingAt[k] != null || !text.get(k).capitalized() ? index.nameStartingAt[k]
                    : nameFinder.nameAt(text, k, true);
        }
        return name;
    }

    /** How many words of a present office or honorifics may stand before the name of a line's item. */
    private static final int ITEM_TITLE_WORDS = 5;

    /**
     * The first word of the place at the start of a line that ends with word {@code k}: up to
     * {@link #LINE_PLACE_WORDS} capitalised words, after an ordinal number ("1. İstanbul – A") if any; -1 when word
     * {@code k} does not end such a place.
     */
    private int linePlaceStart(TokenizedText text, int k) {
        for (int j = k; j > k - LINE_PLACE_WORDS && j >= 0; j--) {
            int sep = text.get(j).sepBefore();
            if (!text.get(j).capitalized()) {
                return -1;
            }
            if ((sep & (Separator.NEWLINE | Separator.START | Separator.SENTENCE_END | Separator.COLON)) != 0) {
                return j;
            }
            if (Separator.isListComma(sep) && j > 0 && districtOfProvinceBefore(text, j)) {
                continue; // "Adana, Kozan: A": the province, a comma, then its district
            }
            if (sep == Separator.INNER_DOT && j > 0 && text.get(j - 1).digits()
                    && (text.get(j - 1).sepBefore() & (Separator.NEWLINE | Separator.START)) != 0) {
                return j;
            }
            if (sep != Separator.SPACE) {
                return -1;
            }
        }
        return -1;
    }

    /** "Adana, Kozan": word {@code j} is a district of the province that is the word before it. */
    private boolean districtOfProvinceBefore(TokenizedText text, int j) {
        for (AdminUnit district : gazetteer.lookup(text.key(j))) {
            for (AdminUnit province : gazetteer.lookup(text.key(j - 1))) {
                if (province.isProvince() && !district.isProvince() && district.province().equals(province.province())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The item of {@code name} whose place ends with word {@code last} of a place that starts at {@code first}. */
    private Item placed(ArticleIndex index, int first, int last, NameSpan name) {
        Item town = townAfterItsDistrict(index, last, name);
        if (town != null) {
            return new Item(town.place(), Math.min(first, town.start()), name);
        }
        PlaceMention place = index.placeEndingAt[last];
        if (place != null) {
            return new Item(place, Math.min(first, place.start()), name);
        }
        Town inLine = townOfProvinceBefore(index, first, last);
        if (inLine != null) {
            return new Item(new TownMention(last, inLine), first, name);
        }
        place = districtOfArticle(index, last);
        if (place != null) {
            return new Item(place, first, name);
        }
        Town named = townOfArticle(index, index.text.key(last));
        return named == null ? null : new Item(new TownMention(last, named), first, name);
    }

    /** "Tokat Merkez Çamlıbel": a belde of the province named earlier on its line. */
    private Town townOfProvinceBefore(ArticleIndex index, int first, int last) {
        for (Town town : gazetteer.townsNamed(index.text.key(last))) {
            for (int j = first; j < last; j++) {
                PlaceMention p = index.placeEndingAt[j];
                if (p != null && p.unit().province().equals(town.district().province())) {
                    return town;
                }
            }
        }
        return null;
    }

    /** "Biga Gümüşçay'da": a belde right after the district it lies in. */
    private Item townAfterItsDistrict(ArticleIndex index, int k, NameSpan name) {
        PlaceMention district = k > 0 && index.text.get(k).spaceBefore() ? index.placeEndingAt[k - 1] : null;
        if (district == null) {
            return null;
        }
        for (Town town : gazetteer.townsNamed(index.text.key(k))) {
            if (town.district().id().equals(district.unit().id())) {
                return new Item(new TownMention(k, town), district.start(), name);
            }
        }
        return null;
    }

    /**
     * A district of a province the article names, though the place finder left it out as an ordinary word
     * ("Kiraz'da" in a list of candidates is the district).
     */
    private PlaceMention districtOfArticle(ArticleIndex index, int k) {
        for (AdminUnit unit : gazetteer.lookup(index.text.key(k))) {
            for (PlaceMention p : index.places) {
                if (!unit.isProvince() && p.unit().province().equals(unit.province())) {
                    Token t = index.text.get(k);
                    return new PlaceMention(k, k, unit, new Span(t.start(), t.stemEnd()));
                }
            }
        }
        return null;
    }

    /** A belde of a province the article names ("Kepez'de" in an article about Çanakkale). */
    private Town townOfArticle(ArticleIndex index, String key) {
        for (Town town : gazetteer.townsNamed(key)) {
            for (PlaceMention p : index.places) {
                if (p.unit().province().equals(town.district().province())) {
                    return town;
                }
            }
        }
        return null;
    }

    /** The list's sentence closes on its names' election: "seçimin galibi oldu", "kazandı", "seçildi". */
    private static boolean electedAfter(TokenizedText text, int end) {
        int sentence = text.sentenceOf(end);
        for (int k = end + 1; k < text.size() && k <= end + ELECTED_WINDOW && text.sentenceOf(k) == sentence; k++) {
            String key = text.key(k);
            if (ELECTED.stream().anyMatch(key::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** Stems of winning an election: "galibi", "kazandı", "seçildi". */
    private static final List<String> ELECTED = List.of("galib", "kazand", "secild");
    /** How many words after the last name the verb of winning may come. */
    private static final int ELECTED_WINDOW = 4;
    /** The office of a list's names whose sentence says they won. */
    private static final Title MAYOR = new Title("Belediye Başkanı", TitleScope.MUNICIPAL, null, false, false);

    private static boolean aboutCandidacy(TokenizedText text, int start) {
        int firstSentence = text.sentenceOf(start) - CUE_SENTENCES;
        for (int k = start; k >= 0 && text.sentenceOf(k) >= firstSentence; k--) {
            if (text.key(k).startsWith(CANDIDACY_PREFIX)) {
                return true;
            }
        }
        int sentence = text.sentenceOf(start);
        for (int k = start; k < text.size() && text.sentenceOf(k) == sentence; k++) {
            if (text.key(k).startsWith(CANDIDACY_PREFIX)) {
                return true;
            }
        }
        return false;
    }
}
