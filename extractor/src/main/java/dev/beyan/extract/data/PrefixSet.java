package dev.beyan.extract.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Words matched on the start of a key ("havza" matches "havzasındaki"), bucketed by first letter so that a check
 * costs a few {@code startsWith} calls and no allocation. Keys are ASCII-folded, so 128 buckets cover them.
 */
final class PrefixSet {
    private static final int BUCKETS = 128;
    private final String[][] byFirstChar = new String[BUCKETS][];

    PrefixSet(Collection<String> prefixes) {
        List<List<String>> buckets = new ArrayList<>(BUCKETS);
        for (int i = 0; i < BUCKETS; i++) {
            buckets.add(new ArrayList<>());
        }
        for (String p : prefixes) {
            if (p.isEmpty() || p.charAt(0) >= BUCKETS) {
                throw new IllegalArgumentException("prefix must start with an ASCII letter: " + p);
            }
            buckets.get(p.charAt(0)).add(p);
        }
        for (int i = 0; i < BUCKETS; i++) {
            byFirstChar[i] = buckets.get(i).toArray(new String[0]);
        }
    }

    /** Whether some prefix starts {@code key}. */
    boolean matchesStartOf(String key) {
        if (key.isEmpty() || key.charAt(0) >= BUCKETS) {
            return false;
        }
        for (String p : byFirstChar[key.charAt(0)]) {
            if (key.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
