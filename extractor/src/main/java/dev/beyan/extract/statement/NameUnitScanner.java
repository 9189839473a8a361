package dev.beyan.extract.statement;

import dev.beyan.extract.official.NameSpan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the runs of capitalised words of a text (names of people, places and bodies, with the titles in
 * front of them), in one pass over the tokens. Words join a run when only spaces (or the dot of an
 * abbreviation such as "Dr.") stand between them. The case of a run is read from the apostrophe suffix of its
 * last word, or, for the name of a body, from what follows its head noun: Turkish spelling writes no
 * apostrophe after a common noun inside a name ("Zafer Partisinin", "Büyükşehir Belediyesine"). A run ends with a
 * person's name ({@code people}): what follows it is another phrase with its own case ("Milletvekili Oya Tan
 * TBMM'de yaptığı konuşmada": the deputy is the subject, the parliament a locative), and so does the surname of
 * a person the text named in full before a name in a case ("Tan Sinop'taki sorunu anlattı").
 */
final class NameUnitScanner {

    private NameUnitScanner() {
    }

    static List<NameUnit> scan(String text, List<Token> tokens, NameReader reader, List<NameSpan> people) {
        boolean[] endsRun = new boolean[tokens.size()];
        Set<String> surnames = new HashSet<>();
        for (NameSpan n : people) {
            endsRun[n.end()] = true;
            surnames.add(tokens.get(n.end()).foldedStem());
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            // "DSP'li Tan Sinop'taki sorunu anlattı": a surname the text introduced, then another name in a case
            Token next = tokens.get(k + 1);
            endsRun[k] |= tokens.get(k).isCapitalised() && !next.apostropheSuffix().isEmpty()
                    && surnames.contains(tokens.get(k).foldedStem()) && !surnames.contains(next.foldedStem());
        }
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
                    && tokens.get(i).apostropheSuffix().isEmpty() && !endsRun[i]) {
                i++;
            }
            Token last = tokens.get(i);
            String suffix = last.apostropheSuffix();
            if (suffix.isEmpty()) {
                suffix = reader.institutionSuffix(last); // "Zafer Partisinin": no apostrophe after a common noun
            }
            out.add(new NameUnit(first, i, tokens.get(first).start(), last.end(), NameUnit.caseOfSuffix(suffix)));
            i++;
        }
        return out;
    }

    private static boolean startsName(Token t) {
        return t.isCapitalised();
    }

    static final Set<String> ABBREVIATIONS =
            Set.of("dr", "prof", "doç", "av", "op", "uzm", "yrd", "arş", "gör", "müh");

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
