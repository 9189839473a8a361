package dev.beyan.extract.statement;

import java.util.List;
import java.util.Set;

/**
 * A sentence whose subject is a group the text does not name, a plural noun heading a participle: "Toplantıya
 * katılan vatandaşlar ise [...] savundu", "Grup adına söz alan meclis üyeleri [...] öne sürdü". The words are the
 * group's, nobody's the text names, and not the previous speaker's.
 */
final class UnnamedGroupSubject {
    /** Particles between the subject and the clause. */
    private static final Set<String> PARTICLES = Set.of("ise", "de", "da");
    /** "söz alan belediye meclis üyeleri": the words of a compound head that may stand after the participle. */
    private static final int MAX_COMPOUND_WORDS = 2;
    private static final int MIN_PLURAL_LENGTH = 5;

    private UnnamedGroupSubject() {
    }

    /**
     * Whether word {@code j} (or the noun before its particle) ends such a subject: a lower-case plural in the
     * nominative ("vatandaşlar"), or a compound's plural head ("meclis üyeleri"), right after a participle.
     */
    static boolean endsAt(List<Token> tokens, int j) {
        int k = j >= 0 && PARTICLES.contains(tokens.get(j).folded()) ? j - 1 : j;
        if (k < 1 || !plainWord(tokens.get(k))) {
            return false;
        }
        String head = tokens.get(k).folded();
        boolean bare = head.length() >= MIN_PLURAL_LENGTH && (head.endsWith("lar") || head.endsWith("ler"));
        boolean compound = head.endsWith("ları") || head.endsWith("leri");
        if (!bare && !compound) {
            return false;
        }
        for (int i = k - 1; i >= 0 && k - i <= MAX_COMPOUND_WORDS + 1; i--) {
            Token t = tokens.get(i);
            if (!plainWord(t)) {
                return false;
            }
            if (ReportedSpeechFinder.isParticiple(t)) {
                return bare || i < k - 1; // "katılan üyeleri": no compound, an accusative object
            }
        }
        return false;
    }

    /**
     * Whether the sentence from word {@code first} opens with a number of people before the clause at {@code clause}:
     * "Her iki aday da yaptığı açıklamalarda, [...] ifade etti", "Üç başkan, [...] söyledi": several speak at once.
     */
    static boolean countedOpens(List<Token> tokens, int first, int clause) {
        int k = first < clause && tokens.get(first).folded().equals(EVERY) ? first + 1 : first;
        return k + 1 < clause && COUNTS.contains(tokens.get(k).folded()) && plainWord(tokens.get(k + 1))
                && PEOPLE.contains(tokens.get(k + 1).folded());
    }

    /** Whether word {@code j} ends such an opening: "İki başkan(,)", "Her iki aday(,)". */
    static boolean countedEndsAt(List<Token> tokens, int j) {
        if (j < 1 || !PEOPLE.contains(tokens.get(j).folded()) || !plainWord(tokens.get(j))) {
            return false;
        }
        Token count = tokens.get(j - 1);
        boolean every = j >= 2 && tokens.get(j - 2).folded().equals(EVERY) && tokens.get(j - 2).isCapitalised();
        return COUNTS.contains(count.folded()) && (count.isCapitalised() || every);
    }

    /** "her iki aday": every one of them. */
    private static final String EVERY = "her";
    private static final Set<String> COUNTS = Set.of("iki", "üç", "dört", "beş");
    /** The people a count may open a sentence with. */
    private static final Set<String> PEOPLE = Set.of("aday", "başkan", "vekil", "milletvekili", "lider", "bakan",
            "muhtar", "isim", "yetkili", "kaymakam", "vali");

    private static boolean plainWord(Token t) {
        return !t.isCapitalised() && t.apostropheSuffix().isEmpty();
    }
}
