package dev.beyan.query.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A release text as HTML with its highlights: every character of the text escaped and kept (offsets count in
 * UTF-16 units, as Java and JavaScript do, so the text is never re-segmented), each highlight an element carrying
 * its offsets. Highlights nest (a place inside a quote); one that crosses another's edge is written in parts that
 * share its {@code data-span}, so the parts' text together is still exactly the text at its offsets. A highlight
 * with a page becomes a link, unless it sits inside another link (HTML does not nest links).
 */
final class MarkedText {
    /** {@code kind}: official, place, direct or indirect; {@code href} and {@code anchor} may be null. */
    record Highlight(int start, int end, String kind, String label, String href, String anchor) {
    }

    private record Open(Highlight highlight, int index, boolean link) {
    }

    private static final Comparator<Highlight> OUTER_FIRST = Comparator.comparingInt(Highlight::start)
            .thenComparing(Comparator.comparingInt(Highlight::end).reversed())
            .thenComparing(h -> h.href() == null ? 0 : 1);

    private MarkedText() {
    }

    static String render(String text, List<Highlight> highlights) {
        List<Highlight> spans = highlights.stream()
                .filter(h -> h.start() >= 0 && h.start() < h.end() && h.end() <= text.length())
                .sorted(OUTER_FIRST).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Highlight h : spans) {
            cuts.add(h.start());
            cuts.add(h.end());
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        List<Open> open = new ArrayList<>();
        boolean[] anchored = new boolean[spans.size()];
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            List<Integer> covering = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                if (spans.get(i).start() <= from && spans.get(i).end() >= to) {
                    covering.add(i);
                }
            }
            int kept = 0;
            while (kept < open.size() && kept < covering.size() && open.get(kept).index() == covering.get(kept)) {
                kept++;
            }
            while (open.size() > kept) {
                out.append(open.remove(open.size() - 1).link() ? "</a>" : "</span>");
            }
            for (int c = kept; c < covering.size(); c++) {
                int index = covering.get(c);
                boolean insideLink = open.stream().anyMatch(Open::link);
                Highlight h = spans.get(index);
                boolean link = h.href() != null && !insideLink;
                openTag(out, h, index, link, !anchored[index]);
                anchored[index] = true;
                open.add(new Open(h, index, link));
            }
            Html.escape(text, from, to, out);
        }
        while (!open.isEmpty()) {
            out.append(open.remove(open.size() - 1).link() ? "</a>" : "</span>");
        }
        return out.toString();
    }

    private static void openTag(StringBuilder out, Highlight h, int index, boolean link, boolean first) {
        out.append(link ? "<a href=\"" : "<span");
        if (link) {
            Html.escape(h.href(), 0, h.href().length(), out);
            out.append('"');
        }
        if (first && h.anchor() != null) {
            out.append(" id=\"").append(Html.escape(h.anchor())).append('"');
        }
        out.append(" class=\"hl hl-").append(h.kind()).append("\" data-span=\"h").append(index)
                .append("\" data-kind=\"").append(h.kind()).append("\" data-start=\"").append(h.start())
                .append("\" data-end=\"").append(h.end()).append("\" data-label=\"").append(Html.escape(h.label()))
                .append("\" title=\"").append(Html.escape(h.label())).append("\">");
    }
}
