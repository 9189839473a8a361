package dev.beyan.common.event;

/** A new text replaced the release's previous one; the old text stays in the history. */
public record ReleaseRevised(String releaseId, String text, String sha256, String reason) implements ReleaseEvent {
}
