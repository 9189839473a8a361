package dev.beyan.launcher.bench;

import dev.beyan.extract.data.Registers;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseGeneratorTest {

    @Test
    void theSameSeedMakesTheSameReleasesEachWithItsOwnId() {
        ReleaseGenerator one = new ReleaseGenerator(7);
        ReleaseGenerator again = new ReleaseGenerator(7);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ReleaseGenerator.Release release = one.next();
            assertThat(again.next()).isEqualTo(release);
            assertThat(ids.add(release.externalId())).as(release.externalId()).isTrue();
        }
    }

    @Test
    void eachReleaseOpensWithAMayorOfTheRegisterInTheirOffice() {
        List<String> openings = Registers.load().mayors().stream().map(m -> m.office() + " " + m.name() + ", ").toList();
        ReleaseGenerator generator = new ReleaseGenerator(11);
        for (int i = 0; i < 20; i++) {
            String text = generator.next().text();
            assertThat(openings).as(text).anyMatch(text::contains);
        }
    }
}
