package dev.beyan.query.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one analysis found that the one before it did not, and what it no longer found: officials and
 * functionaries (with their office), places and statements, each compared by what it says rather than by where it stands in the text, so
 * that a revision that only moves words shows no change of findings.
 */
public record AnalysisDiff(List<Change> added, List<Change> removed) {
    /** {@code kind}: official, functionary, place, direct or indirect. */
    public record Change(String kind, String text) {
    }

    private static final int QUOTE_CHARS = 140;

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    static AnalysisDiff of(AnalysisContent before, AnalysisContent after) {
        Map<String, Change> was = findings(before);
        Map<String, Change> is = findings(after);
        List<Change> added = new ArrayList<>();
        is.forEach((key, change) -> {
            if (!was.containsKey(key)) {
                added.add(change);
            }
        });
        List<Change> removed = new ArrayList<>();
        was.forEach((key, change) -> {
            if (!is.containsKey(key)) {
                removed.add(change);
            }
        });
        return new AnalysisDiff(added, removed);
    }

    private static Map<String, Change> findings(AnalysisContent a) {
        Map<String, Change> found = new LinkedHashMap<>();
        people(a.officials(), "official", found);
        people(a.functionaries(), "functionary", found);
        for (AnalysisContent.Place p : a.places()) {
            found.putIfAbsent("place\u0000" + p.kind() + "\u0000" + p.name(), new Change("place", p.name()));
        }
        for (AnalysisContent.Statement s : a.statements()) {
            String quote = s.text() == null ? "" : s.text().length() <= QUOTE_CHARS ? s.text()
                    : s.text().substring(0, QUOTE_CHARS) + "…";
            String speaker = s.speakerName() == null ? "?" : s.speakerName();
            found.putIfAbsent(s.kind() + "\u0000" + speaker + "\u0000" + s.text(),
                    new Change(s.kind(), speaker + ": “" + quote + "”"));
        }
        return found;
    }

    private static void people(List<AnalysisContent.Official> people, String kind, Map<String, Change> found) {
        for (AnalysisContent.Official o : people) {
            String office = String.join(", ", present(o.title(), o.org(), o.party(), o.district(), o.province()));
            String text = office.isEmpty() ? o.name() : o.name() + " (" + office + ")";
            found.putIfAbsent(kind + "\u0000" + text, new Change(kind, text));
        }
    }

    private static List<String> present(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank() && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
