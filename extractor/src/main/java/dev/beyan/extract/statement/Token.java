package dev.beyan.extract.statement;

import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of the shared {@link TokenizedText} as the statement rules read it: the half-open range {@code [start, end)}
 * of {@code text} with its suffix ("Aslanoğlu'nun"); {@code folded} is its Turkish lower case without apostrophes,
 * of which the first {@code stemLength} characters come before the apostrophe. Word {@code i} here is word {@code i}
 * of the shared text, so the people found there are found here at the same indices.
 */
record Token(String text, int start, int end, String folded, int stemLength) {

    /** The words of {@code shared}, each with its Turkish lower case. */
    static List<Token> of(TokenizedText shared) {
        String text = shared.text();
        List<Token> out = new ArrayList<>(shared.size());
        for (dev.beyan.extract.text.Token t : shared.tokens()) {
            String folded = TurkishText.lowerWithoutApostrophes(text, t.start(), t.end());
            int stemLength = t.hasApostrophe() ? TurkishText.lowerLength(text, t.start(), t.stemEnd()) : folded.length();
            out.add(new Token(text, t.start(), t.end(), folded, stemLength));
        }
        return out;
    }

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
