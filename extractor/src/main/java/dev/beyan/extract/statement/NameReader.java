package dev.beyan.extract.statement;

import dev.beyan.extract.text.TurkishText;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads who a capitalised run names. Turkish news writes a person as titles, then the name
 * ("Gazeteci Saygı Öztürk", "CHP İl Başkanı Ali Rıza Ertemur"), so the name is what follows the last
 * title word; a run ending in the head noun of a body ("AK Parti", "İçişleri Bakanlığı") names an
 * institution, as does a party's abbreviation in capitals ("CHP").
 */
final class NameReader {

    /**
     * Institution nouns that name a body on their own ("Valilik, ... duyurdu", "Platform tarafından yapılan
     * açıklamada"), standing for the one the text named in full before (see {@link BodyNamedInFull}).
     */
    private static final Set<String> STANDALONE = Set.of("valilik", "kaymakamlık", "bakanlık", "belediye", "emniyet",
            "platform", "dernek", "sendika");

    private final Set<String> titleWords;
    private final Set<String> sentenceAdverbs;
    private final Set<String> institutionHeads;
    private final List<String> headsLongestFirst;

    NameReader() {
        titleWords = new HashSet<>(RuleData.lines("person-title-words.txt"));
        sentenceAdverbs = new HashSet<>(RuleData.lines("sentence-adverbs.txt"));
        institutionHeads = new HashSet<>(RuleData.lines("institution-heads.txt"));
        headsLongestFirst = institutionHeads.stream().filter(h -> h.length() >= 5)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()
                        .thenComparing(java.util.Comparator.naturalOrder())).toList();
    }

    /**
     * The name after the titles of the run (two to four words after at least one title word), or null: a title
     * shows that the capitalised words after it are a person even when the given name is not registered.
     */
    String nameAfterTitles(List<Token> tokens, NameUnit unit) {
        int from = unit.first();
        for (int i = unit.first(); i <= unit.last(); i++) {
            String f = tokens.get(i).foldedStem();
            if (titleWords.contains(f) || institutionHeads.contains(f)) {
                from = i + 1;
            }
        }
        if (from == unit.first() || unit.last() - from + 1 < 2 || unit.last() - from + 1 > 4) {
            return null;
        }
        for (int i = from; i <= unit.last(); i++) {
            String stem = tokens.get(i).stem();
            if (stem.length() < 2 || !Character.isLetter(stem.charAt(0)) || isAbbreviation(stem)
                    || !institutionSuffix(tokens.get(i)).isEmpty() || isInflectedPlural(tokens.get(i).folded())
                    || isLongLocative(tokens.get(i).folded())) {
                return null; // not a name, or an inflected body or group: "Zafer Partisinin", "Komutanlarına"
            }
        }
        return name(tokens, from, unit.last());
    }

    /**
     * "Görüşmede", "Koridorunda": a long word in the locative, a place or setting ("Görüşmede, ..." opening a
     * sentence); Turkish surnames that long do not end so, and a name takes its case after an apostrophe.
     */
    static boolean isLongLocative(String folded) {
        return folded.length() >= LONG_LOCATIVE && LOCATIVE_ENDINGS.stream().anyMatch(folded::endsWith);
    }

    private static final int LONG_LOCATIVE = 8;
    private static final List<String> LOCATIVE_ENDINGS = List.of("da", "de", "ta", "te");

    /** Plural endings with a case, which a name never takes without an apostrophe: "komutanlarına", "üyelerin". */
    private static final List<String> PLURAL_CASE_ENDINGS = List.of("ların", "lerin", "larına", "lerine", "larını",
            "lerini", "lara", "lere", "larla", "lerle");

    static boolean isInflectedPlural(String folded) {
        for (String ending : PLURAL_CASE_ENDINGS) {
            if (folded.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The institution the run names, or null; without the case its head noun takes with no apostrophe ("Sinop
     * Valiliğinin" names "Sinop Valiliği").
     */
    String institutionName(List<Token> tokens, NameUnit unit) {
        Token last = tokens.get(unit.last());
        String suffix = institutionSuffix(last);
        String head = last.foldedStem().substring(0, last.foldedStem().length() - suffix.length());
        if (institutionHeads.contains(head) && (unit.last() > unit.first() || STANDALONE.contains(head))) {
            String name = join(tokens, unit.first(), unit.last());
            return name.substring(0, name.length() - suffix.length());
        }
        if (unit.first() == unit.last() && isAbbreviation(last.stem())) {
            return last.stem();
        }
        return null;
    }

    /**
     * What follows an institution head noun inside the word ("partisinin" gives "nin", "belediyesine"
     * gives "ne"); "" when the word is no inflected head.
     */
    String institutionSuffix(Token t) {
        String f = t.foldedStem();
        if (f.length() < 6 || institutionHeads.contains(f)) {
            return "";
        }
        for (String head : headsLongestFirst) {
            if (f.length() > head.length() && f.startsWith(head)) {
                return f.substring(head.length());
            }
        }
        return "";
    }

    /** A word that opens sentences ("Ayrıca, ...") and is no name. */
    boolean isSentenceAdverb(Token t) {
        return sentenceAdverbs.contains(t.foldedStem());
    }

    boolean isInstitutionHead(Token t) {
        return institutionHeads.contains(t.foldedStem());
    }

    boolean isTitleWord(Token t) {
        return titleWords.contains(t.foldedStem());
    }

    /** "Başkanın", "Valinin": a title word in the genitive written without an apostrophe, never a surname. */
    boolean isTitleWordInTheGenitive(Token t) {
        String folded = t.folded();
        for (String ending : GENITIVE_ENDINGS) {
            if (folded.endsWith(ending) && titleWords.contains(folded.substring(0, folded.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> GENITIVE_ENDINGS = List.of("nın", "nin", "nun", "nün", "ın", "in", "un", "ün");

    private static boolean isAbbreviation(String s) {
        if (s.length() < 2 || s.length() > 5) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String name(List<Token> tokens, int from, int to) {
        String joined = join(tokens, from, to);
        return joined.equals(TurkishText.upper(joined)) ? TurkishText.capitalizeWords(joined) : joined;
    }

    static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(i == to ? tokens.get(i).stem() : tokens.get(i).surface());
        }
        return b.toString();
    }
}
