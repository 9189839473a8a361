package dev.beyan.entity.messaging;

import org.apache.kafka.common.serialization.Serializer;

import java.nio.charset.StandardCharsets;

/** Writes a record sent to the dead-letter topic: its text exactly as it was received. */
public final class IncomingEventSerializer implements Serializer<IncomingEvent> {
    @Override
    public byte[] serialize(String topic, IncomingEvent event) {
        String raw;
        if (event instanceof IncomingEvent.Change c) {
            raw = c.raw();
        } else if (event instanceof IncomingEvent.Unreadable u) {
            raw = u.raw();
        } else {
            // the consumer acknowledges ignored records; one reaching here is a bug worth failing loudly
            throw new IllegalStateException("an ignored record is never dead-lettered: " + event);
        }
        return raw == null ? null : raw.getBytes(StandardCharsets.UTF_8);
    }
}
