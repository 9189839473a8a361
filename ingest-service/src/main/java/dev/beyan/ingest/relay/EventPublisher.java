package dev.beyan.ingest.relay;

import dev.beyan.common.store.RecordedEvent;
import io.smallrye.mutiny.Uni;

/** Hands one committed event to the message broker; the Uni completes when the broker has acknowledged it. */
public interface EventPublisher {
    Uni<Void> publish(RecordedEvent event);
}
