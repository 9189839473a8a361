package dev.beyan.extract.statement;

import java.util.List;
import java.util.Map;

/**
 * "Muğla Valiliği soruşturma başlattı. Valilikten yapılan açıklamada, '...'": a body the text calls by its bare noun
 * is the one of that kind it named in full before, with the words that name it ("Muğla Valiliği", "Gerze
 * Belediyesi", "İçişleri Bakanlığı", "Mülakat Mağduru Öğretmenler Platformu"). Where none was named, the bare noun
 * stays.
 */
final class BodyNamedInFull {
    /** The folded stem of a kind's possessive form ("valiliğ"), and that form as a full name ends with it. */
    private record Kind(String stem, String head) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "Valilik", new Kind("valiliğ", "Valiliği"),
            "Kaymakamlık", new Kind("kaymakamlığ", "Kaymakamlığı"),
            "Belediye", new Kind("belediyes", "Belediyesi"),
            "Bakanlık", new Kind("bakanlığ", "Bakanlığı"),
            "Platform", new Kind("platformu", "Platformu"),
            "Dernek", new Kind("derneğ", "Derneği"),
            "Sendika", new Kind("sendikas", "Sendikası"));
    /** How many capitalised words may name the body before its head noun ("Sinop Büyükşehir Belediyesi"). */
    private static final int NAME_WORDS = 3;

    private BodyNamedInFull() {
    }

    /** The body's full name from before word {@code before}, or {@code bare} itself. */
    static String of(List<Token> tokens, String bare, int before) {
        Kind kind = KINDS.get(bare);
        if (kind == null) {
            return bare;
        }
        for (int k = Math.min(before, tokens.size()) - 1; k > 0; k--) {
            Token head = tokens.get(k);
            if (!head.isCapitalised() || !head.folded().startsWith(kind.stem())) {
                continue;
            }
            int first = k;
            while (first > 0 && k - first < NAME_WORDS && tokens.get(first - 1).isCapitalised()
                    && tokens.get(first - 1).apostropheSuffix().isEmpty()
                    && tokens.get(first).start() - tokens.get(first - 1).end() == 1) {
                first--;
            }
            if (first < k) {
                StringBuilder name = new StringBuilder();
                for (int j = first; j < k; j++) {
                    name.append(tokens.get(j).stem()).append(' ');
                }
                return name.append(kind.head()).toString();
            }
        }
        return bare;
    }
}
