package dev.beyan.query.official;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * An official with every office seen, first and last seen, counts of releases, statements and mentions, and how
 * its identity was decided.
 */
@Schema(name = "Official", description = "An official with every office seen, counts, and the evidence of identity")
public record OfficialView(@Schema(description = "Opaque and stable: o_ and 16 hex digits") String id, String name,
                           List<String> aliases, List<PositionView> positions, LocalDate firstSeen, LocalDate lastSeen,
                           Counts counts, OfficialIdentity identity) {

    @Schema(name = "OfficialCounts", description = "Releases the official appears in, statements, mentions")
    public record Counts(int releases, int statements, long mentions) {
    }
}
