package dev.beyan.extract.data;

import dev.beyan.extract.text.WordClass;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists of {@code place-words.tsv} that decide whether a capitalised gazetteer name is a place. */
public final class PlaceWords {
    public enum Category { AMBIGUOUS, TEMPORAL, DATE_CONTEXT, FEATURE, DIRECTION, OFFICE_CUE, PERSON_AFTER, SPORT }

    /** Categories whose words are matched on the start of a key, so that inflected forms count. */
    private static final Set<Category> PREFIX_MATCHED = Set.of(Category.FEATURE, Category.OFFICE_CUE, Category.SPORT);

    private final Map<Category, Set<String>> words;
    private final Map<Category, PrefixSet> prefixes = new EnumMap<>(Category.class);
    private final PrefixSet featureStarts;
    private final PrefixSet officeCueStarts;
    private final PrefixSet sportStarts;

    private PlaceWords(Map<Category, Set<String>> words) {
        this.words = words;
        for (Category c : PREFIX_MATCHED) {
            // A word of two letters ("il") must match whole: "il" would otherwise start "ilk", "ilgili"...
            prefixes.put(c, new PrefixSet(words.getOrDefault(c, Set.of()).stream().filter(w -> w.length() > 2)
                    .toList()));
        }
        this.featureStarts = prefixes.get(Category.FEATURE);
        this.officeCueStarts = prefixes.get(Category.OFFICE_CUE);
        this.sportStarts = prefixes.get(Category.SPORT);
    }

    static PlaceWords load() {
        Map<Category, Set<String>> words = new EnumMap<>(Category.class);
        for (String line : Resources.lines("place-words.tsv")) {
            String[] cols = line.split("\t");
            Category category = Category.valueOf(cols[0]);
            Set<String> keys = new HashSet<>(List.of(cols[1].split(";")));
            words.put(category, Set.copyOf(keys));
        }
        return new PlaceWords(words);
    }

    private static final Map<Category, Integer> WORD_CLASS = Map.of(
            Category.AMBIGUOUS, WordClass.AMBIGUOUS_PLACE,
            Category.TEMPORAL, WordClass.TEMPORAL,
            Category.DATE_CONTEXT, WordClass.DATE_CONTEXT,
            Category.FEATURE, WordClass.FEATURE,
            Category.DIRECTION, WordClass.DIRECTION,
            Category.OFFICE_CUE, WordClass.OFFICE_CUE,
            Category.PERSON_AFTER, WordClass.PERSON_AFTER,
            Category.SPORT, WordClass.SPORT);

    /** The word classes of the exact words of every category. */
    void addWordClasses(Map<String, Integer> into) {
        words.forEach((category, keys) -> {
            for (String key : keys) {
                into.merge(key, WORD_CLASS.get(category), (a, b) -> a | b);
            }
        });
    }

    /** The word classes of the categories matched on the start of a key (feature, office and sports words). */
    int prefixWordClasses(String key) {
        int classes = featureStarts.matchesStartOf(key) ? WordClass.FEATURE : 0;
        classes |= sportStarts.matchesStartOf(key) ? WordClass.SPORT : 0;
        return officeCueStarts.matchesStartOf(key) ? classes | WordClass.OFFICE_CUE : classes;
    }

    public boolean is(Category category, String key) {
        Set<String> keys = words.getOrDefault(category, Set.of());
        PrefixSet starts = prefixes.get(category);
        return keys.contains(key) || (starts != null && starts.matchesStartOf(key));
    }
}
