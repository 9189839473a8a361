package dev.beyan.ingest.relay;

import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.tracing.EventTraces;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
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
 * Each publish is a producer span in the trace of the request that wrote the event (the stored {@code traceparent}),
 * and its {@code traceparent} header names that span; the connector's own tracing is off for this channel, as it
 * would start a new trace on the relay's thread. Without tracing the header carries the stored one unchanged.
 */
@ApplicationScoped
public class KafkaEventPublisher implements EventPublisher {
    static final String SOURCE = "/beyan/ingest-service";

    private final MutinyEmitter<String> emitter;
    private final Tracer tracer;

    /** The relay hands over a page of events at once (RelayConfig.batchSize), so the emitter buffers more than that. */
    public KafkaEventPublisher(@Channel("release-events")
                               @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                               MutinyEmitter<String> emitter, Tracer tracer) {
        this.emitter = emitter;
        this.tracer = tracer;
    }

    @Override
    public Uni<Void> publish(RecordedEvent event) {
        Span span = tracer.spanBuilder(EventMessage.TOPIC + " publish")
                .setParent(EventTraces.parentOf(event.metadata()))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", EventMessage.TOPIC)
                .setAttribute("messaging.message.id", event.eventId().toString())
                .startSpan();
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.eventId().toString());
        header(headers, "ce_type", event.type());
        header(headers, "ce_source", SOURCE);
        header(headers, "ce_subject", event.streamId());
        header(headers, "ce_time", event.recordedAt().toString());
        header(headers, "content-type", "application/json");
        String traceparent = EventTraces.traceparentOf(span);
        if (traceparent != null) {
            header(headers, EventTraces.HEADER, traceparent);
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(EventMessage.keyOf(event.streamId()))
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(EventMessage.of(event).toJson()).addMetadata(metadata))
                .onTermination().invoke((done, failure, cancelled) -> {
                    if (failure != null) {
                        span.recordException(failure);
                        span.setStatus(StatusCode.ERROR);
                    }
                    span.end();
                });
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
