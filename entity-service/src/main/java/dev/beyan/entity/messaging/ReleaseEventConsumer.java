package dev.beyan.entity.messaging;

import dev.beyan.common.messaging.EventMessage;
import dev.beyan.registry.pipeline.StreamProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code beyan.release-events}. A message whose stream version the checkpoint has passed is acknowledged
 * and skipped; anything else catches the stream up from the store. A message that fails (unreadable, or a text
 * the extractor cannot handle) is nacked and goes to the dead-letter topic with the reason; the next one follows.
 * Messages are handled in parallel on worker threads: order does not matter because each handler reads the
 * stream itself, and a per-stream lock keeps one stream's events in sequence.
 */
@ApplicationScoped
public class ReleaseEventConsumer {
    private final StreamProcessor processor;

    public ReleaseEventConsumer(StreamProcessor processor) {
        this.processor = processor;
    }

    @Incoming("release-events")
    @Blocking(ordered = false)
    public void consume(String payload) {
        EventMessage message = EventMessage.fromJson(payload);
        if (processor.checkpoint(message.streamId()) >= message.streamVersion()) {
            return;
        }
        processor.catchUp(message.streamId());
    }
}
