package dev.beyan.extract.statement;

/**
 * All-caps lines are headings, not speech. Turkish news pages put a quoted all-caps line between the
 * paragraphs of a long quote ("BELEDİYE BAŞKANLARIMIZA GÜVENİMİZ TAM") that repeats or sums up what
 * follows: it is a subhead written by the editor, neither a statement nor part of the quote around it.
 */
final class SubheadFilter {

    private SubheadFilter() {
    }

    /** True when {@code [start, end)} has at least two letters and no lower-case letter. */
    static boolean isAllCaps(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** A heading line: all caps, with or without quotation marks around it. */
    static boolean isHeadingLine(String text, int lineStart, int lineEnd) {
        return isAllCaps(text, lineStart, lineEnd);
    }
}
