package dev.beyan.query.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkedTextTest {

    @Test
    void escapesEveryCharacterOfTheTextAndOfTheLabels() {
        String html = MarkedText.render("a <script>x()</script> & \"b\"", List.of(
                new MarkedText.Highlight(2, 10, "place", "<i>\"label\"</i>", "/ui/districts/1", "p-2")));
        assertThat(html).isEqualTo("a <a href=\"/ui/districts/1\" id=\"p-2\" class=\"hl hl-place\" data-span=\"h0\" "
                + "data-kind=\"place\" data-start=\"2\" data-end=\"10\" data-label=\"&lt;i&gt;&quot;label&quot;&lt;/i&gt;\" "
                + "title=\"&lt;i&gt;&quot;label&quot;&lt;/i&gt;\">&lt;script&gt;</a>x()&lt;/script&gt; &amp; &quot;b&quot;");
    }

    @Test
    void nestsAMentionInsideAQuote() {
        String html = MarkedText.render("Dedi ki: Tire güzel.", List.of(
                new MarkedText.Highlight(9, 13, "place", "Tire", "/ui/districts/1", null),
                new MarkedText.Highlight(9, 19, "direct", "quote", null, "q-9")));
        assertThat(html).startsWith("Dedi ki: <span id=\"q-9\" class=\"hl hl-direct\"")
                .contains("><a href=\"/ui/districts/1\"").contains(">Tire</a> güzel</span>.");
    }

    @Test
    void writesACrossingHighlightInPartsThatShareItsSpan() {
        String html = MarkedText.render("abcdefgh", List.of(
                new MarkedText.Highlight(0, 5, "direct", "q", null, null),
                new MarkedText.Highlight(3, 8, "official", "o", "/ui/officials/x", null)));
        assertThat(html.split("data-span=\"h1\"", -1)).hasSize(3);
        assertThat(html.replaceAll("<[^>]*>", "")).isEqualTo("abcdefgh");
    }

    @Test
    void neverNestsALinkInALink() {
        String html = MarkedText.render("İzmir İl Başkanı", List.of(
                new MarkedText.Highlight(0, 16, "official", "o", "/ui/officials/x", null),
                new MarkedText.Highlight(0, 5, "place", "p", "/ui/provinces/35", null)));
        assertThat(html.split("<a ", -1)).hasSize(2);
        assertThat(html).contains("<span class=\"hl hl-place\"");
    }

    @Test
    void leavesOutHighlightsOutsideTheText() {
        assertThat(MarkedText.render("kısa", List.of(new MarkedText.Highlight(2, 40, "place", "p", null, null),
                new MarkedText.Highlight(3, 3, "place", "p", null, null)))).isEqualTo("kısa");
    }
}
