package dev.beyan.common.event;

/**
 * Everything that can happen to a release, in the past tense. Events carry no clock and make no ids:
 * the caller passes them in, so an event is a pure value.
 */
public sealed interface ReleaseEvent extends DomainEvent
        permits ReleaseReceived, ReleaseRevised, ReleaseRetracted, ReleaseAnalyzed {

    /** The release this event belongs to; its stream is {@code release-<releaseId>}. */
    String releaseId();

    static String streamId(String releaseId) {
        return "release-" + releaseId;
    }

    static String releaseIdOf(String streamId) {
        return streamId.substring("release-".length());
    }
}
