package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotation a page prints twice, in its headline or lead and again in the body where its speaker is named: the
 * occurrence whose sentence names no one takes the speaker of the other.
 */
final class RepeatedQuotes {
    private static final String DIRECT = "direct";

    private RepeatedQuotes() {
    }

    static List<Analysis.Statement> withSpeakers(List<Analysis.Statement> statements) {
        List<Analysis.Statement> out = new ArrayList<>(statements.size());
        for (Analysis.Statement s : statements) {
            Analysis.Speaker other = s.speaker() != null || !s.kind().equals(DIRECT) ? null : speakerElsewhere(s, statements);
            out.add(other == null ? s : new Analysis.Statement(s.kind(), s.text(), other, s.cue(), s.segments()));
        }
        return out;
    }

    private static Analysis.Speaker speakerElsewhere(Analysis.Statement quote, List<Analysis.Statement> statements) {
        String words = normalised(quote.text());
        for (Analysis.Statement s : statements) {
            if (s != quote && s.speaker() != null && s.kind().equals(DIRECT)) {
                String other = normalised(s.text());
                if (other.contains(words) || words.contains(other)) {
                    return s.speaker();
                }
            }
        }
        return null;
    }

    private static String normalised(String text) {
        return text.replaceAll("[\\s\\p{Punct}“”«»’‘]+", " ").strip();
    }
}
