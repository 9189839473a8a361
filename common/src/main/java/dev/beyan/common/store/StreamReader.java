package dev.beyan.common.store;

import dev.beyan.common.event.DomainEvent;
import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * Reads one stream in version order: as stored ({@link RecordedEvent}, for an audit trail that shows the data at its
 * own schema version), or decoded to the current records of a kind of event, for everything that acts on them.
 */
public interface StreamReader {

    Uni<List<RecordedEvent>> readStream(String streamId);

    /** The stream's events with a global position at or below {@code position}: the stream as it was then. */
    Uni<List<RecordedEvent>> readStreamUpTo(String streamId, long position);

    /**
     * The stream's events after {@code afterVersion} (0: all of them), decoded to {@code kind}.
     *
     * @throws IllegalStateException if the stream holds an event of another kind
     */
    <E extends DomainEvent> Uni<List<DecodedEvent<E>>> readStream(String streamId, long afterVersion, Class<E> kind);

    /** The stream's events with a global position at or below {@code position}, decoded to {@code kind}. */
    <E extends DomainEvent> Uni<List<DecodedEvent<E>>> readStreamUpTo(String streamId, long position, Class<E> kind);
}
