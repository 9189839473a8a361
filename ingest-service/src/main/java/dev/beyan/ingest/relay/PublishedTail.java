package dev.beyan.ingest.relay;

import dev.beyan.common.messaging.EventMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import io.smallrye.common.annotation.Identifier;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of the events most recently put on the topic. A leader that crashed between the broker's
 * acknowledgements and saving its checkpoint left those events published but unrecorded; its successor skips the
 * ones it finds here, from the saved checkpoint up to the first missing, so nothing is published twice in that
 * case and nothing is skipped in any case.
 */
@ApplicationScoped
public class PublishedTail {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> kafkaConfig;

    /**
     * Connects with every {@code kafka.*} setting the messaging channels get (Quarkus' default Kafka
     * configuration), so that authentication configured for the channels (SASL on Kubernetes) applies here too.
     */
    public PublishedTail(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = Map.copyOf(kafkaConfig);
    }

    /** The event ids of the last {@code perPartition} records of each partition; empty for an empty topic. */
    public Set<UUID> recentEventIds(int perPartition) {
        Properties p = new Properties();
        p.putAll(kafkaConfig);
        // no consumer group: the tail assigns partitions itself and commits nothing (and needs no group ACL)
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<PartitionInfo> infos = consumer.partitionsFor(EventMessage.TOPIC, TIMEOUT);
            if (infos == null || infos.isEmpty()) {
                return Set.of();
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> toRead = new HashMap<>();
            for (TopicPartition tp : partitions) {
                long end = ends.getOrDefault(tp, 0L);
                if (end > 0) {
                    consumer.seek(tp, Math.max(0, end - perPartition));
                    toRead.put(tp, end);
                } else {
                    consumer.pause(List.of(tp));
                }
            }
            return idsUpTo(consumer, toRead);
        }
    }

    private static Set<UUID> idsUpTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        Set<UUID> ids = new HashSet<>();
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!ends.isEmpty() && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                Header id = r.headers().lastHeader("ce_id");
                if (id != null) {
                    ids.add(UUID.fromString(new String(id.value(), StandardCharsets.UTF_8)));
                }
            }
            ends.entrySet().removeIf(e -> {
                // with read_committed, the position can stop short of the end only while a transaction is open
                boolean done = consumer.position(e.getKey()) >= e.getValue();
                if (done) {
                    consumer.pause(List.of(e.getKey()));
                }
                return done;
            });
        }
        if (!ends.isEmpty()) {
            throw new IllegalStateException("could not read the end of " + EventMessage.TOPIC + " in " + TIMEOUT);
        }
        return ids;
    }
}
