package dev.beyan.common.testing;

import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.store.RecordedEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Puts records on the real broker the way the relay does (same envelope and key), for testing consumers in a
 * service that does not run the relay; also sends raw payloads, to play a poison message.
 */
public final class TestPublisher implements AutoCloseable {
    private final KafkaProducer<String, String> producer;

    public TestPublisher() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalServers.kafka().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p);
    }

    public void publish(RecordedEvent event) {
        send(ReleaseEvent.releaseIdOf(event.streamId()), EventMessage.of(event).toJson());
    }

    /** Publishes many events without waiting for each acknowledgement, then waits for all of them. */
    public void publishAll(List<RecordedEvent> events) {
        for (RecordedEvent event : events) {
            producer.send(new ProducerRecord<>(EventMessage.TOPIC, ReleaseEvent.releaseIdOf(event.streamId()),
                    EventMessage.of(event).toJson()));
        }
        producer.flush();
    }

    public void send(String key, String payload) {
        try {
            producer.send(new ProducerRecord<>(EventMessage.TOPIC, key, payload)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused the record", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
