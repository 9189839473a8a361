package dev.beyan.entity.messaging;

import dev.beyan.common.messaging.EventMessage;

/**
 * A record of {@code beyan.release-events} as entity-service reads it ({@link IncomingEventDeserializer}): an event
 * that changes a release, one the projection does not take from the topic, or one it cannot read. The first and the
 * last keep the record's text exactly as received, which is what the dead-letter topic gets
 * ({@link IncomingEventSerializer}).
 */
public sealed interface IncomingEvent {

    /** A release's event: its stream has news up to {@code message.streamVersion()}. */
    record Change(String raw, EventMessage message) implements IncomingEvent {
    }

    /** An event of another type (an analysis, the service's own write coming back), dropped unparsed. */
    record Ignored(String type) implements IncomingEvent {
    }

    /** A record that is not an event: no value, unparsable JSON, or no stream. */
    record Unreadable(String raw, String reason) implements IncomingEvent {
    }
}
