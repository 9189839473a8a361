package dev.beyan.ingest.release;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeedTextFormatTest {

    @Test
    void readsHeaderAndKeepsTheBodyWithItsDatelineExactly() {
        String body = "(KONYA)- Vali Mehmet Demir \"Güzel bir gün\" dedi.\n\nİkinci paragraf.";
        Submission s = SeedTextFormat.parse(" date 2024-05 Güncel\n\n" + body);

        assertThat(s.text()).isEqualTo(body);
        assertThat(s.publishedAt()).isEqualTo("2024-05");
        assertThat(s.category()).isEqualTo("Güncel");
        assertThat(s.dateline()).isEqualTo("KONYA");
    }

    @Test
    void textWithoutHeaderIsTakenWhole() {
        Submission s = SeedTextFormat.parse("Bir metin.\nİkinci satır.");

        assertThat(s.text()).isEqualTo("Bir metin.\nİkinci satır.");
        assertThat(s.publishedAt()).isNull();
        assertThat(s.dateline()).isNull();
    }
}
