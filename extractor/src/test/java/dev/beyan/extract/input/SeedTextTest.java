package dev.beyan.extract.input;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeedTextTest {

    @Test
    void readsTheHeaderAndKeepsTheBodyWithItsDatelineExactly() {
        String body = "(KONYA)- Vali Mehmet Demir \"Güzel bir gün\" dedi.\n\nİkinci paragraf.";
        String file = " date 2024-05 Güncel\n\n" + body;

        SeedText seed = SeedText.parse(file);

        assertThat(seed.text()).isEqualTo(body);
        assertThat(seed.date()).isEqualTo("2024-05");
        assertThat(seed.category()).isEqualTo("Güncel");
        assertThat(file.substring(seed.textStart())).isEqualTo(body);
        assertThat(SeedText.dateline(seed.text())).isEqualTo("KONYA");
    }

    @Test
    void takesAFileWithoutHeaderWhole() {
        SeedText seed = SeedText.parse("Bir metin.\nİkinci satır.");

        assertThat(seed.text()).isEqualTo("Bir metin.\nİkinci satır.");
        assertThat(seed.textStart()).isZero();
        assertThat(seed.date()).isNull();
        assertThat(SeedText.dateline(seed.text())).isNull();
    }

    @Test
    void skipsTheWindowsLineBreaksBetweenHeaderAndBody() {
        SeedText seed = SeedText.parse("date 2024-05-17 Yerel Yönetim\r\n\r\nMetin.\r\n");

        assertThat(seed.date()).isEqualTo("2024-05-17");
        assertThat(seed.category()).isEqualTo("Yerel Yönetim");
        assertThat(seed.text()).isEqualTo("Metin.\r\n");
    }

    @Test
    void leavesTheDateToTheCallerToCheck() {
        assertThat(SeedText.parse("date dün\nMetin.").date()).isEqualTo("dün");
    }

    @Test
    void aHeaderAloneHasAnEmptyText() {
        SeedText seed = SeedText.parse("date 2024-05");

        assertThat(seed.text()).isEmpty();
        assertThat(seed.textStart()).isEqualTo(12);
    }

    @Test
    void aFirstLineThatOnlyStartsLikeAHeaderIsText() {
        assertThat(SeedText.parse("dated 2024-05\nMetin.").textStart()).isZero();
        assertThat(SeedText.parse("date\nMetin.").textStart()).isZero();
    }
}
