package dev.beyan.ingest.relay;

import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.store.Checkpoint;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import io.smallrye.common.annotation.Identifier;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The checkpoint of the newest event already on the topic. A leader that crashed between the broker's
 * acknowledgement and saving its checkpoint left that event published but unrecorded; because the relay publishes
 * one event at a time in checkpoint order, the last record of each partition tells the successor where to resume,
 * so the event is not published twice.
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

    /** The highest checkpoint among the partitions' last records; {@link Checkpoint#START} for an empty topic. */
    public Checkpoint read() {
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
                return Checkpoint.START;
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
            int withRecords = 0;
            for (TopicPartition tp : partitions) {
                long end = ends.getOrDefault(tp, 0L);
                if (end > 0) {
                    consumer.seek(tp, end - 1);
                    withRecords++;
                } else {
                    consumer.pause(List.of(tp));
                }
            }
            return newest(consumer, withRecords);
        }
    }

    private static Checkpoint newest(KafkaConsumer<String, String> consumer, int partitionsToRead) {
        Checkpoint newest = Checkpoint.START;
        int read = 0;
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (read < partitionsToRead && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                EventMessage m = EventMessage.fromJson(r.value());
                Checkpoint at = new Checkpoint(m.txId(), m.position());
                newest = at.compareTo(newest) > 0 ? at : newest;
                consumer.pause(List.of(new TopicPartition(r.topic(), r.partition())));
                read++;
            }
        }
        if (read < partitionsToRead) {
            throw new IllegalStateException("could not read the end of " + EventMessage.TOPIC + " in " + TIMEOUT);
        }
        return newest;
    }
}
