package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.Span;

import java.util.List;

/**
 * A statement before its speaker is settled: {@code speaker} is null where the sentence names none, and
 * the speaker is then carried over from the statement before (Turkish drops the subject it just had), unless
 * {@code subject} says the text leaves it unknown.
 */
record Found(int position, String kind, List<Span> segments, String cue, Analysis.Speaker speaker, Subject subject) {

    /** Whose words a statement without a named speaker is. */
    enum Subject {
        /** Those of the subject the text had before: Turkish drops it. */
        CARRIED,
        /**
         * As given, null where the text leaves it unknown (an impersonal report without an owner), and then the
         * subject before stays.
         */
        AS_GIVEN,
        /**
         * Someone's the text does not name, who becomes the subject of what follows: "Toplantıya katılan vatandaşlar
         * ise [...] savundu. [...] belirterek [...] öne sürdü."
         */
        UNNAMED
    }

    /** A statement whose speaker, where null, is carried over from the context. */
    Found(int position, String kind, List<Span> segments, String cue, Analysis.Speaker speaker) {
        this(position, kind, segments, cue, speaker, Subject.CARRIED);
    }

    boolean settled() {
        return subject != Subject.CARRIED;
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
