package dev.beyan.extract.statement;

/**
 * A word of the text: a run of letters and digits, apostrophes between letters included ("Aslanoğlu'nun"),
 * as the half-open range {@code [start, end)}; {@code folded} is its Turkish lower case without apostrophes.
 */
record Token(int start, int end, String surface, String folded) {

    boolean isCapitalised() {
        return Character.isUpperCase(surface.codePointAt(0));
    }

    /** The part before the first apostrophe: the stem of a proper name with a case suffix ("Sakarsu'yu"). */
    String stem() {
        for (int i = 0; i < surface.length(); i++) {
            if (QuoteMarks.isApostropheLike(surface.charAt(i))) {
                return surface.substring(0, i);
            }
        }
        return surface;
    }

    /** The suffix after the apostrophe, lower-cased, or "" when the word has none. */
    String apostropheSuffix() {
        for (int i = 0; i < surface.length(); i++) {
            if (QuoteMarks.isApostropheLike(surface.charAt(i))) {
                return dev.beyan.extract.text.TurkishText.lower(surface.substring(i + 1));
            }
        }
        return "";
    }
}
