package dev.beyan.extract.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeRegistryTest {
    private static final OfficeRegistry REGISTRY = ReferenceData.load().officeRegistry();

    @Test
    void loadsEveryRegister() {
        // 1003 mayors of 2024, 592 seated deputies, 39 cabinet rows and 55 governor rows (PROVENANCE.md)
        assertThat(REGISTRY.size()).isGreaterThan(1003 + 592);
    }

    @Test
    void findsAMayorADeputyAMinisterAndAGovernorByTheFoldedName() {
        assertThat(REGISTRY.find("davut sakarsu")).satisfies(e -> {
            assertThat(e.title()).isEqualTo("Belediye Başkanı");
            assertThat(e.district()).isEqualTo("Bayındır");
            assertThat(e.party()).isEqualTo("CHP");
        });
        assertThat(REGISTRY.find("ozgur ozel")).satisfies(e -> {
            assertThat(e.title()).isEqualTo("Milletvekili");
            assertThat(e.province()).isEqualTo("Manisa");
        });
        assertThat(REGISTRY.find("cevdet yilmaz").title()).isEqualTo("Cumhurbaşkanı Yardımcısı");
        // a governor who left Kilis for Trabzon: only the office held now counts
        assertThat(REGISTRY.find("tahir sahin").org()).isEqualTo("Trabzon Valiliği");
    }
}
