package dev.beyan.entity.messaging;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.store.EventMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingEventDeserializerTest {
    private static final String TOPIC = EventMessage.TOPIC;
    private final IncomingEventDeserializer deserializer = new IncomingEventDeserializer();
    private final IncomingEventSerializer serializer = new IncomingEventSerializer();

    @Test
    void aReleaseChangeIsParsedAndKeepsItsTextForTheDeadLetterTopic() {
        String raw = message("ReleaseRevised").toJson();

        IncomingEvent event = deserializer.deserialize(TOPIC, new RecordHeaders(), bytes(raw));

        assertThat(event).isInstanceOf(IncomingEvent.Change.class);
        assertThat(((IncomingEvent.Change) event).message().streamVersion()).isEqualTo(3);
        assertThat(serializer.serialize(TOPIC + ".dlq", event)).isEqualTo(bytes(raw));
    }

    @Test
    void anAnalysisIsIgnoredOnItsTypeHeaderWithoutReadingTheBody() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", bytes("ReleaseAnalyzed"));

        assertThat(deserializer.deserialize(TOPIC, headers, bytes("{not even json")))
                .isEqualTo(new IncomingEvent.Ignored("ReleaseAnalyzed"));
        assertThatThrownBy(() -> serializer.serialize(TOPIC, new IncomingEvent.Ignored("ReleaseAnalyzed")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAnalysisWithoutHeadersIsIgnoredOnceParsed() {
        assertThat(deserializer.deserialize(TOPIC, new RecordHeaders(), bytes(message("ReleaseAnalyzed").toJson())))
                .isEqualTo(new IncomingEvent.Ignored("ReleaseAnalyzed"));
    }

    @Test
    void anUnreadableRecordSaysWhyAndKeepsItsTextExactly() {
        String raw = "{bu bir olay değil";

        IncomingEvent event = deserializer.deserialize(TOPIC, new RecordHeaders(), bytes(raw));

        assertThat(event).isInstanceOf(IncomingEvent.Unreadable.class);
        assertThat(((IncomingEvent.Unreadable) event).reason()).startsWith("not an event message");
        assertThat(new String(serializer.serialize(TOPIC, event), StandardCharsets.UTF_8)).isEqualTo(raw);
        assertThat(deserializer.deserialize(TOPIC, new RecordHeaders(), (byte[]) null))
                .isEqualTo(new IncomingEvent.Unreadable(null, "the record has no value"));
        assertThat(deserializer.deserialize(TOPIC, new RecordHeaders(), bytes("{}")))
                .isInstanceOf(IncomingEvent.Unreadable.class);
    }

    private static EventMessage message(String type) {
        return new EventMessage(7, 1, "release-0123456789abcdef", 3, UUID.randomUUID(), type, 1,
                JsonNodeFactory.instance.objectNode().put("releaseId", "0123456789abcdef"),
                new EventMetadata("c", null, "test", null), Instant.parse("2026-03-04T10:00:00Z"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
