package dev.beyan.ingest.relay;

import dev.beyan.common.store.RecordedEvent;
import io.smallrye.mutiny.Uni;

/**
 * Hands one committed event to the message broker; the Uni completes when the broker has acknowledged it, or at once
 * for an event that does not {@link #fits fit} in a record, which is left out (logged and counted), never retried.
 */
public interface EventPublisher {
    Uni<Void> publish(RecordedEvent event);

    /**
     * Whether the producer could send the event's record; always the same answer for the same event, and false only
     * for an event {@link #publish} always leaves out.
     */
    boolean fits(RecordedEvent event);
}
