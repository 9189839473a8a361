package dev.beyan.query.release;

import dev.beyan.common.release.ReleaseState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * A release with its text, as the system knows it now or knew it at a point in its history. {@code version} is
 * the stream version of the latest event applied, {@code textVersion} that of the event that brought the text.
 */
@Schema(name = "Release", description = "A release with its text, now or at a point in its history")
public record ReleaseView(String id, @Schema(nullable = true) String externalId, @Schema(nullable = true) String source,
                          @Schema(nullable = true) String url, @Schema(nullable = true) String title,
                          @Schema(nullable = true, description = "YYYY-MM-DD or YYYY-MM, as given") String publishedAt,
                          @Schema(nullable = true) String category, @Schema(nullable = true) String dateline,
                          @Schema(enumeration = {"active", "retracted"}) String status, long version, long textVersion,
                          String textSha256, Instant receivedAt, Instant updatedAt, long lastPosition,
                          @Schema(nullable = true) Analyzed analyzed, String text) {

    /** Which text the latest analysis read and which extractor made it; null before the first analysis. */
    @Schema(name = "AnalyzedBy", description = "The text the latest analysis read and the extractor that made it")
    public record Analyzed(long textVersion, String extractorName, String extractorVersion) {
    }

    /** The release as folded from its stream (see {@link ReleaseState}); the read model's row is the same fold. */
    static ReleaseView of(ReleaseState s) {
        Analyzed analyzed = s.analyzed() == null ? null : new Analyzed(s.analyzed().textVersion(),
                s.analyzed().extractorName(), s.analyzed().extractorVersion());
        return new ReleaseView(s.id(), s.externalId(), s.source(), s.url(), s.title(), s.publishedAt(), s.category(),
                s.dateline(), s.retracted() ? "retracted" : "active", s.version(), s.textVersion(), s.textSha256(),
                s.receivedAt(), s.updatedAt(), s.lastPosition(), analyzed, s.text());
    }

    static ReleaseView of(ReleaseEntity r) {
        Analyzed analyzed = r.analyzedVersion == null ? null
                : new Analyzed(r.analyzedVersion, r.extractorName, r.extractorVersion);
        return new ReleaseView(r.id, r.externalId, r.source, r.url, r.title, r.publishedAt, r.category, r.dateline,
                r.status, r.version, r.textVersion, r.textSha256, r.receivedAt, r.updatedAt, r.lastPosition, analyzed,
                r.text);
    }
}
