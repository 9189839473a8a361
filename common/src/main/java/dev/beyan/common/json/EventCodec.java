package dev.beyan.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beyan.common.event.DomainEvent;
import dev.beyan.common.event.EventTypes;
import dev.beyan.common.event.EventTypes.EventType;
import dev.beyan.common.event.ReleaseEvent;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * Turns events into stored JSON and back. Reading passes older schema versions through the upcasters first,
 * so stored events are never rewritten when a schema changes.
 */
public final class EventCodec {
    private final List<Upcaster> upcasters;

    /** Migrates the JSON of one type from {@code fromVersion} to {@code fromVersion + 1}. */
    public interface Upcaster {
        String type();

        int fromVersion();

        ObjectNode upcast(ObjectNode data);
    }

    public EventCodec(List<Upcaster> upcasters) {
        this.upcasters = List.copyOf(upcasters);
    }

    /** A codec for the current schemas, which need no upcasting yet. */
    public static EventCodec current() {
        return new EventCodec(List.of());
    }

    public String encode(DomainEvent event) {
        try {
            return Json.MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An event of a release's stream. */
    public ReleaseEvent decode(String type, int schemaVersion, String json) {
        return (ReleaseEvent) decodeAny(type, schemaVersion, json);
    }

    /** An event of any stream. */
    public DomainEvent decodeAny(String type, int schemaVersion, String json) {
        EventType eventType = EventTypes.named(type)
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + type));
        try {
            ObjectNode data = (ObjectNode) Json.MAPPER.readTree(json);
            for (int version = schemaVersion; version < eventType.schemaVersion(); version++) {
                data = upcasterFor(type, version).upcast(data);
            }
            return Json.MAPPER.treeToValue(data, eventType.javaType());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Upcaster upcasterFor(String type, int version) {
        return upcasters.stream()
                .filter(u -> u.type().equals(type) && u.fromVersion() == version)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no upcaster for " + type + " v" + version));
    }
}
