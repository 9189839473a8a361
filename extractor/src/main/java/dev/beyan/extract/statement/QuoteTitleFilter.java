package dev.beyan.extract.statement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the quotes that report speech and drops the other uses of quotation marks: all-caps subheads,
 * short slogans and scare quotes (under four words), and names and titles of works (every word
 * capitalised, or followed by a naming word such as "adlı", "başlıklı", "sloganıyla").
 */
final class QuoteTitleFilter {

    static final int MIN_WORDS = 4;

    private final Set<String> titleMarkers;

    QuoteTitleFilter() {
        this.titleMarkers = new HashSet<>(RuleData.lines("title-markers.txt"));
    }

    boolean isStatement(String text, RawQuote quote, List<Token> tokens, TokenIndex index) {
        int words = 0;
        boolean allCapitalised = true;
        boolean sentencePunctuation = false;
        for (var seg : quote.segments()) {
            if (SubheadFilter.isAllCaps(text, seg.start(), seg.end())) {
                return false;
            }
        }
        for (int i = index.firstAtOrAfter(quote.start()); i < tokens.size() && tokens.get(i).start() < quote.end(); i++) {
            Token t = tokens.get(i);
            words++;
            if (!t.isCapitalised() && !Character.isDigit(t.folded().charAt(0))) {
                allCapitalised = false;
            }
        }
        for (int i = quote.start(); i < quote.end(); i++) {
            if (".,!?;:\u2026".indexOf(text.charAt(i)) >= 0) {
                sentencePunctuation = true;
                break;
            }
        }
        if (words < MIN_WORDS) {
            return false;
        }
        if (allCapitalised && !sentencePunctuation) {
            return false;
        }
        int next = index.firstAtOrAfter(quote.after());
        if (next < tokens.size() && onlySpaceBetween(text, quote.after(), tokens.get(next).start())
                && titleMarkers.contains(tokens.get(next).folded())) {
            return false;
        }
        return true;
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
