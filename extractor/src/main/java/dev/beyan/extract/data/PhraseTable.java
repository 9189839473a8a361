package dev.beyan.extract.data;

import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;

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

    /**
     * The phrases as a tree of their keys, so that a lookup reads each word once, however many phrases share a start
     * ("belediye başkanı", "belediye başkan adayı", "belediye başkanlarımız"...).
     */
    private final Node<V> root;

    record Entry<V>(String[] keys, V value) {
    }

    /** A match of {@code value} over tokens {@code [start, end]} (inclusive). */
    public record Match<V>(V value, int start, int end) {
    }

    /** The phrases that go on with one more key; {@code value}: the first phrase listed that ends here, or null. */
    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        V value;
    }

    private PhraseTable(Node<V> root) {
        this.root = root;
    }

    static <V> PhraseTable<V> of(List<Entry<V>> entries) {
        Node<V> root = new Node<>();
        for (Entry<V> e : entries) {
            Node<V> node = root;
            for (String key : e.keys()) {
                node = node.next.computeIfAbsent(key, k -> new Node<>());
            }
            if (node.value == null) {
                node.value = e.value();
            }
        }
        return new PhraseTable<>(root);
    }

    /** The first words of the phrases. */
    Set<String> firstKeys() {
        return root.next.keySet();
    }

    /** The last words of the phrases. */
    Set<String> lastKeys() {
        Set<String> out = new HashSet<>();
        collectLastKeys(root, out);
        return out;
    }

    private static <V> void collectLastKeys(Node<V> node, Set<String> out) {
        for (Map.Entry<String, Node<V>> child : node.next.entrySet()) {
            if (child.getValue().value != null) {
                out.add(child.getKey());
            }
            collectLastKeys(child.getValue(), out);
        }
    }

    /**
     * The longest phrase starting at word {@code start}, or null. Its words follow each other across spaces, past
     * an abbreviation in parentheses; "eski" may stand before its last word only.
     */
    Match<V> match(List<Token> tokens, int start) {
        Node<V> node = root.next.get(tokens.get(start).key());
        if (node == null) {
            return null;
        }
        V value = node.value;
        int end = start;
        int i = start;
        while (!node.next.isEmpty()) {
            int j = i + 1;
            if (j < tokens.size() && Token.abbreviationInParentheses(tokens, j)) {
                j++; // "İstanbul Büyükşehir Belediyesi (İBB) Eşbaşkan adayları"
            }
            if (j >= tokens.size()) {
                break;
            }
            Token t = tokens.get(j);
            // "Büyükşehir Belediyesi eski Başkanı": the adjective before the phrase's last word
            if (FORMER.contains(t.key()) && t.sepBefore() == Separator.SPACE && j + 1 < tokens.size()
                    && !node.next.containsKey(t.key())) {
                Node<V> last = node.next.get(tokens.get(j + 1).key());
                if (last != null && last.value != null && joined(tokens, j + 1, start)) {
                    value = last.value;
                    end = j + 1;
                }
                break;
            }
            Node<V> child = node.next.get(t.key());
            if (child == null || !joined(tokens, j, start)) {
                break;
            }
            node = child;
            i = j;
            if (node.value != null) {
                value = node.value;
                end = i;
            }
        }
        return value == null ? null : new Match<>(value, start, end);
    }

    /**
     * Word {@code j} goes on with the phrase from {@code start}: the word before it takes no suffix, and only spaces
     * stand between them (or the closing parenthesis of an abbreviation).
     */
    private static boolean joined(List<Token> tokens, int j, int start) {
        if (tokens.get(j - 1).hasApostrophe()) {
            return false;
        }
        boolean afterAbbreviation = j - 1 > start && Token.abbreviationInParentheses(tokens, j - 1);
        int sep = afterAbbreviation ? tokens.get(j).sepBefore() & ~Separator.PARENTHESIS : tokens.get(j).sepBefore();
        // the dot of an ordinal number inside the phrase: "Meclis 1. Başkanvekili"
        return sep == Separator.SPACE || (sep == Separator.INNER_DOT && tokens.get(j - 1).digits());
    }
}
