package dev.beyan.ingest.relay;

import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.nio.charset.StandardCharsets;

/**
 * Publishes to {@code beyan.release-events}, keyed by release id so that one release's events stay in order on
 * one partition, with CloudEvents (binary mode) headers so consumers can route without parsing the body.
 */
@ApplicationScoped
public class KafkaEventPublisher implements EventPublisher {
    static final String SOURCE = "/beyan/ingest-service";

    private final MutinyEmitter<String> emitter;

    /** The relay hands over a page of events at once (RelayConfig.batchSize), so the emitter buffers more than that. */
    public KafkaEventPublisher(@Channel("release-events")
                               @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                               MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public Uni<Void> publish(RecordedEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.eventId().toString());
        header(headers, "ce_type", event.type());
        header(headers, "ce_source", SOURCE);
        header(headers, "ce_subject", event.streamId());
        header(headers, "ce_time", event.recordedAt().toString());
        header(headers, "content-type", "application/json");
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(EventMessage.keyOf(event.streamId()))
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(EventMessage.of(event).toJson()).addMetadata(metadata));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
