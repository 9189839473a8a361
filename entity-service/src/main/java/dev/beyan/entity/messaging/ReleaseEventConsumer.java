package dev.beyan.entity.messaging;

import dev.beyan.common.event.EventTypes;
import dev.beyan.common.messaging.EventMessage;
import dev.beyan.registry.pipeline.StreamProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Consumes {@code beyan.release-events}. A message whose stream version the checkpoint has passed is acknowledged
 * and skipped; anything else catches the stream up from the store. A message that fails (unreadable, or a text
 * the extractor cannot handle) is nacked and goes to the dead-letter topic with the reason; the next one follows.
 * Messages are handled in parallel on worker threads: order does not matter because each handler reads the
 * stream itself, and a per-stream lock keeps one stream's events in sequence.
 */
@ApplicationScoped
public class ReleaseEventConsumer {
    /**
     * The types that change a release. {@code ReleaseAnalyzed} is projected in the transaction that appends it, so
     * its message (half of all traffic, the service's own writes coming back) is dropped on its CloudEvents type,
     * before the body is parsed or the database asked.
     */
    private static final Set<String> PROJECTED = Set.of(EventTypes.RECEIVED.name(), EventTypes.REVISED.name(),
            EventTypes.RETRACTED.name());
    private static final String TYPE_HEADER = "ce_type";

    private final StreamProcessor processor;

    public ReleaseEventConsumer(StreamProcessor processor) {
        this.processor = processor;
    }

    @Incoming("release-events")
    @Blocking(ordered = false)
    public void consume(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(TYPE_HEADER);
        if (type != null && !PROJECTED.contains(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        EventMessage message = EventMessage.fromJson(record.value());
        if (!PROJECTED.contains(message.type())) {
            return;
        }
        long projected = processor.checkpoint(message.streamId());
        if (projected < message.streamVersion()) {
            processor.catchUp(message.streamId(), projected);
        }
    }
}
