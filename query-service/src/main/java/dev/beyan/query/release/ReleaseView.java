package dev.beyan.query.release;

import java.time.Instant;

/**
 * A release with its text, as the system knows it now or knew it at a point in its history. {@code version} is
 * the stream version of the latest event applied, {@code textVersion} that of the event that brought the text.
 */
public record ReleaseView(String id, String externalId, String source, String url, String title, String publishedAt,
                          String category, String dateline, String status, long version, long textVersion,
                          String textSha256, Instant receivedAt, Instant updatedAt, long lastPosition,
                          Analyzed analyzed, String text) {

    /** Which text the latest analysis read and which extractor made it; null before the first analysis. */
    public record Analyzed(long textVersion, String extractorName, String extractorVersion) {
    }

    static ReleaseView of(ReleaseEntity r) {
        Analyzed analyzed = r.analyzedVersion == null ? null
                : new Analyzed(r.analyzedVersion, r.extractorName, r.extractorVersion);
        return new ReleaseView(r.id, r.externalId, r.source, r.url, r.title, r.publishedAt, r.category, r.dateline,
                r.status, r.version, r.textVersion, r.textSha256, r.receivedAt, r.updatedAt, r.lastPosition, analyzed,
                r.text);
    }
}
