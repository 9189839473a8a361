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
    /** Nouns of the people an indefinite subject inside a sentence is: "bir kadın", "bir başka mahalle sakini". */
    private static final List<String> PEOPLE = List.of("kadın", "erkek", "vatandaş", "sakin", "köylü", "esnaf",
            "çiftçi", "üretici", "işçi", "öğrenci", "veli", "emekli", "yetkili", "katılımcı", "genç", "anne", "baba");
    /** "Bir başka kırsal mahalle muhtarı": the longest such subject read. */
    private static final int MAX_WORDS = 6;

    private IndefiniteSubject() {
    }

    /**
     * Whether word {@code j} ends an indefinite subject inside its sentence, with its particle: "... çeşme başında
     * bekleyen bir köylü(,)", "bir başka mahalle sakini ise": a person's noun among lower-case words after "bir" or
     * "başka", at most {@code MAX_WORDS}.
     */
    static boolean endsAt(List<Token> tokens, int j) {
        int k = j >= 0 && PARTICLES.contains(tokens.get(j).folded()) ? j - 1 : j;
        if (k < 0 || !personInTheNominative(tokens.get(k).folded())) {
            return false;
        }
        for (int i = k; i >= 0 && k - i < MAX_WORDS; i--) {
            Token t = tokens.get(i);
            if (i < k && OPENERS.contains(t.folded()) && !tokens.get(i + 1).folded().equals(TOGETHER)) {
                return true; // "Bir veli, ..." opens its sentence capitalised
            }
            if (t.isCapitalised() || !t.apostropheSuffix().isEmpty()
                    || ContentClauseVerb.isContentClauseVerb(t.folded())) {
                return false; // "... bir araya geldiklerini, genç, yaşlı, kadın, erkek": a clause ends before the noun
            }
        }
        return false;
    }

    /** "bir araya": together, no indefinite article. */
    private static final String TOGETHER = "araya";

    /**
     * Endings a subject's noun may carry: none, the plural, the compound's possessive ("mahalle sakini"); not a case
     * ("bir fabrikada işçilerin, haklarını ... söyledi": the genitive is the reported clause's own subject).
     */
    private static final Set<String> SUBJECT_ENDINGS = Set.of("", "ler", "lar", "i", "ı", "u", "ü", "si", "sı", "leri",
            "ları");

    private static boolean personInTheNominative(String folded) {
        for (String noun : PEOPLE) {
            if (folded.startsWith(noun) && SUBJECT_ENDINGS.contains(folded.substring(noun.length()))) {
                return true;
            }
        }
        return false;
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
