package dev.beyan.common.event;

/** The release was withdrawn; its history stays and its contributions leave the read models. */
public record ReleaseRetracted(String releaseId, String reason) implements ReleaseEvent {
}
