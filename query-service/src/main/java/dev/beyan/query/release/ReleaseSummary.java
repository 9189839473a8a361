package dev.beyan.query.release;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A release in a list: everything but its text. */
@Schema(name = "ReleaseSummary", description = "A release in a list, without its text")
public record ReleaseSummary(String id, @Schema(nullable = true) String externalId, @Schema(nullable = true) String source,
                             @Schema(nullable = true) String url, @Schema(nullable = true) String title,
                             @Schema(nullable = true, description = "YYYY-MM-DD or YYYY-MM, as given") String publishedAt,
                             @Schema(nullable = true) String category, @Schema(nullable = true) String dateline,
                             @Schema(enumeration = {"active", "retracted"}) String status, long version,
                             Instant receivedAt, Instant updatedAt, long lastPosition) {
}
