package dev.beyan.query.official;

import dev.beyan.query.place.PlaceRef;

import java.time.LocalDate;

/**
 * An office held: {@code partySource} says whether the party came from the text or the 2024 election registry;
 * absent parts are null.
 */
public record PositionView(String title, String org, String party, String partySource, PlaceRef province,
                           PlaceRef district, boolean former, LocalDate firstSeen, LocalDate lastSeen,
                           int releaseCount) {
}
