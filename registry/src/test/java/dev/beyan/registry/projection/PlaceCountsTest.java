package dev.beyan.registry.projection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceCountsTest {
    @Test
    void aPlaceWhoseRemovalsAndAdditionsCancelOutIsNotChanged() {
        PlaceCounts counts = new PlaceCounts();
        // a revision that keeps İzmir (35) with as many mentions and drops Tire (district 412)
        counts.removed("province", 35, 2);
        counts.removed("district", 412, 1);
        counts.added("province", 35, 2);

        assertThat(counts.changed("province")).isEmpty();
        assertThat(counts.changed("district")).containsExactly(412);
    }

    @Test
    void aPlaceKeepingItsMentionsButGainingAReleaseIsChanged() {
        PlaceCounts counts = new PlaceCounts();
        // Ankara's three mentions in one release become one and two in two releases
        counts.removed("province", 6, 3);
        counts.added("province", 6, 1);
        counts.added("province", 6, 2);

        assertThat(counts.changed("province")).containsExactly(6);
    }
}
