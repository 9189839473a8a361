package dev.beyan.extract.data;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RegistersTest {
    private static final Registers REGISTERS = Registers.load();

    @Test
    void readsEveryMunicipalityOf2024WithTheIdTheExtractorWrites() {
        assertThat(REGISTERS.mayors()).hasSize(1003);
        assertThat(REGISTERS.mayors()).filteredOn(m -> m.municipality() == Registers.Municipality.METROPOLITAN)
                .hasSize(30).allSatisfy(m -> assertThat(m.id()).endsWith("-0"));
        assertThat(REGISTERS.mayors()).filteredOn(m -> m.municipality() == Registers.Municipality.PROVINCE_CENTRE)
                .hasSize(51);
        assertThat(REGISTERS.mayors()).filteredOn(m -> m.municipality() == Registers.Municipality.DISTRICT)
                .hasSize(922).allSatisfy(m -> assertThat(m.id())
                        .isEqualTo(String.format("mayor2024-%02d-%d", m.provincePlate(), m.districtCode())));
    }

    @Test
    void givesPartiesByTheirShortNames() {
        Registers.Mayor aladag = REGISTERS.mayors().stream().filter(m -> "Aladağ".equals(m.district()))
                .findFirst().orElseThrow();
        assertThat(aladag.party()).isEqualTo("CHP");
        assertThat(aladag.office()).isEqualTo("Aladağ Belediye Başkanı");
        assertThat(REGISTERS.deputies()).extracting(Registers.Deputy::party).contains("AK Parti", "Bağımsız")
                .doesNotContain("AKP", "BAGIMSIZ");
    }

    @Test
    void keepsTheTermsTheRegistersGive() {
        Registers.CabinetMember justice = REGISTERS.cabinet().stream().filter(c -> c.id().equals("cab-adalet-bakan-1"))
                .findFirst().orElseThrow();
        assertThat(justice.from()).isEqualTo(LocalDate.of(2023, 6, 4));
        assertThat(justice.to()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(REGISTERS.governors()).isNotEmpty().allSatisfy(g -> assertThat(g.event()).isNotBlank());
    }

    @Test
    void everyRowHasItsOwnId() {
        Set<String> ids = new HashSet<>();
        REGISTERS.mayors().forEach(m -> assertThat(ids.add(m.id())).as(m.id()).isTrue());
        REGISTERS.deputies().forEach(d -> assertThat(ids.add(d.id())).as(d.id()).isTrue());
        REGISTERS.cabinet().forEach(c -> assertThat(ids.add(c.id())).as(c.id()).isTrue());
        REGISTERS.governors().forEach(g -> assertThat(ids.add(g.id())).as(g.id()).isTrue());
    }
}
