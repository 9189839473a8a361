package dev.beyan.extract;

import dev.beyan.extract.data.ReferenceData;
import dev.beyan.extract.official.ColleaguesInQuotes;
import dev.beyan.extract.official.FunctionarySplit;
import dev.beyan.extract.official.OfficialFinder;
import dev.beyan.extract.official.OutletProvince;
import dev.beyan.extract.official.PersonNameFinder;
import dev.beyan.extract.place.PlaceFinder;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.statement.StatementFinder;
import dev.beyan.extract.text.LineWraps;
import dev.beyan.extract.text.LookAlikeLetters;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.Tokenizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extraction pipeline, assembled in one place: words and personal names ({@link ReadText}, read once) → places
 * → officials → statements.
 * Construct once (it loads the reference data); {@link #analyze} is deterministic and thread-safe.
 */
public final class Extractor {
    public static final String NAME = "beyan-extractor";
    /**
     * The version recorded with every analysis. Bump it whenever the output for some text changes (a rule, a
     * lexicon or the reference data), so that the registry can tell analyses of different extractors apart.
     * Not a compile-time constant: javac would copy a constant into the classes of other modules, which an
     * incremental build then leaves recording the version they were compiled against.
     */
    public static final String VERSION = String.valueOf("1.17.157");

    private static final Analysis.ExtractorInfo INFO = new Analysis.ExtractorInfo(NAME, VERSION);

    private final Tokenizer tokenizer;
    private final PersonNameFinder names;
    private final PlaceFinder places;
    private final OfficialFinder officials;
    private final StatementFinder statements;
    private final ColleaguesInQuotes colleagues;
    private final OutletProvince outletProvince;
    private final FunctionarySplit functionaries;

    public Extractor() {
        this(ReferenceData.load());
    }

    public Extractor(ReferenceData data) {
        this.tokenizer = new Tokenizer(data.wordClasses());
        this.names = new PersonNameFinder(data.parties(), data.titles(), data.gazetteer(), data.officeRegistry(),
                data.civilBodies());
        this.places = new PlaceFinder(data.gazetteer(), data.placeWords(), data.personNames());
        this.officials = new OfficialFinder(data, names);
        this.statements = new StatementFinder();
        this.colleagues = new ColleaguesInQuotes(data.titles(), data.parties());
        this.outletProvince = new OutletProvince(data.gazetteer(), data.titles());
        this.functionaries = new FunctionarySplit(data.careerPosts());
    }

    /** The words of {@code text} and the people named in it: the layer every finder reads. */
    public ReadText read(String text) {
        TokenizedText words = new TokenizedText(text, tokenizer.tokenize(text));
        return new ReadText(words, names.find(words));
    }

    /**
     * The analysis of {@code text}, read with the line breaks of a hard-wrapped text as spaces (see {@link LineWraps})
     * and look-alike letters as Latin ones (see {@link LookAlikeLetters}); statements quote the text as received.
     */
    public Analysis analyze(String text) {
        return analyze(text, null);
    }

    /**
     * As {@link #analyze(String)}, for a release from {@code origin} (its source or web address, may be null): a
     * local outlet's province places the offices its text leaves unplaced (see {@link OutletProvince}).
     */
    public Analysis analyze(String text, String origin) {
        ReadText read = read(LineWraps.unwrap(LookAlikeLetters.latin(text)));
        PlaceFinder.Result foundPlaces = places.find(read.words(), read.people());
        OfficialFinder.Result foundOfficials = officials.find(read.words(), read.people(), foundPlaces);
        List<Analysis.Place> placeList = group(foundPlaces.places(), foundOfficials.personSpans());
        List<Analysis.Statement> statementList = statements.find(read, foundOfficials.officials(), text);
        List<Analysis.Official> officialList =
                outletProvince.placeUnplaced(colleagues.withSpeakersParty(foundOfficials.officials(), statementList,
                        read.words()), placeList, origin);
        FunctionarySplit.Result people = functionaries.split(officialList, statementList);
        return new Analysis(INFO, people.officials(), people.functionaries(), placeList, people.statements());
    }

    /** One place per gazetteer unit, in order of first mention, leaving out words that turned out to be a person. */
    private static List<Analysis.Place> group(List<PlaceMention> mentions, List<Span> personSpans) {
        Map<String, List<Span>> spansById = new LinkedHashMap<>();
        Map<String, PlaceMention> firstById = new LinkedHashMap<>();
        for (PlaceMention m : mentions) {
            if (overlapsAny(m.span(), personSpans)) {
                continue;
            }
            String id = m.unit().kind().label() + ":" + m.unit().id();
            spansById.computeIfAbsent(id, k -> new ArrayList<>()).add(m.span());
            firstById.putIfAbsent(id, m);
        }
        List<Analysis.Place> out = new ArrayList<>(firstById.size());
        for (Map.Entry<String, PlaceMention> e : firstById.entrySet()) {
            PlaceMention m = e.getValue();
            out.add(new Analysis.Place(m.unit().id(), m.unit().name(), m.unit().kind().label(), m.unit().province(),
                    List.copyOf(spansById.get(e.getKey()))));
        }
        return List.copyOf(out);
    }

    private static boolean overlapsAny(Span span, List<Span> others) {
        for (Span o : others) {
            if (o.start() < span.end() && span.start() < o.end()) {
                return true;
            }
        }
        return false;
    }
}
