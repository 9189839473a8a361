package dev.beyan.extract.data;

import java.util.Collection;

/**
 * Words matched on the start of a key ("havza" matches "havzasındaki"), held as a trie so that a check walks the key
 * once, whatever the number of words, and allocates nothing. It runs for every word of every text. Keys are
 * ASCII-folded, so each node has 128 branches.
 */
final class PrefixSet {
    private static final int ALPHABET = 128;

    private static final class Node {
        final Node[] next = new Node[ALPHABET];
        boolean endsWord;
    }

    private final Node root = new Node();

    PrefixSet(Collection<String> prefixes) {
        for (String p : prefixes) {
            if (p.isEmpty() || !p.chars().allMatch(c -> c < ALPHABET)) {
                throw new IllegalArgumentException("prefix must be non-empty ASCII: " + p);
            }
            Node node = root;
            for (int i = 0; i < p.length(); i++) {
                Node child = node.next[p.charAt(i)];
                if (child == null) {
                    child = new Node();
                    node.next[p.charAt(i)] = child;
                }
                node = child;
            }
            node.endsWord = true;
        }
    }

    /** Whether some prefix starts {@code key}. */
    boolean matchesStartOf(String key) {
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            node = c < ALPHABET ? node.next[c] : null;
            if (node == null) {
                return false;
            }
            if (node.endsWord) {
                return true;
            }
        }
        return false;
    }
}
