package dev.beyan.extract;

/** A half-open range {@code [start, end)} of UTF-16 code units in the text exactly as received. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
