package dev.beyan.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence whose subject is an office without a name: "Vali ise konuşmasında, '...' dedi", "Belediye Başkanı da
 * '...' diye konuştu", "Programda konuşan Antakya Kaymakamı, '...' dedi". News names the holder once and then the
 * office alone; the speaker is the official of that office the text named last before, or no one the text names. It
 * is never the previous statement's speaker, whom a subject of its own replaces.
 */
final class TitledSubject {
    /** "CHP lideri", "Zafer Partisi lideri": the party's leader, its chair ("Genel Başkan"). */
    static final String PARTY_LEADER = "lider";
    /** Heads of offices, in the lower case of their stems: a subject ending in one of them is an office. */
    private static final Set<String> HEADS = Set.of("başkan", "vali", "kaymakam", "bakan", "milletvekil", "muhtar",
            "sözcü", "müdür", "komutan", "başkanvekil", "rektör", "müftü", "başsavcı", "sekreter", "temsilci",
            PARTY_LEADER);
    /** Particles and frames between such a subject and the words it says. */
    private static final Set<String> BETWEEN = Set.of("ise", "de", "da", "ayrıca", "konuşmasında", "açıklamasında",
            "sözlerine", "şöyle", "şunları", "şu", "ifadeleri", "sözleri", "kullandı", "söyledi", "konuştu",
            "sözlerini", "konuşmasını", "sürdürdü", "devam", "etti", "ekledi");
    private static final int MAX_WORDS = 5;
    /** Words that make an office another one when they stand before its head: "İl Başkanı", "Genel Başkan". */
    private static final Set<String> TITLE_WORDS = Set.of("il", "ilçe", "belediye", "büyükşehir", "genel", "grup",
            "meclis", "merkez", "kolları", "eş", "parti", "bakan");

    /** The office's words as {@link #stemOf stems}, and the index of its first word. */
    record Office(List<String> words, int first) {
        String head() {
            return words.get(words.size() - 1);
        }
    }

    private TitledSubject() {
    }

    /**
     * The office that is the subject right before word {@code next} (the first word of what is said, or of the
     * sentence after it), reading back over particles; null when the words before are anything else.
     */
    static Office before(List<Token> tokens, int sentenceFirst, int next) {
        Office office = endingAt(tokens, sentenceFirst, next);
        return office != null ? office : openingBeforeAConverb(tokens, sentenceFirst, next);
    }

    /**
     * "Şırnak Belediye Başkanı, Başkan A'nın katılımını överek, '...' dedi": an office that opens the sentence, set
     * off by a comma, is the subject of the converb's clause and of the words after it.
     */
    private static Office openingBeforeAConverb(List<Token> tokens, int sentenceFirst, int next) {
        int k = next - 1;
        while (k > sentenceFirst && BETWEEN.contains(tokens.get(k).folded())) {
            k--;
        }
        String converb = tokens.get(Math.max(k, 0)).folded();
        if (k <= sentenceFirst || !(converb.endsWith("arak") || converb.endsWith("erek"))) {
            return null;
        }
        for (int j = sentenceFirst; j < k && j - sentenceFirst < MAX_WORDS; j++) {
            if (!tokens.get(j).isCapitalised()) {
                return null;
            }
            if (isOfficeHead(tokens.get(j)) && commaAfter(tokens.get(j))) {
                return endingAt(tokens, sentenceFirst, j + 1);
            }
        }
        return null;
    }

    private static boolean commaAfter(Token t) {
        return t.end() < t.text().length() && t.text().charAt(t.end()) == ',';
    }

    /** The office that ends right before word {@code next}, reading back over particles. */
    private static Office endingAt(List<Token> tokens, int sentenceFirst, int next) {
        int k = next - 1;
        while (k >= sentenceFirst && BETWEEN.contains(tokens.get(k).folded())) {
            k--;
        }
        if (k < sentenceFirst || !tokens.get(k).apostropheSuffix().isEmpty()) {
            return null;
        }
        String head = stemOf(tokens.get(k).folded());
        // a head in lower case after its party or place: "CHP lideri", "AK Parti sözcüsü"
        boolean qualified = k > sentenceFirst && tokens.get(k - 1).isCapitalised();
        if (!HEADS.contains(head) || !(tokens.get(k).isCapitalised() || qualified)) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of(head));
        int first = k - 1;
        while (first >= sentenceFirst && k - first < MAX_WORDS && tokens.get(first).isCapitalised()
                && tokens.get(first).apostropheSuffix().isEmpty()) {
            words.add(0, stemOf(tokens.get(first).folded()));
            first--;
        }
        return new Office(words, first + 1);
    }

    static boolean isTitleWord(String stem) {
        return TITLE_WORDS.contains(stem);
    }

    /** Whether the word is the head of an office: "Başkanvekili", "Valisi", "Müdürü". */
    static boolean isOfficeHead(Token t) {
        return t.apostropheSuffix().isEmpty() && HEADS.contains(stemOf(t.folded()));
    }

    /** A word without its possessive ("valisi" → "vali", "başkanı" → "başkan"); other words as they are. */
    static String stemOf(String folded) {
        int n = folded.length();
        if (n > 4 && "ıiuü".indexOf(folded.charAt(n - 1)) >= 0) {
            boolean buffer = folded.charAt(n - 2) == 's' && "aeıioöuü".indexOf(folded.charAt(n - 3)) >= 0;
            return folded.substring(0, buffer ? n - 2 : n - 1);
        }
        return folded;
    }
}
