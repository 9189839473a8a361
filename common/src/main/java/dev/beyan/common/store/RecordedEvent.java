package dev.beyan.common.store;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as stored. {@code data} is the stored JSON at {@code schemaVersion}; the store's typed reads
 * ({@link StreamReader}) give it decoded to the current record, as a {@link DecodedEvent}.
 */
public record RecordedEvent(long position, long txId, String streamId, long streamVersion, UUID eventId,
                            String type, int schemaVersion, String data, EventMetadata metadata,
                            Instant recordedAt) {

    public Checkpoint checkpoint() {
        return new Checkpoint(txId, position);
    }
}
