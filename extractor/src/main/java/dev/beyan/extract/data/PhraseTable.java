package dev.beyan.extract.data;

import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word phrases looked up by the keys of consecutive words, longest match first. The words of a phrase must be
 * separated by spaces only; the last word may carry an apostrophe suffix. "eski" (former) may stand before the last
 * word of a compound: Turkish puts it there as often as before the whole ("İçişleri eski Bakanı", "Belediyesi eski
 * Başkanı"); {@link #FORMER} tells the caller. Immutable once built.
 */
public final class PhraseTable<V> {
    /** The adjectives of a former holder that may stand inside a compound office, before its head word. */
    public static final Set<String> FORMER = Set.of("eski", "onceki");

    private final Map<String, List<Entry<V>>> byFirstKey;

    record Entry<V>(String[] keys, V value) {
    }

    /** A match of {@code value} over tokens {@code [start, end]} (inclusive). */
    public record Match<V>(V value, int start, int end) {
    }

    private PhraseTable(Map<String, List<Entry<V>>> byFirstKey) {
        this.byFirstKey = byFirstKey;
    }

    static <V> PhraseTable<V> of(List<Entry<V>> entries) {
        Map<String, List<Entry<V>>> map = new HashMap<>();
        for (Entry<V> e : entries) {
            map.computeIfAbsent(e.keys()[0], k -> new ArrayList<>()).add(e);
        }
        map.replaceAll((k, v) -> v.stream()
                .sorted(Comparator.comparingInt((Entry<V> e) -> e.keys().length).reversed()).toList());
        return new PhraseTable<>(Map.copyOf(map));
    }

    /** The first words of the phrases. */
    Set<String> firstKeys() {
        return byFirstKey.keySet();
    }

    /** The last words of the phrases. */
    Set<String> lastKeys() {
        Set<String> out = new HashSet<>();
        for (List<Entry<V>> entries : byFirstKey.values()) {
            for (Entry<V> e : entries) {
                out.add(e.keys()[e.keys().length - 1]);
            }
        }
        return out;
    }

    Match<V> match(List<Token> tokens, int start) {
        List<Entry<V>> candidates = byFirstKey.get(tokens.get(start).key());
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            int end = matchEnd(tokens, start, e.keys());
            if (end >= 0) {
                return new Match<>(e.value(), start, end);
            }
        }
        return null;
    }

    /** The last word of the phrase {@code keys} matched from {@code start}, or -1. */
    private static int matchEnd(List<Token> tokens, int start, String[] keys) {
        int i = start;
        for (int k = 1; k < keys.length; k++) {
            i++;
            if (i < tokens.size() && isParentheticalAbbreviation(tokens, i)) {
                i++; // "İstanbul Büyükşehir Belediyesi (İBB) Eşbaşkan adayları"
            }
            if (i >= tokens.size()) {
                return -1;
            }
            if (k == keys.length - 1 && k > 0 && i + 1 < tokens.size() && FORMER.contains(tokens.get(i).key())
                    && tokens.get(i).sepBefore() == Separator.SPACE && tokens.get(i + 1).key().equals(keys[k])) {
                i++; // "Büyükşehir Belediyesi eski Başkanı"
            }
            Token t = tokens.get(i);
            boolean afterAbbreviation = i - 1 > start && isParentheticalAbbreviation(tokens, i - 1);
            int sep = afterAbbreviation ? t.sepBefore() & ~Separator.PARENTHESIS : t.sepBefore();
            if (sep != Separator.SPACE || tokens.get(i - 1).hasApostrophe() || !t.key().equals(keys[k])) {
                return -1;
            }
        }
        return i;
    }

    /** An abbreviation in parentheses inside a phrase, "(İBB)", "(CHP)": news adds it, the phrase goes on. */
    private static boolean isParentheticalAbbreviation(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.allCaps() && !t.hasApostrophe() && t.sepBefore() == Separator.PARENTHESIS && i + 1 < tokens.size()
                && (tokens.get(i + 1).sepBefore() & Separator.PARENTHESIS) != 0;
    }
}
