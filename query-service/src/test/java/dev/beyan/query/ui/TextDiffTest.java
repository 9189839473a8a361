package dev.beyan.query.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTest {

    @Test
    void marksTheWordsAddedAndRemoved() {
        assertThat(TextDiff.of("Başkan Tire'yi ziyaret etti.", "Başkan Tire'yi ve Bayındır'ı ziyaret etti."))
                .containsExactly(new TextDiff.Part("same", "Başkan Tire'yi "),
                        new TextDiff.Part("added", "ve Bayındır'ı "),
                        new TextDiff.Part("same", "ziyaret etti."));
        assertThat(TextDiff.of("seçim bitti", "seçim sürüyor")).containsExactly(new TextDiff.Part("same", "seçim "),
                new TextDiff.Part("removed", "bitti"), new TextDiff.Part("added", "sürüyor"));
    }

    @Test
    void shortensLongUnchangedStretchesToTheirEdges() {
        String head = "a".repeat(500) + " ";
        List<TextDiff.Part> parts = TextDiff.of(head + "eski", head + "yeni");
        assertThat(parts.get(0).text()).startsWith("… ").hasSize(TextDiff.CONTEXT + 2);
        assertThat(parts).extracting(TextDiff.Part::kind).containsExactly("same", "removed", "added");
    }

    @Test
    void keepsEveryCharacterInItsTokens() {
        String text = "(İZMİR)- \"Söz\" dedi.\n\nİkinci paragraf: 100 yıl!";
        assertThat(String.join("", TextDiff.tokens(text))).isEqualTo(text);
    }
}
