package dev.beyan.common.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of stored type names and their current schema versions. A type name is written once and
 * never derived from a class name, so renaming a class never orphans stored events.
 */
public final class EventTypes {

    /** A stable stored name, its current schema version and the record that carries it. */
    public record EventType(String name, int schemaVersion, Class<? extends DomainEvent> javaType) {
    }

    public static final EventType RECEIVED = new EventType("ReleaseReceived", 1, ReleaseReceived.class);
    public static final EventType REVISED = new EventType("ReleaseRevised", 1, ReleaseRevised.class);
    public static final EventType RETRACTED = new EventType("ReleaseRetracted", 1, ReleaseRetracted.class);
    public static final EventType ANALYZED = new EventType("ReleaseAnalyzed", 1, ReleaseAnalyzed.class);
    public static final EventType MERGED = new EventType("OfficialsMerged", 1, OfficialsMerged.class);
    public static final EventType SPLIT = new EventType("OfficialSplit", 1, OfficialSplit.class);

    private static final List<EventType> ALL = List.of(RECEIVED, REVISED, RETRACTED, ANALYZED, MERGED, SPLIT);
    private static final Map<String, EventType> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventTypes() {
    }

    public static EventType of(DomainEvent event) {
        return BY_CLASS.get(event.getClass());
    }

    public static Optional<EventType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<EventType> all() {
        return ALL;
    }
}
