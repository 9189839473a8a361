package dev.beyan.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TurkishTextTest {

    @Test
    void capitalisesWordsByTurkishRules() {
        assertThat(TurkishText.capitalizeWords("ŞENOL ASLANOĞLU")).isEqualTo("Şenol Aslanoğlu");
        assertThat(TurkishText.capitalizeWords("ISPARTA İLİ")).isEqualTo("Isparta İli");
    }

    @Test
    void keepsTheSuffixAfterAnApostropheInLowerCase() {
        assertThat(TurkishText.capitalizeWords("SAKARSU'YU")).isEqualTo("Sakarsu'yu");
        assertThat(TurkishText.capitalizeWords("KURUM’A")).isEqualTo("Kurum’a");
    }

    @Test
    void foldsToTheGazetteerKey() {
        assertThat(TurkishText.asciiFold("BAYINDIR")).isEqualTo("bayindir");
        assertThat(TurkishText.foldKey("İzmir", 0, 5)).isEqualTo("izmir");
        assertThat(TurkishText.foldKey("Çığlı", 0, 5)).isEqualTo("cigli");
    }

    @Test
    void lowersByTurkishRulesWithoutApostrophesAndReadsADecomposedCapitalIAsI() {
        assertThat(TurkishText.lowerWithoutApostrophes("ISPARTA'DA", 0, 10)).isEqualTo("ıspartada");
        assertThat(TurkishText.lowerWithoutApostrophes("I\u0307ZMI\u0307R", 0, 7)).isEqualTo("izmir");
        assertThat(TurkishText.lowerWithoutApostrophes("İzmir’e", 0, 7)).isEqualTo("izmire");
    }

    @Test
    void takesEveryMarkTypedForAnApostropheAsOne() {
        for (char c : "'’‘`′´".toCharArray()) {
            assertThat(TurkishText.isApostrophe(c)).as("U+%04X", (int) c).isTrue();
        }
        assertThat(TurkishText.isApostrophe('"')).isFalse();
    }
}
