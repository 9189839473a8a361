package dev.beyan.extract.statement;

/**
 * A word of the text: a run of letters and digits, apostrophes between letters included ("Aslanoğlu'nun"),
 * as the half-open range {@code [start, end)} of {@code text}; {@code folded} is its Turkish lower case without apostrophes,
 * of which the first {@code stemLength} characters come before the first apostrophe.
 */
record Token(String text, int start, int end, String folded, int stemLength) {

    String surface() {
        return text.substring(start, end);
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(start));
    }

    /** The part before the first apostrophe: the stem of a proper name with a case suffix ("Sakarsu'yu"). */
    String stem() {
        if (stemLength == folded.length()) {
            return surface();
        }
        for (int i = start; i < end; i++) {
            if (QuoteMarks.isApostropheLike(text.charAt(i))) {
                return text.substring(start, i);
            }
        }
        return surface();
    }

    /** The stem in Turkish lower case. */
    String foldedStem() {
        return stemLength == folded.length() ? folded : folded.substring(0, stemLength);
    }

    /** The suffix after the apostrophe, in lower case, or "" when the word has none. */
    String apostropheSuffix() {
        return stemLength == folded.length() ? "" : folded.substring(stemLength);
    }
}
