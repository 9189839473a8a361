package dev.beyan.extract.input;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseTextTest {

    @Test
    void takesEverythingAfterTheSeedHeaderLineExactly() throws IOException {
        String file = " date 2024-05 Güncel\n\n(MUĞLA)- Toplantı yapıldı.\n";
        assertThat(ReleaseText.of("a.txt", file)).isEqualTo("\n(MUĞLA)- Toplantı yapıldı.\n");
    }

    @Test
    void readsTheTextFieldOfJson() throws IOException {
        assertThat(ReleaseText.of("a.json", "{\"id\":\"x\",\"text\":\"Metin burada.\"}")).isEqualTo("Metin burada.");
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
