package dev.beyan.common.event;

/**
 * A release arrived. {@code text} is exactly as received (analyses point into it by offset);
 * {@code publishedAt} keeps the precision it was given ({@code YYYY-MM-DD} or {@code YYYY-MM}).
 */
public record ReleaseReceived(String releaseId, String text, String sha256, String externalId, String source,
                              String url, String publishedAt, String category, String dateline, String title)
        implements ReleaseEvent {
}
