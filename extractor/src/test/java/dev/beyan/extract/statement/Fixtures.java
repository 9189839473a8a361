package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import dev.beyan.extract.Span;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared helpers for the statement tests: officials with their mentions, and the span property. */
final class Fixtures {

    static final StatementFinder FINDER = new StatementFinder();

    private Fixtures() {
    }

    /** An official with every mention of the full name and of the surname in {@code text}. */
    static Analysis.Official official(String text, String name) {
        List<Span> mentions = new ArrayList<>();
        String[] words = name.split(" ");
        for (String key : new String[] {name, words[words.length - 1]}) {
            for (int i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + key.length())) {
                mentions.add(new Span(i, i + key.length()));
            }
        }
        return new Analysis.Official(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), name, "Başkan",
                null, null, null, null, false, Analysis.Official.FROM_TEXT, mentions);
    }

    static List<Analysis.Statement> find(String text, String... officialNames) {
        List<Analysis.Official> officials = new ArrayList<>();
        for (String n : officialNames) {
            officials.add(official(text, n));
        }
        List<Analysis.Statement> found = FINDER.find(SharedExtractor.get().read(text), officials);
        assertSpansPointAtText(text, found);
        return found;
    }

    static List<Analysis.Statement> direct(List<Analysis.Statement> all) {
        return all.stream().filter(s -> s.kind().equals("direct")).toList();
    }

    static List<Analysis.Statement> indirect(List<Analysis.Statement> all) {
        return all.stream().filter(s -> s.kind().equals("indirect")).toList();
    }

    static List<String> texts(List<Analysis.Statement> statements) {
        return statements.stream().map(Analysis.Statement::text).toList();
    }

    /** Every statement's text is exactly its segments' substrings joined by a blank line. */
    static void assertSpansPointAtText(String text, List<Analysis.Statement> statements) {
        for (Analysis.Statement s : statements) {
            assertThat(s.segments()).isNotEmpty();
            StringBuilder joined = new StringBuilder();
            for (Span span : s.segments()) {
                if (joined.length() > 0) {
                    joined.append("\n\n");
                }
                joined.append(span.of(text));
            }
            assertThat(s.text()).isEqualTo(joined.toString());
        }
    }
}
