package dev.beyan.extract.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into {@link Token words} in one linear pass. An apostrophe between two letters or digits
 * stays inside the word: in Turkish it separates a proper name from its case suffix ("CHP'li",
 * "2016'dan"), it is not a quotation mark.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 6 + 1);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    i++;
                } else if (QuoteMarks.isApostropheLike(c) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                    i++;
                } else if (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                        && Character.isDigit(text.charAt(i - 1))) {
                    i++; // decimals and thousands: 9.550, 21.00
                } else {
                    break;
                }
            }
            String folded = fold(text, start, i);
            out.add(new Token(text, start, i, folded, stemLength(text, start, i, folded)));
        }
        return out;
    }

    /** How many folded characters come before the first apostrophe (fold maps one character to one). */
    private static int stemLength(String text, int start, int end, String folded) {
        if (end - start == folded.length()) {
            return folded.length();
        }
        for (int i = start; i < end; i++) {
            if (QuoteMarks.isApostropheLike(text.charAt(i))) {
                return i - start;
            }
        }
        return folded.length();
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Turkish lower case (I to ı, İ to i) without the apostrophes, one character for one. */
    static String fold(String surface) {
        return fold(surface, 0, surface.length());
    }

    static String fold(String text, int start, int end) {
        char[] out = new char[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    out[n++] = c == 'I' ? 'ı' : (char) (c + 32);
                } else if (c != QuoteMarks.APOSTROPHE && c != QuoteMarks.GRAVE) {
                    out[n++] = c;
                }
            } else if (!QuoteMarks.isApostropheLike(c)) {
                out[n++] = c == '\u0130' ? 'i' : Character.toLowerCase(c);
            }
        }
        return new String(out, 0, n);
    }
}
