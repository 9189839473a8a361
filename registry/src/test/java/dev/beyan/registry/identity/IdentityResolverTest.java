package dev.beyan.registry.identity;

import dev.beyan.extract.official.OfficialIds;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.registry.identity.IdentityResolver.Decision;
import dev.beyan.registry.projection.PlaceDirectory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The identity rules on hand-made sightings, with the real registers. */
class IdentityResolverTest {
    private static final PlaceDirectory PLACES = PlaceDirectory.load();
    private static final RegisterPeople REGISTERS = RegisterPeople.load(PLACES);
    private static final IdentityResolver RESOLVER = new IdentityResolver(REGISTERS);
    private static final int TRABZON = 61;
    private static final int IZMIR = 35;
    private static final int KILIS = 79;
    private static final int DIYARBAKIR = 21;
    private static final int BAYINDIR = district(IZMIR, "Bayındır");
    private static final int TIRE = district(IZMIR, "Tire");

    private static int received;

    private static int district(int province, String name) {
        return PLACES.district(province, name).orElseThrow().id();
    }

    private static Sighting sighting(String release, String name, String title, String party, int province,
                                     int district, String day) {
        String key = OfficialIds.of(name);
        LocalDate seen = LocalDate.parse(day);
        String entry = REGISTERS.link(title, province, district, TurkishText.asciiFold(name), seen)
                .map(RegisterPeople.Entry::id).orElse(null);
        return new Sighting(release, key, name, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(received++), title,
                null, party, province, district, false, seen, entry);
    }

    private static List<List<String>> officials(List<Decision> decisions) {
        return decisions.stream().collect(Collectors.groupingBy(Decision::officialId, Collectors.mapping(
                d -> d.sighting().releaseId(), Collectors.toList()))).values().stream()
                .map(list -> list.stream().sorted().toList())
                .sorted((a, b) -> a.get(0).compareTo(b.get(0))).toList();
    }

    @Test
    void namesakesWithOfficesInTwoProvincesAreTwoOfficials() {
        List<Sighting> s = List.of(
                sighting("r1", "Tahir Şahin", "Vali", null, TRABZON, 0, "2026-02-01"),
                sighting("r2", "Tahir Şahin", "Belediye Başkanı", "CHP", IZMIR, TIRE, "2026-02-03"),
                sighting("r3", "Tahir Sahin", "Vali", null, TRABZON, 0, "2026-03-01"));
        List<Decision> decisions = RESOLVER.resolve(s, List.of());

        assertThat(officials(decisions)).containsExactly(List.of("r1", "r3"), List.of("r2"));
        Decision governor = decisions.get(0);
        assertThat(governor.sighting().registryEntry()).isEqualTo("vali-trabzon-1");
        assertThat(governor.rule()).isEqualTo("registry");
        Decision mayor = decisions.get(1);
        assertThat(mayor.rule()).isEqualTo("first-seen");
        assertThat(mayor.detail()).contains("kept apart from " + governor.officialId(),
                "offices held at once in different places");
    }

    @Test
    void namesakesWithoutAnyRegisterAreKeptApartByTheirOffices() {
        List<Sighting> s = List.of(
                sighting("r1", "Ayşe Demirtaş", "Belediye Başkanı", "CHP", IZMIR, TIRE, "2024-05-01"),
                sighting("r2", "Ayşe Demirtaş", "Belediye Başkanı", "AK Parti", IZMIR, BAYINDIR, "2024-05-02"),
                sighting("r3", "Ayşe Demirtaş", "Belediye Başkanı", "CHP", IZMIR, TIRE, "2024-06-01"));

        assertThat(officials(RESOLVER.resolve(s, List.of()))).containsExactly(List.of("r1", "r3"), List.of("r2"));
    }

    @Test
    void aGovernorWhoStandsForMayorIsOneOfficialWithTwoPositions() {
        List<Sighting> s = List.of(
                sighting("r1", "Murat Zorluoğlu", "Vali", null, DIYARBAKIR, 0, "2025-03-10"),
                sighting("r2", "Murat Zorluoğlu", "Büyükşehir Belediye Başkan Adayı", "AK Parti", TRABZON, 0,
                        "2024-01-20"));
        List<Decision> decisions = RESOLVER.resolve(s, List.of());

        assertThat(officials(decisions)).containsExactly(List.of("r1", "r2"));
        assertThat(decisions.get(0).officialId()).isEqualTo(Handles.registered("vali-diyarbakir-1"));
        assertThat(decisions.get(1).rule()).isEqualTo("same-name");
    }

    @Test
    void aGovernorMovedByDecreeIsOnePersonAcrossTwoRegisterEntries() {
        List<Sighting> s = List.of(
                sighting("r1", "Tahir Şahin", "Vali", null, KILIS, 0, "2025-06-01"),
                sighting("r2", "Tahir Şahin", "Vali", null, TRABZON, 0, "2026-02-01"));
        List<Decision> decisions = RESOLVER.resolve(s, List.of());

        assertThat(decisions).extracting(d -> d.sighting().registryEntry()).containsExactly("vali-kilis-2",
                "vali-trabzon-1");
        assertThat(officials(decisions)).containsExactly(List.of("r1", "r2"));
    }

    @Test
    void aNameWithoutItsMiddleNameJoinsOnlyWhenTheOfficeAgrees() {
        List<Sighting> s = List.of(
                sighting("r1", "Mehmet Ali Kocabaş", "Belediye Başkanı", "CHP", IZMIR, TIRE, "2024-05-01"),
                sighting("r2", "Mehmet Kocabaş", "Belediye Başkanı", "CHP", IZMIR, TIRE, "2024-05-07"),
                sighting("r3", "Mehmet Kocabaş", "İl Başkanı", "MHP", IZMIR, 0, "2024-05-09"));
        List<Decision> decisions = RESOLVER.resolve(s, List.of());

        assertThat(officials(decisions)).containsExactly(List.of("r1", "r2", "r3"));
        assertThat(decisions.get(1).rule()).isEqualTo("name-variant");
        assertThat(decisions.get(2).rule()).isEqualTo("same-name");

        List<Sighting> other = List.of(s.get(0),
                sighting("r4", "Mehmet Kocabaş", "İl Başkanı", "MHP", IZMIR, 0, "2024-05-09"));
        assertThat(officials(RESOLVER.resolve(other, List.of()))).containsExactly(List.of("r1"), List.of("r4"));
    }

    @Test
    void theSameSightingsGiveTheSameIdsInAnyOrder() {
        List<Sighting> s = new ArrayList<>(List.of(
                sighting("r1", "Tahir Şahin", "Vali", null, TRABZON, 0, "2026-02-01"),
                sighting("r2", "Tahir Şahin", "Belediye Başkanı", "CHP", IZMIR, TIRE, "2026-02-03"),
                sighting("r3", "Tahir Şahin", "Belediye Başkanı", "CHP", IZMIR, TIRE, "2026-02-05"),
                sighting("r4", "Tahir Şahin", "İl Başkanı", "CHP", IZMIR, 0, "2026-02-06"),
                sighting("r5", "Mehmet Ali Kocabaş", "Belediye Başkanı", "CHP", IZMIR, TIRE, "2024-05-01"),
                sighting("r6", "Mehmet Kocabaş", "Belediye Başkanı", "CHP", IZMIR, TIRE, "2024-05-07")));
        List<Correction> corrections = List.of(new Correction(1, Correction.Kind.SPLIT, s.get(1).handle(), null,
                List.of("r4"), "editor", "another person"));
        List<Decision> first = RESOLVER.resolve(s, corrections);
        Random random = new Random(16);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(s, random);
            assertThat(RESOLVER.resolve(s, corrections)).isEqualTo(first);
        }
    }

    @Test
    void editorsMergeAndSplitAfterTheAutomaticResolution() {
        List<Sighting> s = List.of(
                sighting("r1", "Tahir Şahin", "Vali", null, TRABZON, 0, "2026-02-01"),
                sighting("r2", "Tahir Şahin", "Belediye Başkanı", "CHP", IZMIR, TIRE, "2026-02-03"),
                sighting("r3", "Tahir Şahin", "Belediye Başkanı", "CHP", IZMIR, TIRE, "2026-02-05"));
        List<Decision> automatic = RESOLVER.resolve(s, List.of());
        assertThat(officials(automatic)).containsExactly(List.of("r1"), List.of("r2", "r3"));
        String governor = automatic.get(0).officialId();
        String mayor = automatic.get(1).officialId();

        Correction merge = new Correction(1, Correction.Kind.MERGE, mayor, governor, List.of(), "ayse", "same man");
        List<Decision> merged = RESOLVER.resolve(s, List.of(merge));
        assertThat(merged).extracting(Decision::officialId).containsOnly(governor);
        assertThat(merged.get(1).rule()).isEqualTo("merged");
        assertThat(merged.get(1).detail()).contains("ayse", "same man");

        Correction split = new Correction(2, Correction.Kind.SPLIT, governor, null, List.of("r3"), "ayse", "not him");
        List<Decision> splitted = RESOLVER.resolve(s, List.of(merge, split));
        assertThat(splitted).extracting(Decision::officialId).containsExactly(governor, governor, split.splitId());
        assertThat(splitted.get(2).rule()).isEqualTo("split");
    }
}
