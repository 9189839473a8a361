package dev.beyan.extract.text;

/**
 * Some pages print Latin words with Cyrillic or Greek letters that look the same ("Bеlеdiyе" with Cyrillic е), to slip
 * past filters or by a keyboard's accident. A reader does not see them; the lexicons do. Such a text is read with
 * those letters as their Latin twins: one character for one, so every offset still points into the text as
 * received, and a word written wholly in another alphabet stays as it is.
 */
public final class LookAlikeLetters {
    private static final String FOREIGN = "аеорсухіјѕһАВЕКМНОРСТХІЈЅοανιΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";
    private static final String LATIN = "aeopcyxijshABEKMHOPCTXIJSoaviABEZHIKMNOPTYX";

    static {
        if (FOREIGN.length() != LATIN.length()) {
            throw new IllegalStateException("look-alike tables differ in length");
        }
    }

    /** Letters below the Greek block are Latin (with its Turkish and other accented forms). */
    private static final char GREEK_START = '\u0370';
    /** Past the Cyrillic block there is nothing to read as Latin here. */
    private static final char CYRILLIC_END = '\u0530';

    private LookAlikeLetters() {
    }

    private static boolean hasForeignLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= GREEK_START && c < CYRILLIC_END) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with the look-alike letters of its mostly Latin words made Latin; the text itself when it has none. */
    public static String latin(String text) {
        if (!hasForeignLetter(text)) {
            return text; // nearly every text: one pass over the characters, no lookups
        }
        char[] out = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean latinLetter = false;
            boolean lookAlike = false;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                char c = text.charAt(end);
                latinLetter |= c < GREEK_START;
                lookAlike |= FOREIGN.indexOf(c) >= 0;
                end++;
            }
            if (latinLetter && lookAlike) {
                out = out == null ? text.toCharArray() : out;
                for (int k = i; k < end; k++) {
                    int at = FOREIGN.indexOf(text.charAt(k));
                    if (at >= 0) {
                        out[k] = LATIN.charAt(at);
                    }
                }
            }
            i = end;
        }
        return out == null ? text : new String(out);
    }
}
