package dev.beyan.extract.text;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LookAlikeLettersTest {
    /** Our own sentence, with Cyrillic е (U+0435) and о (U+043E) for some Latin e and o. */
    private static final String MIXED = "Gеrzе Bеlеdiyе Başkanı Kеmal Sеzеr, \"Yеni parkımızı bu hafta açıyoruz, hеrkеsi "
            + "bеkliyoruz\" dеdi. Sinоp Valisi Oya Er de törene katıldı.";

    @Test
    void readsCyrillicLookAlikesInLatinWordsAsLatinKeepingTheLength() {
        String read = LookAlikeLetters.latin(MIXED);
        assertThat(read).hasSameSizeAs(MIXED).startsWith("Gerze Belediye Başkanı Kemal Sezer").contains("Sinop");
    }

    @Test
    void leavesWordsWhollyInAnotherAlphabetAndPlainTextAsTheyAre() {
        assertThat(LookAlikeLetters.latin("Путин ve Ердоган görüştü")).isEqualTo("Путин ve Ердоган görüştü");
        String plain = "Gerze Belediye Başkanı Kemal Sezer";
        assertThat(LookAlikeLetters.latin(plain)).isSameAs(plain);
    }

    @Test
    void findsOfficialsAndPlacesThroughLookAlikesAndQuotesTheTextAsReceived() {
        Analysis analysis = SharedExtractor.get().analyze(MIXED);
        assertThat(analysis.officials()).extracting(Analysis.Official::name)
                .containsExactly("Kemal Sezer", "Oya Er");
        assertThat(analysis.places()).extracting(Analysis.Place::name).contains("Gerze", "Sinop");
        assertThat(analysis.statements()).extracting(Analysis.Statement::text)
                .containsExactly("Yеni parkımızı bu hafta açıyoruz, hеrkеsi bеkliyoruz");
    }
}
