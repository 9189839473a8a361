package dev.beyan.extract.statement;

import dev.beyan.extract.text.Tokenizer;

/**
 * All-caps lines are headings, not speech. Turkish news pages put a quoted all-caps line between the
 * paragraphs of a long quote ("BELEDİYE BAŞKANLARIMIZA GÜVENİMİZ TAM") that repeats or sums up what
 * follows: it is a subhead written by the editor, neither a statement nor part of the quote around it.
 */
final class SubheadFilter {

    static final int MAX_HEADING_WORDS = 8;

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

    /**
     * A short line with no quotation mark and no final punctuation ("Ekonomiye ilişkin mesajlar"): between
     * the paragraphs of a quote that goes on, it is the editor's subhead, whatever its case.
     */
    static boolean isShortHeading(String text, int lineStart, int lineEnd) {
        int end = lineEnd;
        while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == lineStart || ".!?:;,\u2026".indexOf(text.charAt(end - 1)) >= 0) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = lineStart; i < end; i++) {
            char c = text.charAt(i);
            // a single mark between letters is the suffix apostrophe; a double one closes a quote ("açıklansın”dedi")
            boolean apostrophe = i > lineStart && i + 1 < end && QuoteMarks.family(c) == QuoteMarks.Family.SINGLE
                    && Tokenizer.isWordChar(text.charAt(i - 1)) && Tokenizer.isWordChar(text.charAt(i + 1));
            if (QuoteMarks.isQuoteMark(c) && !apostrophe) {
                return false;
            }
            boolean w = !Character.isWhitespace(c);
            if (w && !inWord) {
                words++;
            }
            inWord = w;
        }
        return words <= MAX_HEADING_WORDS;
    }
}
