package dev.beyan.extract.official;

/** A person's name over words {@code [start, end]} (inclusive). */
public record NameSpan(int start, int end) {
    public int length() {
        return end - start + 1;
    }

    public boolean contains(int token) {
        return token >= start && token <= end;
    }
}
