package dev.beyan.extract.text;

/**
 * Text pasted from a PDF or a wire service often breaks its lines at a fixed width, inside sentences, names and
 * quotes ("Genel Başkan\nDevlet Bahçeli'nin"). Such a text is read with those breaks as spaces: the copy has the
 * same length, so every offset found in it points at the same words of the text as received.
 */
public final class LineWraps {
    /** A paragraph line shorter than this is a heading or a list item, not a wrapped line. */
    private static final int MIN_WRAPPED = 40;
    /** No line of a hard-wrapped text is longer than this. */
    private static final int MAX_WRAPPED = 110;
    /** How many wrapped lines show that a text is wrapped. */
    private static final int MIN_WRAPS = 3;

    private LineWraps() {
    }

    /**
     * {@code text} with each line break inside a sentence of a hard-wrapped text read as a space; the text itself
     * when it is not hard-wrapped (some line is longer than a wrapping width, or fewer than three lines break
     * mid-sentence).
     */
    public static String unwrap(String text) {
        char[] out = null;
        int wraps = 0;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '\n') {
                continue;
            }
            int length = contentLength(text, lineStart, i);
            if (length > MAX_WRAPPED) {
                return text;
            }
            if (i < text.length() && length >= MIN_WRAPPED && endsMidSentence(text, lineStart, i)
                    && continues(text, i + 1)) {
                out = out == null ? text.toCharArray() : out;
                out[i] = ' ';
                wraps++;
            }
            lineStart = i + 1;
        }
        return out == null || wraps < MIN_WRAPS ? text : new String(out);
    }

    private static int contentLength(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - from;
    }

    /** The line ends with a word or a comma: no full stop, colon, closing quotation mark or bracket. */
    private static boolean endsMidSentence(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        char last = text.charAt(end - 1);
        return Character.isLetterOrDigit(last) || last == ',' || last == '-';
    }

    /** The next line goes on at once, not after a blank line. */
    private static boolean continues(String text, int next) {
        return next < text.length() && !Character.isWhitespace(text.charAt(next));
    }
}
