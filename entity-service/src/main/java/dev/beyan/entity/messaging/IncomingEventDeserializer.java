package dev.beyan.entity.messaging;

import dev.beyan.common.event.EventTypes;
import dev.beyan.common.messaging.EventMessage;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads a record of {@code beyan.release-events} as an {@link IncomingEvent}. It never throws: a record it cannot read
 * becomes {@link IncomingEvent.Unreadable}, which the consumer sends to the dead-letter topic with the reason, instead
 * of failing the whole poll.
 */
public final class IncomingEventDeserializer implements Deserializer<IncomingEvent> {
    /**
     * The types that change a release. {@code ReleaseAnalyzed} is projected in the transaction that appends it, so
     * its record (half of all traffic) is dropped on its CloudEvents type, before the body is decoded or parsed.
     */
    static final Set<String> PROJECTED = Set.of(EventTypes.RECEIVED.name(), EventTypes.REVISED.name(),
            EventTypes.RETRACTED.name());
    private static final String TYPE_HEADER = "ce_type";

    @Override
    public IncomingEvent deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public IncomingEvent deserialize(String topic, Headers headers, byte[] data) {
        Header type = headers == null ? null : headers.lastHeader(TYPE_HEADER);
        if (type != null) {
            String name = new String(type.value(), StandardCharsets.UTF_8);
            if (!PROJECTED.contains(name)) {
                return new IncomingEvent.Ignored(name);
            }
        }
        if (data == null) {
            return new IncomingEvent.Unreadable(null, "the record has no value");
        }
        String raw = new String(data, StandardCharsets.UTF_8);
        EventMessage message;
        try {
            message = EventMessage.fromJson(raw);
        } catch (RuntimeException e) {
            return new IncomingEvent.Unreadable(raw, "not an event message: " + e.getMessage());
        }
        if (message.streamId() == null || message.type() == null) {
            return new IncomingEvent.Unreadable(raw, "an event message without a stream or type");
        }
        return PROJECTED.contains(message.type()) ? new IncomingEvent.Change(raw, message)
                : new IncomingEvent.Ignored(message.type());
    }
}
