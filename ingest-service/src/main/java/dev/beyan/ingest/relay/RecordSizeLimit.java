package dev.beyan.ingest.relay;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest record the relay's producer sends: its {@code max.request.size}, read from the channel's own setting so
 * that the relay and ingest's check ({@code EventSizeLimit}) hold events to the number the producer does. The default
 * is Kafka's.
 */
@ApplicationScoped
public class RecordSizeLimit {
    static final String PRODUCER_SETTING = "mp.messaging.outgoing.release-events.max.request.size";

    private final int maxBytes;

    public RecordSizeLimit(@ConfigProperty(name = PRODUCER_SETTING, defaultValue = "1048576") int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** Whether the producer sends {@code record} rather than refusing it as too large. */
    public boolean fits(EventRecord record) {
        return record.sizeInBytes() <= maxBytes;
    }
}
