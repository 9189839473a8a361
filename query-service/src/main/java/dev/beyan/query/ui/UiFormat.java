package dev.beyan.query.ui;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the pages write values: instants in UTC to the second, the same in either language, so times compare at a
 * glance; ids as path segments, encoded, whatever characters an id may come to hold.
 */
@TemplateExtension
final class UiFormat {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private UiFormat() {
    }

    static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    static String pathSegment(String id) {
        return Links.segment(id);
    }

    /** The machine-readable form, for {@code <time datetime>}. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
