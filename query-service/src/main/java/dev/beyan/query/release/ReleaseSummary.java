package dev.beyan.query.release;

import java.time.Instant;

/** A release in a list: everything but its text. */
public record ReleaseSummary(String id, String externalId, String source, String url, String title,
                             String publishedAt, String category, String dateline, String status, long version,
                             Instant receivedAt, Instant updatedAt, long lastPosition) {

    static ReleaseSummary of(ReleaseEntity r) {
        return new ReleaseSummary(r.id, r.externalId, r.source, r.url, r.title, r.publishedAt, r.category,
                r.dateline, r.status, r.version, r.receivedAt, r.updatedAt, r.lastPosition);
    }
}
