package dev.beyan.ingest.relay;

import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.tracing.EventTraces;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;

import java.nio.charset.StandardCharsets;

/**
 * The Kafka record the relay publishes for a stored event: the release id as key, the {@link EventMessage} as JSON
 * as value, and CloudEvents (binary mode) headers so consumers can route without parsing the body. Ingest builds
 * the same record to measure an event before storing it ({@code EventSizeLimit}), so both count one thing.
 */
public record EventRecord(String key, String value, RecordHeaders headers) {
    static final String SOURCE = "/beyan/ingest-service";

    /** The record of {@code event}; {@code traceparent} is the header's value, none when null. */
    public static EventRecord of(RecordedEvent event, String traceparent) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.eventId().toString());
        header(headers, "ce_type", event.type());
        header(headers, "ce_source", SOURCE);
        header(headers, "ce_subject", event.streamId());
        header(headers, "ce_time", event.recordedAt().toString());
        header(headers, "content-type", "application/json");
        if (traceparent != null) {
            header(headers, EventTraces.HEADER, traceparent);
        }
        return new EventRecord(EventMessage.keyOf(event.streamId()), EventMessage.of(event).toJson(), headers);
    }

    /**
     * The size the producer holds against its {@code max.request.size} before sending: Kafka's own upper bound of a
     * batch holding this record alone (key, value, headers and framing, uncompressed; the bound is the same with
     * compression).
     */
    public int sizeInBytes() {
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8), headers.toArray());
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
