package dev.beyan.extract.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The gazetteer as a list, the way the registry seeds its read models from it. */
class GazetteerDivisionsTest {
    private static final List<Division> DIVISIONS = Gazetteer.load().divisions();

    @Test
    void listsEveryProvinceFollowedByItsDistrictsMerkezIncluded() {
        assertThat(DIVISIONS.stream().filter(d -> d.unit().isProvince())).hasSize(81);
        assertThat(DIVISIONS.stream().filter(d -> !d.unit().isProvince())).hasSize(973);
        String province = null;
        for (Division d : DIVISIONS) {
            if (d.unit().isProvince()) {
                province = d.unit().id();
            } else {
                assertThat(d.unit().provinceId()).as(d.unit().name()).isEqualTo(province);
            }
        }
        assertThat(DIVISIONS.stream().filter(d -> d.unit().name().equals("Merkez"))).hasSize(51);
    }

    @Test
    void keepsTheFilesAsciiNamesAndWhichProvincesAreMetropolitan() {
        assertThat(DIVISIONS.stream().filter(Division::metropolitan)).hasSize(30)
                .allSatisfy(d -> assertThat(d.unit().isProvince()).isTrue());
        Division izmir = DIVISIONS.stream().filter(d -> d.unit().name().equals("İzmir")).findFirst().orElseThrow();
        assertThat(izmir.unit().id()).isEqualTo("35");
        assertThat(izmir.ascii()).isEqualTo("izmir");
        assertThat(izmir.metropolitan()).isTrue();
        Division bayindir = DIVISIONS.stream().filter(d -> d.unit().name().equals("Bayındır")).findFirst()
                .orElseThrow();
        assertThat(bayindir.unit().provinceId()).isEqualTo("35");
        assertThat(bayindir.ascii()).isEqualTo("bayindir");
    }
}
