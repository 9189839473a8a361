package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.ReadText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds direct quotes and reported (indirect) speech in a Turkish news text and attributes each to a
 * speaker. The pipeline: {@link Tokenizer} and {@link QuoteScanner} read the text once;
 * {@link DirectQuoteFinder} keeps the quotes that report speech ({@link QuoteTitleFilter},
 * {@link SubheadFilter}); {@link ReportedSpeechFinder} finds content clauses governed by speech verbs;
 * {@link SpeakerResolver} names the speakers; a statement whose sentence names none takes the person
 * last named as a subject since the statement before, else that statement's speaker (Turkish drops a
 * subject it just had), unless an office alone is its subject ({@link TitledSubject}: that office's holder, or
 * no one) or an indefinite one ({@link IndefiniteSubject}: no one the text names); a quoted heading line speaks for
 * its section ({@link HeadingQuote}) and a quote printed twice for the speaker of its other occurrence
 * ({@link RepeatedQuotes}). Loads its rule data once; thread-safe afterwards.
 */
public final class StatementFinder {

    private final NameReader names;
    private final DirectQuoteFinder direct;
    private final ReportedSpeechFinder reported;

    public StatementFinder() {
        SpeechVerbs verbs = new SpeechVerbs();
        this.names = new NameReader();
        this.direct = new DirectQuoteFinder(verbs, new QuoteTitleFilter());
        this.reported = new ReportedSpeechFinder(verbs);
    }

    /**
     * The statements of a text in text order; {@code officials} are the officials already found in it, and the
     * other people are those {@code read} names.
     */
    public List<Analysis.Statement> find(ReadText read, List<Analysis.Official> officials) {
        return find(read, officials, read.words().text());
    }

    /**
     * As {@link #find(ReadText, List)} where {@code read} is a copy of {@code source} of the same length (line
     * wraps read as spaces): the statements' texts are taken from {@code source}, as received.
     */
    public List<Analysis.Statement> find(ReadText read, List<Analysis.Official> officials, String source) {
        String text = read.words().text();
        List<Token> tokens = Token.of(read.words());
        TokenIndex index = new TokenIndex(tokens);
        List<NameUnit> units = NameUnitScanner.scan(text, tokens, names, read.people());
        List<RawQuote> quotes = QuoteScanner.scan(text);
        PeopleInText people = new PeopleInText(tokens, officials == null ? List.of() : officials, read.people(),
                names);
        SpeakerResolver speakers = new SpeakerResolver(text, tokens, units, quotes, people);
        TextContext context = new TextContext(text, tokens, index, units, quotes, speakers);

        List<Found> found = new ArrayList<>(direct.find(context));
        found.addAll(reported.find(context));
        found.sort(Comparator.comparingInt(Found::position));

        List<Analysis.Statement> out = new ArrayList<>(found.size());
        Analysis.Speaker last = null;
        int lastEnd = 0;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Analysis.Speaker speaker = f.speaker();
            if (f.settled()) {
                last = speaker != null || f.subject() == Found.Subject.UNNAMED ? speaker : last;
                lastEnd = f.segments().get(f.segments().size() - 1).end();
                out.add(new Analysis.Statement(f.kind(), f.text(source), speaker, f.cue(), List.copyOf(f.segments())));
                continue;
            }
            if (speaker == null && f.cue() == null && HeadingQuote.repeatedLater(text, found, i)) {
                lastEnd = f.segments().get(0).end();
                out.add(new Analysis.Statement(f.kind(), f.text(source), null, null, List.copyOf(f.segments())));
                continue; // the speaker of the speech it repeats, given below
            }
            if (speaker == null && f.cue() == null && HeadingQuote.is(text, f)) {
                speaker = HeadingQuote.speakerOfNext(found, i);
            }
            // an office as the subject: its holder; a party or body read as the speaker may be the head of the phrase
            // "CHP lideri", whose holder the text names
            boolean official = speaker != null && speaker.officialId() != null;
            TitledSubject.Office office = official ? null : TitledSubject.before(tokens,
                    index.firstAtOrAfter(Sentences.start(text, f.position())), index.firstAtOrAfter(f.position()));
            Analysis.Speaker holder = office == null ? null : people.holderOf(office, f.position());
            int sentenceFirst = index.firstAtOrAfter(Sentences.start(text, f.position()));
            if (holder != null || (office != null && speaker == null)) {
                speaker = holder; // null: the text does not name the holder
            } else if (speaker == null && f.cue() != null
                    && IndefiniteSubject.before(tokens, sentenceFirst, index.firstAtOrAfter(f.position()))) {
                speaker = null; // "Bir vatandaş da '...' dedi": someone the text does not name
            } else if (speaker == null) {
                Analysis.Speaker topic = speakers.topicBefore(lastEnd, Sentences.start(text, f.position()));
                speaker = topic != null ? topic : last;
            }
            if (speaker != null) {
                last = speaker;
            }
            lastEnd = f.segments().get(f.segments().size() - 1).end();
            out.add(new Analysis.Statement(f.kind(), f.text(source), speaker, f.cue(), List.copyOf(f.segments())));
        }
        return RepeatedQuotes.withSpeakers(out);
    }
}
