package dev.beyan.extract.official;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import dev.beyan.extract.data.ReferenceData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A local outlet's province for the offices its text leaves unplaced; fixtures and outlets invented here. */
class OutletProvinceTest {
    private static final String SINOP_PAPER = "stored page — sinophaber.com — https://www.sinophaber.com/tören";
    private static final ReferenceData DATA = ReferenceData.load();
    private final OutletProvince outlet = new OutletProvince(DATA.gazetteer(), DATA.titles());

    private static Analysis.Official official(String text, String origin, String name) {
        List<Analysis.Official> found = SharedExtractor.get().analyze(text, origin).officials();
        return found.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsTheProvinceAnOutletsAddressBeginsWith() {
        assertThat(outlet.homeOf(SINOP_PAPER).name()).isEqualTo("Sinop");
        assertThat(outlet.homeOf("https://sinop-gundem.com.tr/haber/1").name()).isEqualTo("Sinop");
        assertThat(outlet.homeOf("https://www.ulusalhaber.com/x")).isNull();
        assertThat(outlet.homeOf(null)).isNull();
    }

    @Test
    void readsTheProvinceOfTheLicencePlateNumberAnOutletsNameEndsWith() {
        assertThat(outlet.homeOf("https://www.gundem57.com/haber/1").name()).isEqualTo("Sinop");
        assertThat(outlet.homeOf("https://www.haber24.com/x")).isNull(); // round-the-clock news, not Erzincan
        assertThat(outlet.homeOf("https://www.t57.com/x")).isNull(); // too short a word for an outlet's name
    }

    @Test
    void aLongerDistrictNameOrADerivedWordIsNoProvincesOutlet() {
        assertThat(outlet.homeOf("https://www.karsiyakapostasi.com/x")).isNull(); // Karşıyaka, not Kars
        assertThat(outlet.homeOf("https://www.aydinlikgazete.com/x")).isNull(); // "aydınlık" is a word of its own
    }

    @Test
    void placesAProvincialOfficeTheLocalTextLeavesUnplaced() {
        String text = "Törene Vali Oya Er, Vali Yardımcısı Cem Bal ve Belediye Başkan Yardımcısı Ece Tan katıldı.";
        assertThat(official(text, SINOP_PAPER, "Oya Er").province()).isEqualTo("Sinop");
        assertThat(official(text, SINOP_PAPER, "Cem Bal").province()).isEqualTo("Sinop");
        assertThat(official(text, SINOP_PAPER, "Ece Tan").province()).isEqualTo("Sinop");
        assertThat(official(text, null, "Oya Er").province()).isNull();
    }

    @Test
    void leavesNationalOfficesAndDeputiesUnplaced() {
        String text = "Törene Tarım Bakanı Oya Er ile Milletvekili Cem Bal katıldı.";
        assertThat(official(text, SINOP_PAPER, "Oya Er").province()).isNull();
        assertThat(official(text, SINOP_PAPER, "Cem Bal").province()).isNull();
    }

    @Test
    void aTextNamingAnotherProvinceKeepsItsOwnPlaces() {
        String text = "Vali Oya Er, Ordu'dan gelen öğrencileri makamında kabul etti.";
        assertThat(official(text, SINOP_PAPER, "Oya Er").province()).isNotEqualTo("Sinop");
    }
}
