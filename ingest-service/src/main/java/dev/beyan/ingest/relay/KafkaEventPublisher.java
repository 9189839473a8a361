package dev.beyan.ingest.relay;

import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.tracing.EventTraces;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes to {@code beyan.release-events} the {@link EventRecord} of each event: keyed by release id so that one
 * release's events stay in order on one partition, with CloudEvents (binary mode) headers.
 * Each publish is a producer span in the trace of the request that wrote the event (the stored {@code traceparent}),
 * and its {@code traceparent} header names that span; the connector's own tracing is off for this channel, as it
 * would start a new trace on the relay's thread. Without tracing the header carries the stored one unchanged.
 * <p>
 * An event whose record is larger than the producer sends ({@link RecordSizeLimit}) is not sent: ingest refuses such
 * a release before storing it, so only one stored by an older version can be, and retrying it would block every
 * event after it forever. It is logged as an ERROR, counted ({@code beyan.relay.oversized}) and left out; it stays in
 * the event store (docs/RELIABILITY.md).
 */
@ApplicationScoped
public class KafkaEventPublisher implements EventPublisher {
    static final String SOURCE = EventRecord.SOURCE;
    private static final Logger LOG = Logger.getLogger(KafkaEventPublisher.class);

    private final MutinyEmitter<String> emitter;
    private final Tracer tracer;
    private final RecordSizeLimit limit;
    private final Counter oversized;

    /** The relay hands over a page of events at once (RelayConfig.batchSize), so the emitter buffers more than that. */
    public KafkaEventPublisher(@Channel("release-events")
                               @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                               MutinyEmitter<String> emitter, Tracer tracer, RecordSizeLimit limit,
                               MeterRegistry registry) {
        this.emitter = emitter;
        this.tracer = tracer;
        this.limit = limit;
        this.oversized = Counter.builder("beyan.relay.oversized")
                .description("stored events left off the topic because their record is larger than the producer sends")
                .register(registry);
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
        EventRecord record = EventRecord.of(event, EventTraces.traceparentOf(span));
        if (!limit.fits(record)) {
            leaveOut(event, record, span);
            return Uni.createFrom().voidItem();
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key())
                .withHeaders(record.headers())
                .build();
        return emitter.sendMessage(Message.of(record.value()).addMetadata(metadata))
                .onTermination().invoke((done, failure, cancelled) -> {
                    if (failure != null) {
                        span.recordException(failure);
                        span.setStatus(StatusCode.ERROR);
                    }
                    span.end();
                });
    }

    /**
     * Measured without a {@code traceparent} header, the least a publish of it sends: an event this refuses is one every
     * publish leaves out, so a new leader that passes over it skips nothing that was sent.
     */
    @Override
    public boolean fits(RecordedEvent event) {
        return limit.fits(EventRecord.of(event, null));
    }

    private void leaveOut(RecordedEvent event, EventRecord record, Span span) {
        LOG.errorf("event %s (%s, stream %s version %d, position %d) is %d bytes as a record, over the %d the producer "
                        + "sends (%s): left off the topic, it stays in the event store", event.eventId(), event.type(),
                event.streamId(), event.streamVersion(), event.position(), record.sizeInBytes(), limit.maxBytes(),
                RecordSizeLimit.PRODUCER_SETTING);
        oversized.increment();
        span.setStatus(StatusCode.ERROR, "record too large for the topic");
        span.end();
    }
}
