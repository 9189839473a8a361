package dev.beyan.extract.data;

import dev.beyan.extract.text.TurkishText;
import dev.beyan.extract.text.WordClass;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given names (a population register, count at least 100) and surnames (small attested lists), by ASCII-folded
 * key, and the words that are never part of a name. They tell a person's name from the other capitalised words of
 * a news text.
 */
public final class PersonNames {
    /**
     * Endings that make an unknown capitalised word a likely Turkish surname (the surname list is small): -oğlu
     * and the common compounds of the 1934 Surname Law (-er, -soy, -türk, -kaya, -han, -gil ...).
     */
    private static final List<String> SURNAME_ENDINGS = List.of(
            "oglu", "soy", "turk", "kaya", "tas", "gil", "han", "can", "oz", "er", "ar", "dag", "demir", "yilmaz",
            "bas", "ci", "ce", "lu", "li");

    /** The plural suffix, which "-ar" / "-er" would otherwise take for a surname's ending. */
    private static final String PLURAL_A = "lar";
    private static final String PLURAL_E = "ler";

    private final Set<String> givenNames;
    private final Set<String> surnames;
    private final Set<String> stopwords;
    private final PrefixSet stopPrefixes;

    private PersonNames(Set<String> givenNames, Set<String> surnames, Set<String> stopwords,
                        List<String> stopPrefixes) {
        this.givenNames = givenNames;
        this.surnames = surnames;
        this.stopwords = stopwords;
        this.stopPrefixes = new PrefixSet(stopPrefixes);
    }

    static PersonNames load() {
        Set<String> given = new HashSet<>();
        for (String name : NameLists.givenNames()) {
            given.add(TurkishText.asciiFold(name));
        }
        Set<String> surnames = new HashSet<>();
        for (String name : NameLists.surnames()) {
            surnames.add(TurkishText.asciiFold(name));
        }
        Set<String> stop = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String line : Resources.lines("name-stopwords.txt")) {
            if (line.endsWith("*")) {
                prefixes.add(line.substring(0, line.length() - 1));
            } else {
                stop.add(line);
            }
        }
        return new PersonNames(Set.copyOf(given), Set.copyOf(surnames), Set.copyOf(stop), List.copyOf(prefixes));
    }

    /** The word classes of the exact keys: given names, surnames, stopwords. */
    void addWordClasses(Map<String, Integer> into) {
        for (String key : givenNames) {
            into.merge(key, WordClass.GIVEN_NAME, (a, b) -> a | b);
        }
        for (String key : surnames) {
            into.merge(key, WordClass.SURNAME_LIKE, (a, b) -> a | b);
        }
        for (String key : stopwords) {
            into.merge(key, WordClass.NAME_STOPWORD, (a, b) -> a | b);
        }
    }

    boolean hasStopwordPrefix(String key) {
        return stopPrefixes.matchesStartOf(key);
    }

    /** An unknown word with a surname's ending ("-oğlu", "-soy"...). */
    boolean hasSurnameEnding(String key) {
        if (key.endsWith(PLURAL_A) || key.endsWith(PLURAL_E)) {
            return false; // "Operasyonlar", "Belediyeler": a plural noun; surnames in -lar/-ler are in the list
        }
        int n = key.length();
        char last = n == 0 ? 0 : key.charAt(n - 1);
        if (last >= ENDINGS_BY_LAST_CHAR.length) {
            return false;
        }
        for (String ending : ENDINGS_BY_LAST_CHAR[last]) {
            if (n > ending.length() + 2 && key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #SURNAME_ENDINGS} by their last letter, so that most words are ruled out by one array access. */
    private static final String[][] ENDINGS_BY_LAST_CHAR = new String[128][];

    static {
        for (char c = 0; c < ENDINGS_BY_LAST_CHAR.length; c++) {
            final char last = c;
            ENDINGS_BY_LAST_CHAR[c] = SURNAME_ENDINGS.stream()
                    .filter(e -> e.charAt(e.length() - 1) == last).toArray(String[]::new);
        }
    }

    public boolean isGivenName(String key) {
        return givenNames.contains(key) && !isStopword(key);
    }

    public boolean isSurname(String key) {
        return surnames.contains(key) && !isStopword(key);
    }

    /** A known surname, or an unknown word with a surname's ending. */
    public boolean looksLikeSurname(String key) {
        return isSurname(key) || (hasSurnameEnding(key) && !isStopword(key));
    }

    /** A title, organisation, date or honorific word: never part of a name. */
    public boolean isStopword(String key) {
        if (stopwords.contains(key)) {
            return true;
        }
        return stopPrefixes.matchesStartOf(key);
    }
}
