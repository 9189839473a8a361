package dev.beyan.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beyan.common.event.DomainEvent;
import dev.beyan.common.event.EventTypes;
import dev.beyan.common.event.EventTypes.EventType;

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

    /**
     * The current record of an event stored as {@code json} at {@code schemaVersion}. The event store calls it as it
     * reads ({@code StreamReader}), so nothing else decodes stored data by hand.
     */
    public DomainEvent decode(String type, int schemaVersion, String json) {
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
