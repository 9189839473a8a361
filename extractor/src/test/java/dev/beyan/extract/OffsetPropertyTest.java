package dev.beyan.extract;

import dev.beyan.extract.input.ReleaseText;
import dev.beyan.extract.text.TurkishText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every offset the extractor reports points at text that matches what it claims to be. */
class OffsetPropertyTest {

    @Test
    void everyMentionAndSegmentPointsAtWhatItClaims() throws IOException {
        List<String> texts = new ArrayList<>(SyntheticArticles.generate(300, 20261125L));
        try (InputStream in = getClass().getResourceAsStream("seed/000_d70b2ed9d009a380.txt")) {
            texts.add(ReleaseText.of("seed.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        int checked = 0;
        for (String text : texts) {
            Analysis a = SharedExtractor.get().analyze(text);
            for (Analysis.Official o : a.officials()) {
                String name = TurkishText.asciiFold(o.name());
                for (Span m : o.mentions()) {
                    assertThat(m.end()).isLessThanOrEqualTo(text.length());
                    String at = TurkishText.asciiFold(m.of(text));
                    assertThat(name.equals(at) || name.endsWith(" " + at))
                            .as("official mention '%s' of %s", m.of(text), o.name()).isTrue();
                    checked++;
                }
            }
            for (Analysis.Place p : a.places()) {
                for (Span m : p.mentions()) {
                    assertThat(TurkishText.asciiFold(m.of(text)))
                            .as("place mention of %s", p.name()).isEqualTo(TurkishText.asciiFold(p.name()));
                    checked++;
                }
            }
            for (Analysis.Statement s : a.statements()) {
                for (Span seg : s.segments()) {
                    assertThat(s.text()).as("statement segment").contains(seg.of(text).strip());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void analysesEmptyTruncatedAndOddTextsWithoutFailing() {
        String[] texts = {"", " ", "\n\n", "'", "’a", "İ", "Belediye Başkanı", "(İZMİR)-", "Kiraz'",
                "😀 Tire'de 😀 Başkan Ali Veli'ye", "A. B. C.", "İl Başkanlığı'na", "meclis üyeleri:", "Bakanı"};
        for (String text : texts) {
            Analysis a = SharedExtractor.get().analyze(text);
            a.places().forEach(p -> p.mentions().forEach(m -> assertThat(m.end()).isLessThanOrEqualTo(text.length())));
            a.officials().forEach(o -> o.mentions().forEach(m -> assertThat(m.end()).isLessThanOrEqualTo(text.length())));
        }
    }
}
