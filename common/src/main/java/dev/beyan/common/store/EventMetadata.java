package dev.beyan.common.store;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why and by whom an event was written: the request's correlation id, the event or command that caused it,
 * the acting principal, and the W3C trace parent, so that a history can be followed across services.
 */
public record EventMetadata(String correlationId, @Schema(nullable = true) String causationId, String actor,
                            @Schema(nullable = true) String traceparent) {

    /** Metadata for an event caused by {@code cause}: same correlation, the cause's event id as causation. */
    public static EventMetadata causedBy(RecordedEvent cause, String actor) {
        return new EventMetadata(cause.metadata().correlationId(), cause.eventId().toString(), actor,
                cause.metadata().traceparent());
    }
}
