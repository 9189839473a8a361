package dev.beyan.extract.statement;

import java.util.List;
import java.util.Set;

/**
 * A sentence whose subject is someone the text does not name: "Bir vatandaş da '...' dedi", "Bir başka mahalle
 * muhtarı ise, '...' ifadelerini kullandı", "Başka bir katılımcı, '...' diye konuştu". The indefinite article tells a
 * new person speaks; the words are nobody's the text names, never the previous speaker's.
 */
final class IndefiniteSubject {
    /** The words that open an indefinite subject: "bir", "başka". */
    private static final Set<String> OPENERS = Set.of("bir", "başka");
    /** Particles between the subject and the words it says. */
    private static final Set<String> PARTICLES = Set.of("ise", "de", "da", "ayrıca");
    /** "Bir başka kırsal mahalle muhtarı": the longest such subject read. */
    private static final int MAX_WORDS = 6;

    private IndefiniteSubject() {
    }

    /**
     * Whether the words of the sentence from {@code sentenceFirst} up to word {@code next} (the first word of what is
     * said) are an indefinite subject and its particles: lower-case words after an opening "Bir" or "Başka".
     */
    static boolean before(List<Token> tokens, int sentenceFirst, int next) {
        int k = next - 1;
        while (k > sentenceFirst && PARTICLES.contains(tokens.get(k).folded())) {
            k--;
        }
        if (k <= sentenceFirst || k - sentenceFirst >= MAX_WORDS
                || !OPENERS.contains(tokens.get(sentenceFirst).folded())) {
            return false;
        }
        for (int j = sentenceFirst + 1; j <= k; j++) {
            if (tokens.get(j).isCapitalised() || !tokens.get(j).apostropheSuffix().isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
