package dev.beyan.registry.identity;

import dev.beyan.extract.text.TurkishText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One release's mention of a person, with what the release says about them: the evidence identity is decided on.
 * {@code nameKey} is the extractor's folded name ({@code tahir-sahin}); place ids are 0 where the release gives none;
 * {@code registryEntry} is the register row it was linked to, or null.
 */
public record Sighting(String releaseId, String nameKey, String name, Instant receivedAt, String title, String org,
                       String party, int provinceId, int districtId, boolean former, LocalDate seenOn,
                       String registryEntry) {

    /** The order sightings are considered in: as the releases were received, ties broken by id and name. */
    public static final Comparator<Sighting> RECEIVED = Comparator.comparing(Sighting::receivedAt)
            .thenComparing(Sighting::releaseId).thenComparing(Sighting::nameKey);

    public String handle() {
        return Handles.minted(releaseId, nameKey);
    }

    List<String> nameTokens() {
        return List.of(nameKey.split("-"));
    }

    /** Names that may be one person's share a block: the first and the last word of the folded name. */
    public static String block(String nameKey) {
        int first = nameKey.indexOf('-');
        int last = nameKey.lastIndexOf('-');
        return first < 0 ? nameKey : nameKey.substring(0, first) + nameKey.substring(last);
    }

    /** A candidacy is no office held: a governor may stand for mayor, an MP for another seat. */
    boolean candidacy() {
        return title != null && TurkishText.asciiFold(title).contains("aday");
    }
}
