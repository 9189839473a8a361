package dev.beyan.query.official;

import java.time.LocalDate;
import java.util.List;

/** An official with every office seen, first and last seen, and counts of releases, statements and mentions. */
public record OfficialView(String id, String name, List<String> aliases, List<PositionView> positions,
                           LocalDate firstSeen, LocalDate lastSeen, Counts counts) {

    public record Counts(int releases, int statements, long mentions) {
    }
}
