package dev.beyan.query.release;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.common.store.RecordedEvent;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/** A point in a release's history: a global event position, or an instant compared with events' recorded_at. */
sealed interface AsOf extends Predicate<RecordedEvent> {
    String PARAM = "asOf";

    /** The highest global position to read up to: the position itself, or everything (filtered by time). */
    long upToPosition();

    record Position(long position) implements AsOf {
        @Override
        public long upToPosition() {
            return position;
        }

        @Override
        public boolean test(RecordedEvent e) {
            return e.position() <= position;
        }
    }

    record At(Instant instant) implements AsOf {
        @Override
        public long upToPosition() {
            return Long.MAX_VALUE;
        }

        @Override
        public boolean test(RecordedEvent e) {
            return !e.recordedAt().isAfter(instant);
        }
    }

    /** Digits are a position; anything else must be an ISO-8601 instant ({@code 2026-11-25T12:00:00Z}). */
    static AsOf parse(String value) {
        String v = value.trim();
        if (!v.isEmpty() && v.chars().allMatch(Character::isDigit)) {
            try {
                return new Position(Long.parseLong(v));
            } catch (NumberFormatException e) {
                throw invalid(value);
            }
        }
        try {
            return new At(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            throw invalid(value);
        }
    }

    private static ProblemException invalid(String value) {
        return ProblemException.badRequest(PARAM,
                "asOf must be an ISO-8601 instant such as 2026-11-25T12:00:00Z or a global event position, got '"
                        + value + "'");
    }
}
