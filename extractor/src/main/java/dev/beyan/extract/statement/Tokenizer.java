package dev.beyan.extract.statement;

import dev.beyan.extract.text.TurkishText;

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
            String surface = text.substring(start, i);
            out.add(new Token(start, i, surface, fold(surface)));
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static String fold(String surface) {
        StringBuilder b = new StringBuilder(surface.length());
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (!QuoteMarks.isApostropheLike(c)) {
                b.append(c);
            }
        }
        return TurkishText.lower(b.toString());
    }
}
