package dev.beyan.extract.data;

import dev.beyan.extract.text.WordClass;
import dev.beyan.extract.text.WordClassifier;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link WordClass} of every word key, from all the lexicons at once: one hash lookup for the words the
 * lexicons list, plus a few bucketed prefix and ending checks. Immutable, thread-safe.
 */
final class WordClasses implements WordClassifier {
    private final Map<String, Integer> exact;
    private final Gazetteer gazetteer;
    private final PersonNames names;
    private final PlaceWords placeWords;
    private final Titles titles;
    /**
     * The classes of the words met so far: a word's class depends on the lexicons alone, and news repeats its words,
     * so most words skip the prefix and ending checks. Bounded, so that a stream of odd words cannot grow it without
     * end; past the bound new words are classified each time.
     */
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();
    private static final int MAX_SEEN = 200_000;

    WordClasses(Gazetteer gazetteer, PlaceWords placeWords, PersonNames names, Parties parties, Titles titles) {
        Map<String, Integer> map = new HashMap<>(1 << 16);
        names.addWordClasses(map);
        gazetteer.addWordClasses(map);
        parties.addWordClasses(map);
        titles.addWordClasses(map);
        placeWords.addWordClasses(map);
        this.exact = map;
        this.gazetteer = gazetteer;
        this.names = names;
        this.placeWords = placeWords;
        this.titles = titles;
    }

    @Override
    public int classify(String key) {
        Integer cached = seen.get(key);
        if (cached != null) {
            return cached;
        }
        int classes = classifyAnew(key);
        if (seen.size() < MAX_SEEN) {
            seen.put(key, classes);
        }
        return classes;
    }

    private int classifyAnew(String key) {
        Integer known = exact.get(key);
        int classes = known == null ? 0 : known;
        if (names.hasStopwordPrefix(key)) {
            classes |= WordClass.NAME_STOPWORD;
        }
        if ((classes & WordClass.NAME_STOPWORD) != 0) {
            classes &= ~(WordClass.GIVEN_NAME | WordClass.SURNAME_LIKE);
        } else if (names.hasSurnameEnding(key) && !namesAProvince(classes, key)) {
            classes |= WordClass.SURNAME_LIKE;
        }
        if (titles.isSingleWordOfficeNoun(key)) {
            classes |= WordClass.OFFICE_NOUN_START;
        }
        return classes | placeWords.prefixWordClasses(key);
    }

    /**
     * "Kocaeli", "Tekirdağ": a province's name has a surname's ending but is no surname unless the register lists it
     * ("Başkan A Kocaeli'yi ziyaret etti"). Districts keep the guess: many are surnames too ("Gerger", "Turgutlu").
     */
    private boolean namesAProvince(int classes, String key) {
        return (classes & WordClass.PLACE) != 0 && gazetteer.lookup(key).stream().anyMatch(AdminUnit::isProvince);
    }
}
