package dev.beyan.common.store;

import dev.beyan.common.event.DomainEvent;

import java.time.Instant;

/**
 * A stored event with its data decoded to the current record, the upcasters applied once by the store that read it.
 * {@code recorded} keeps the envelope (position, version, metadata) and the data exactly as stored.
 */
public record DecodedEvent<E extends DomainEvent>(RecordedEvent recorded, E event) {

    public String streamId() {
        return recorded.streamId();
    }

    public long streamVersion() {
        return recorded.streamVersion();
    }

    public long position() {
        return recorded.position();
    }

    public Instant recordedAt() {
        return recorded.recordedAt();
    }
}
