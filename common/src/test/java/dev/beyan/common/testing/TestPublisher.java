package dev.beyan.common.testing;

import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.store.RecordedEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

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
        // as large a record as the relay sends (ingest's mp.messaging.outgoing.release-events.max.request.size)
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_572_864);
        createTopic(LocalServers.kafka().bootstrapServers());
        producer = new KafkaProducer<>(p);
    }

    /**
     * Creates the topic before the first send: an idempotent producer racing the broker's auto-creation of a topic
     * can have records of a new partition refused (OutOfOrderSequenceException), which a test would only notice
     * by waiting for messages that never come.
     */
    private static void createTopic(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(EventMessage.TOPIC, Optional.empty(), Optional.empty())))
                    .all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the topic " + EventMessage.TOPIC, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void publish(RecordedEvent event) {
        send(EventMessage.keyOf(event.streamId()), EventMessage.of(event).toJson());
    }

    /** Publishes many events without waiting for each acknowledgement, then waits for all of them. */
    public void publishAll(List<RecordedEvent> events) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
        for (RecordedEvent event : events) {
            sent.add(producer.send(new ProducerRecord<>(EventMessage.TOPIC,
                    EventMessage.keyOf(event.streamId()), EventMessage.of(event).toJson())));
        }
        producer.flush();
        for (Future<RecordMetadata> f : sent) {
            await(f);
        }
    }

    public void send(String key, String payload) {
        await(producer.send(new ProducerRecord<>(EventMessage.TOPIC, key, payload)));
    }

    /** Sends a raw payload under a CloudEvents type header, as the relay labels every record. */
    public void send(String key, String type, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(EventMessage.TOPIC, key, payload);
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        await(producer.send(record));
    }

    private static void await(Future<RecordMetadata> sent) {
        try {
            sent.get();
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
