package dev.beyan.query.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.beyan.common.json.Json;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.RecordedEvent;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/** One stored event exactly as recorded: its data at its own schema version, not upcast. */
@Schema(name = "AuditEvent", description = "One stored event of a release's stream, as recorded")
public record AuditEvent(long position, long version,
                         @Schema(enumeration = {"ReleaseReceived", "ReleaseRevised", "ReleaseRetracted",
                                 "ReleaseAnalyzed"}) String type,
                         int schemaVersion, Instant recordedAt, UUID eventId,
                         @Schema(type = SchemaType.OBJECT, implementation = Object.class, description = "The event's data at its own schema version")
                         JsonNode data, EventMetadata metadata) {

    static AuditEvent of(RecordedEvent e) {
        try {
            return new AuditEvent(e.position(), e.streamVersion(), e.type(), e.schemaVersion(), e.recordedAt(),
                    e.eventId(), Json.MAPPER.readTree(e.data()), e.metadata());
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
