package dev.beyan.extract.statement;

/**
 * Sentence limits for finding who speaks. A sentence ends at . ! ? or … before a space (not the dot of an
 * ordinal or a decimal, "23. Dönem", "21.00"), and at a line break, except where the line before ends in
 * a colon or a comma: then the quote on the next line is that sentence's object ("X, şunları söyledi:" /
 * "dikkat çeken X,"), and the all-caps subhead lines in between do not count.
 */
final class Sentences {

    private Sentences() {
    }

    /** Where the sentence holding {@code pos} starts: its first non-space character. */
    static int start(String text, int pos) {
        int s = boundaryBefore(text, pos);
        while (s < pos && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }

    private static int boundaryBefore(String text, int pos) {
        int i = pos - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == '\n') {
                int k = lastContentBefore(text, i);
                if (k >= 0 && (text.charAt(k) == ':' || text.charAt(k) == ',')) {
                    i = k;
                    continue;
                }
                return i + 1;
            }
            if (isFinal(text, i) && i + 1 < pos) {
                return i + 1;
            }
            i--;
        }
        return 0;
    }

    static int end(String text, int pos) {
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || isFinal(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /** Sentence-final punctuation at {@code i}, followed by a space or a line end. */
    static boolean isFinal(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && QuoteMarks.isQuoteMark(text.charAt(j))) {
            j++;
        }
        if (j < text.length() && !Character.isWhitespace(text.charAt(j)) && !glued(text, i, j)) {
            return false;
        }
        if (c == '.' && isAbbreviationDot(text, i)) {
            return false;
        }
        return !(c == '.' && i > 0 && Character.isDigit(text.charAt(i - 1)) && j < text.length()
                && text.charAt(j) == ' ');
    }

    /**
     * "ifadesini kullandı.AK Parti'nin ...": pages that drop the space after a full stop; a dot between a lower-case
     * word of three letters or more and a capital ends the sentence (not "T.C." nor "www.Site").
     */
    private static boolean glued(String text, int dot, int next) {
        if (text.charAt(dot) != '.' || !Character.isUpperCase(text.charAt(next))) {
            return false;
        }
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return dot - s >= GLUED_WORD && Character.isLowerCase(text.charAt(dot - 1)) && Character.isLowerCase(text.charAt(s))
                && !isAbbreviationDot(text, dot);
    }

    private static final int GLUED_WORD = 3;

    /** The dot of a title abbreviation ("Prof. Dr. Ümit Özlale") or of an initial ("A. Yılmaz"). */
    private static boolean isAbbreviationDot(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        if (s == dot) {
            return false;
        }
        String word = dev.beyan.extract.text.TurkishText.lower(text.substring(s, dot));
        return NameUnitScanner.ABBREVIATIONS.contains(word)
                || (dot - s == 1 && Character.isUpperCase(text.charAt(s)));
    }

    /** The last non-space character before the line break at {@code nl}, skipping all-caps subhead lines. */
    static int lastContentBefore(String text, int nl) {
        int i = nl - 1;
        while (i >= 0) {
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            if (i < 0) {
                return -1;
            }
            int lineStart = text.lastIndexOf('\n', i) + 1;
            if (SubheadFilter.isHeadingLine(text, lineStart, i + 1)) {
                i = lineStart - 1;
                continue;
            }
            return i;
        }
        return -1;
    }
}
