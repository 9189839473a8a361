package dev.beyan.query.official;

import dev.beyan.query.gazetteer.PlaceRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * An office held: {@code partySource} says whether the party came from the text or the 2024 election registry;
 * absent parts are null.
 */
@Schema(name = "Position", description = "An office held; absent parts are null")
public record PositionView(String title, @Schema(nullable = true) String org, @Schema(nullable = true) String party,
                           @Schema(nullable = true, enumeration = {"text", "registry"}) String partySource,
                           @Schema(nullable = true) PlaceRef province, @Schema(nullable = true) PlaceRef district, boolean former, LocalDate firstSeen, LocalDate lastSeen,
                           int releaseCount) {
}
