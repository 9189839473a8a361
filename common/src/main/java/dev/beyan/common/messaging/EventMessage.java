package dev.beyan.common.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.json.Json;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.RecordedEvent;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * A recorded event as it travels on Kafka: the stored row, with its data as JSON rather than a string in a string.
 * The record key is the release id (see {@link #keyOf}) and the CloudEvents headers repeat id, type and subject for
 * routing.
 */
public record EventMessage(long position, long txId, String streamId, long streamVersion, UUID eventId, String type,
                           int schemaVersion, JsonNode data, EventMetadata metadata, Instant recordedAt) {

    public static final String TOPIC = "beyan.release-events";
    public static final String DEAD_LETTER_TOPIC = "beyan.release-events.dlq";

    /** The record key of a stream's events: a release's id for its stream (kept in order), else the stream. */
    public static String keyOf(String streamId) {
        return streamId.startsWith(ReleaseEvent.streamId("")) ? ReleaseEvent.releaseIdOf(streamId) : streamId;
    }

    public static EventMessage of(RecordedEvent e) {
        try {
            return new EventMessage(e.position(), e.txId(), e.streamId(), e.streamVersion(), e.eventId(), e.type(),
                    e.schemaVersion(), Json.MAPPER.readTree(e.data()), e.metadata(), e.recordedAt());
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public RecordedEvent toRecordedEvent() {
        return new RecordedEvent(position, txId, streamId, streamVersion, eventId, type, schemaVersion,
                data.toString(), metadata, recordedAt);
    }

    public String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static EventMessage fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, EventMessage.class);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
