package dev.beyan.query.official;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** An official with every office seen, first and last seen, and counts of releases, statements and mentions. */
@Schema(name = "Official", description = "An official with every office seen and counts")
public record OfficialView(String id, String name, List<String> aliases, List<PositionView> positions,
                           LocalDate firstSeen, LocalDate lastSeen, Counts counts) {

    @Schema(name = "OfficialCounts", description = "Releases the official appears in, statements, mentions")
    public record Counts(int releases, int statements, long mentions) {
    }
}
