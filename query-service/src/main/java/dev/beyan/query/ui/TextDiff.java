package dev.beyan.query.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word diff of two texts, for the timeline: the texts are cut into words, runs of white space and single marks,
 * the common beginning and end are set aside, and the rest is compared by longest common subsequence. Unchanged
 * stretches are shortened to their edges, so a revision shows what changed with a little context.
 */
public final class TextDiff {
    /** {@code kind}: same, added or removed. */
    public record Part(String kind, String text) {
        public boolean added() {
            return kind.equals("added");
        }

        public boolean removed() {
            return kind.equals("removed");
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]");
    /** Above this many cells the middle is shown as removed and added whole, rather than compared. */
    private static final long MAX_CELLS = 4_000_000;
    static final int CONTEXT = 60;

    private TextDiff() {
    }

    static List<Part> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Part> parts = new ArrayList<>();
        add(parts, "same", String.join("", a.subList(0, head)));
        middle(parts, a.subList(head, a.size() - tail), b.subList(head, b.size() - tail));
        add(parts, "same", String.join("", a.subList(a.size() - tail, a.size())));
        return shorten(parts);
    }

    private static void middle(List<Part> parts, List<String> a, List<String> b) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            add(parts, "removed", String.join("", a));
            add(parts, "added", String.join("", b));
            return;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(parts, "same", a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(parts, "removed", a.get(i++));
            } else {
                add(parts, "added", b.get(j++));
            }
        }
    }

    /** Appends, merging with the last part when it is of the same kind. */
    private static void add(List<Part> parts, String kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last != null && last.kind().equals(kind)) {
            parts.set(parts.size() - 1, new Part(kind, last.text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }

    private static List<Part> shorten(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            String t = part.text();
            if (!part.kind().equals("same") || t.length() <= 2 * CONTEXT + 5) {
                out.add(part);
            } else if (p == 0) {
                out.add(new Part("same", "… " + t.substring(t.length() - CONTEXT)));
            } else if (p == parts.size() - 1) {
                out.add(new Part("same", t.substring(0, CONTEXT) + " …"));
            } else {
                out.add(new Part("same", t.substring(0, CONTEXT) + " … " + t.substring(t.length() - CONTEXT)));
            }
        }
        return out;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
