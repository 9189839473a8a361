package dev.beyan.ingest.relay;

import dev.beyan.common.store.RecordedEvent;
import io.smallrye.mutiny.Uni;

/**
 * Hands one committed event to the message broker; the Uni completes when the broker has acknowledged it, or at once
 * for an event that does not {@link #fits fit} in a record, which is left out (logged and counted), never retried.
 */
public interface EventPublisher {
    Uni<Void> publish(RecordedEvent event);

    /** Whether the event's record is one the producer sends; always the same answer for the same event. */
    boolean fits(RecordedEvent event);
}
