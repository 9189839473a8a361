package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import dev.beyan.extract.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement's segments lie inside the text, in order, and its text is exactly their substrings joined
 * by a blank line, whatever marks, breaks and suffix apostrophes are scattered through the input.
 */
class StatementSpanPropertyTest {

    private static final String BASE = "Başkan Selim Kaya, \"Yollarımızı bu yıl baştan sona yenileyeceğiz\" dedi. "
            + "Kaya'nın açıklamasına göre projeler sürüyor.\n\nKaya şunları söyledi:\n\n"
            + "“Mahallelerimizin tamamına ulaşacağız.\n\n“KIŞA HAZIRIZ”\n\nHiçbir vatandaşımızı unutmayacağız.”\n"
            + "Kentin yeni bir döneme girdiğini belirten Kaya, 'Tire’nin çiftçileri de desteklenecek' diye ekledi. "
            + "Valilik, okulların yarın tatil edileceğini duyurdu.";

    private static final String[] NOISE = {"\"", "'", "“", "”", "«", "»", "‘", "’", "\n", "\n\n", ":", ",", ". ",
            "''", " dedi.", " olduğunu belirtti", "İ", "Kaya'ya "};

    @Test
    void segmentsPointExactlyAtTheirTextUnderNoise() {
        Random random = new Random(20241125L);
        StatementFinder finder = Fixtures.FINDER;
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder(BASE);
            for (int k = random.nextInt(6); k > 0; k--) {
                b.insert(random.nextInt(b.length() + 1), NOISE[random.nextInt(NOISE.length)]);
            }
            int from = random.nextInt(b.length());
            String text = b.substring(from, from + random.nextInt(b.length() - from + 1));
            List<Analysis.Statement> found = finder.find(SharedExtractor.get().read(text),
                    List.of(Fixtures.official(text, "Selim Kaya")));
            for (Analysis.Statement s : found) {
                assertThat(s.kind()).isIn("direct", "indirect");
                assertThat(s.text()).isNotBlank();
                for (Span span : s.segments()) {
                    assertThat(span.start()).isGreaterThanOrEqualTo(0);
                    assertThat(span.end()).isLessThanOrEqualTo(text.length());
                }
                for (int i = 1; i < s.segments().size(); i++) {
                    assertThat(s.segments().get(i).start()).isGreaterThanOrEqualTo(s.segments().get(i - 1).end());
                }
            }
            Fixtures.assertSpansPointAtText(text, found);
        }
    }

    @Test
    void findsNothingInEmptyOrMarkOnlyText() {
        assertThat(Fixtures.FINDER.find(SharedExtractor.get().read(""), List.of())).isEmpty();
        assertThat(Fixtures.FINDER.find(SharedExtractor.get().read("\"\"''“”«»\n\n"), List.of())).isEmpty();
        assertThat(Fixtures.FINDER.find(SharedExtractor.get().read("\""), null)).isEmpty();
    }
}
