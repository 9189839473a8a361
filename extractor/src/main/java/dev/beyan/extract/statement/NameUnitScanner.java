package dev.beyan.extract.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the runs of capitalised words of a text (names of people, places and bodies, with the titles in
 * front of them), in one pass over the tokens. Words join a run when only spaces (or the dot of an
 * abbreviation such as "Dr.") stand between them.
 */
final class NameUnitScanner {

    private NameUnitScanner() {
    }

    static List<NameUnit> scan(String text, List<Token> tokens) {
        List<NameUnit> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens.get(i))) {
                i++;
                continue;
            }
            int first = i;
            while (i + 1 < tokens.size() && startsName(tokens.get(i + 1))
                    && joined(text, tokens.get(i), tokens.get(i + 1).start())
                    && tokens.get(i).apostropheSuffix().isEmpty()) {
                i++;
            }
            Token last = tokens.get(i);
            out.add(new NameUnit(first, i, tokens.get(first).start(), last.end(),
                    NameUnit.caseOfSuffix(last.apostropheSuffix())));
            i++;
        }
        return out;
    }

    private static boolean startsName(Token t) {
        return t.isCapitalised();
    }

    static final java.util.Set<String> ABBREVIATIONS =
            java.util.Set.of("dr", "prof", "doç", "av", "op", "uzm", "yrd", "arş", "gör", "müh");

    private static boolean joined(String text, Token left, int to) {
        int from = left.end();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (!Character.isWhitespace(c) && !(c == '.' && i == from && ABBREVIATIONS.contains(left.folded()))) {
                return false;
            }
        }
        return true;
    }
}
