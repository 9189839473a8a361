package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A quotation a page prints twice, in its headline or lead and again in the body where its speaker is named: the
 * occurrence whose sentence names no one takes the speaker of the other.
 */
final class RepeatedQuotes {
    private static final String DIRECT = "direct";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}“”«»’‘]+");

    private RepeatedQuotes() {
    }

    static List<Analysis.Statement> withSpeakers(List<Analysis.Statement> statements) {
        if (statements.stream().noneMatch(s -> s.speaker() == null && s.kind().equals(DIRECT))) {
            return statements;
        }
        List<String> words = new ArrayList<>(statements.size());
        for (Analysis.Statement s : statements) {
            words.add(s.kind().equals(DIRECT) ? words(s.text()) : null);
        }
        List<Analysis.Statement> out = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            Analysis.Statement s = statements.get(i);
            Analysis.Speaker other = s.speaker() != null || words.get(i) == null ? null : speakerElsewhere(i, statements, words);
            out.add(other == null ? s : s.withSpeaker(other));
        }
        return out;
    }

    /** A quotation's words without its punctuation, to find it inside another. */
    static String words(String quotation) {
        return SEPARATORS.matcher(quotation).replaceAll(" ").strip();
    }

    private static Analysis.Speaker speakerElsewhere(int quote, List<Analysis.Statement> statements, List<String> words) {
        String own = words.get(quote);
        for (int k = 0; k < statements.size(); k++) {
            String other = words.get(k);
            if (k != quote && other != null && statements.get(k).speaker() != null
                    && (other.contains(own) || own.contains(other))) {
                return statements.get(k).speaker();
            }
        }
        return null;
    }
}
