package dev.beyan.extract.input;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseTextTest {

    @Test
    void takesTheBodyAfterTheSeedHeaderAsTheIngestServiceStoresIt() throws IOException {
        String file = " date 2024-05 Güncel\n\n(MUĞLA)- Toplantı yapıldı.\n\nİkinci paragraf.\n";
        assertThat(ReleaseText.of("a.txt", file)).isEqualTo("(MUĞLA)- Toplantı yapıldı.\n\nİkinci paragraf.\n");
    }

    @Test
    void acceptsADayAndNoCategoryInTheSeedHeader() throws IOException {
        assertThat(ReleaseText.of("a.txt", "date 2024-05-17\nMetin.")).isEqualTo("Metin.");
    }

    @Test
    void readsTheTextFieldOfJson() throws IOException {
        assertThat(ReleaseText.of("a.json", "{\"id\":\"x\",\"text\":\"Metin burada.\"}")).isEqualTo("Metin burada.");
    }

    @Test
    void takesTheOriginOfJsonFromItsSourceAndUrl() throws IOException {
        ReleaseText.Release r = ReleaseText.read("a.json",
                "{\"text\":\"Metin.\",\"source\":\"Sinop Postası\",\"url\":\"https://sinoppostasi.com/1\"}");
        assertThat(r.origin()).isEqualTo("Sinop Postası https://sinoppostasi.com/1");
        assertThat(ReleaseText.read("a.json", "{\"text\":\"Metin.\"}").origin()).isNull();
        assertThat(ReleaseText.read("a.txt", "Metin.").origin()).isNull();
    }

    @Test
    void rejectsJsonWithoutText() {
        assertThatThrownBy(() -> ReleaseText.of("a.json", "{\"id\":\"x\"}")).hasMessageContaining("\"text\"");
    }

    @Test
    void keepsPlainTextAsItIs() throws IOException {
        assertThat(ReleaseText.of("a.txt", "Dünkü toplantıda\nkarar alındı.")).isEqualTo("Dünkü toplantıda\nkarar alındı.");
    }
}
