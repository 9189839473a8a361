package dev.beyan.extract.statement;

import dev.beyan.extract.Span;

import java.util.List;

/**
 * Words between quotation marks, one segment per paragraph, marks excluded; {@code closeMark} is -1 for a
 * quote the text never closes (the end of the text or of a paragraph came first).
 */
record RawQuote(int openMark, int closeMark, List<Span> segments) {

    int start() {
        return segments.get(0).start();
    }

    int end() {
        return segments.get(segments.size() - 1).end();
    }

    /** Where the narrative resumes: just after the closing mark, or after the last segment. */
    int after() {
        return closeMark >= 0 ? closeMark + 1 : end();
    }
}
