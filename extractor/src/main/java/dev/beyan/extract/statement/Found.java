package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.Span;

import java.util.List;

/**
 * A statement before its speaker is settled: {@code speaker} is null where the sentence names none, and
 * the speaker is then carried over from the statement before (Turkish drops the subject it just had), unless
 * {@code settled} says the text leaves it unknown (an impersonal report without an owner).
 */
record Found(int position, String kind, List<Span> segments, String cue, Analysis.Speaker speaker, boolean settled) {

    /** A statement whose speaker, where null, is carried over from the context. */
    Found(int position, String kind, List<Span> segments, String cue, Analysis.Speaker speaker) {
        this(position, kind, segments, cue, speaker, false);
    }

    String text(String source) {
        StringBuilder b = new StringBuilder();
        for (Span s : segments) {
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append(s.of(source));
        }
        return b.toString();
    }
}
