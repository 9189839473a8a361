package dev.beyan.ingest.relay;

import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.testing.LocalServers;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestTokens;
import dev.beyan.common.testing.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The relay against the real event store and the real broker. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class RelayTest {
    private static final String TOPIC = EventMessage.TOPIC;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Pool pool;
    @Inject
    PgEventStore store;
    @Inject
    EventPublisher publisher;
    @Inject
    RelayConfig config;
    @Inject
    PublishedTail tail;
    @Inject
    RelayService relay;
    @Inject
    MeterRegistry registry;

    private static String post() {
        return given().auth().oauth2(TestTokens.of("relay-test", "ingest"))
                .contentType("application/json; charset=UTF-8")
                .body(("{\"text\":\"Vali açıklama yaptı " + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8))
                .post("/v1/releases").then().statusCode(201).extract().path("id");
    }

    private static List<ConsumerRecord<String, String>> recordsOf(List<String> releaseIds) {
        List<ConsumerRecord<String, String>> all = TopicReader.readUntil(TOPIC,
                records -> records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(releaseIds),
                PATIENCE);
        return all.stream().filter(r -> releaseIds.contains(r.key())).toList();
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void publishesCommittedEventsKeyedByReleaseWithCloudEventsHeaders() {
        String id = post();

        List<ConsumerRecord<String, String>> records = recordsOf(List.of(id));

        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> r = records.get(0);
        EventMessage message = EventMessage.fromJson(r.value());
        assertThat(message.type()).isEqualTo("ReleaseReceived");
        assertThat(message.streamId()).isEqualTo("release-" + id);
        assertThat(header(r, "ce_id")).isEqualTo(message.eventId().toString());
        assertThat(header(r, "ce_type")).isEqualTo("ReleaseReceived");
        assertThat(header(r, "ce_subject")).isEqualTo("release-" + id);
        assertThat(header(r, "ce_source")).isEqualTo(KafkaEventPublisher.SOURCE);
    }

    @Test
    void publishesATransactionThatTookALowerPositionButCommittedLater() {
        String earlyId = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        SqlConnection tx = pool.getConnection().await().atMost(PATIENCE);
        tx.query("BEGIN").execute().await().atMost(PATIENCE);
        store.append(tx, ReleaseEvent.streamId(earlyId), 0, List.of(new NewEvent(UUID.randomUUID(),
                new ReleaseReceived(earlyId, "Erken metin", "x", null, null, null, null, null, null, null),
                new EventMetadata("c", null, "test", null)))).await().atMost(PATIENCE);
        String lateId = post();
        tx.query("COMMIT").execute().await().atMost(PATIENCE);
        tx.closeAndAwait();

        List<ConsumerRecord<String, String>> records = recordsOf(List.of(earlyId, lateId));

        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(earlyId, lateId);
        long earlyPosition = positionOf(records, earlyId);
        long latePosition = positionOf(records, lateId);
        assertThat(earlyPosition).isLessThan(latePosition);
    }

    @Test
    void keepsAcceptingWhileTheBrokerIsDownAndDeliversEverythingAfterwards() {
        LocalServers.stopKafka();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                ids.add(post());
            }
        } finally {
            LocalServers.startKafkaAgain();
        }

        List<ConsumerRecord<String, String>> records = recordsOf(ids);

        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void exactlyOneOfTwoInstancesRelaysAndTheOtherTakesOverWithNothingLostOrDoubled() {
        await(relay::isLeader);
        List<String> ids = new ArrayList<>();
        try (RelayWorker second = new RelayWorker("second", pool, store, publisher, tail, config)) {
            second.start();
            for (int i = 0; i < 5; i++) {
                ids.add(post());
            }
            await(() -> recordsOf(ids).size() >= 5);
            assertThat(second.isLeader()).isFalse();
            assertThat(second.publishedCount()).isZero();

            relay.stop();
            await(second::isLeader);
            for (int i = 0; i < 5; i++) {
                ids.add(post());
            }
            List<ConsumerRecord<String, String>> records = recordsOf(ids);

            Map<String, Long> perRelease = records.stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertThat(perRelease).hasSize(10).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
            assertThat(second.publishedCount()).isGreaterThanOrEqualTo(5);
        } finally {
            relay.start();
        }
    }

    @Test
    void aNewLeaderResumesAfterTheNewestEventOnTheTopicWhenTheCheckpointWasNotSaved() {
        await(relay::isLeader);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(post());
        }
        await(() -> recordsOf(ids).size() >= 3);
        relay.stop();
        // as if the leader had crashed after the broker's acknowledgements but before saving any checkpoint
        pool.query("UPDATE eventstore.relay_checkpoint SET tx_id = '0'::xid8, position = 0").execute()
                .await().atMost(PATIENCE);
        relay.start();
        ids.add(post());

        List<ConsumerRecord<String, String>> records = recordsOf(ids);

        assertThat(records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting())))
                .hasSize(4).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
    }

    @Test
    void leavesOutAStoredEventTooLargeForTheTopicAndGoesOnAlsoAfterATakeover() {
        await(relay::isLeader);
        double leftOutBefore = registry.find("beyan.relay.oversized").counter().count();
        String before = post();
        String tooLarge = storeAnEventTooLargeForTheTopic();
        String after = post();
        List<String> ids = new ArrayList<>(List.of(before, after));
        await(() -> recordsOf(ids).size() >= 2);
        assertThat(registry.find("beyan.relay.oversized").counter().count()).isEqualTo(leftOutBefore + 1);

        relay.stop();
        // as if the leader had crashed before saving any checkpoint: the new one must pass over the event left out
        // as well as those on the topic, and publish none of them again
        pool.query("UPDATE eventstore.relay_checkpoint SET tx_id = '0'::xid8, position = 0").execute()
                .await().atMost(PATIENCE);
        relay.start();
        ids.add(post());

        List<ConsumerRecord<String, String>> all = TopicReader.readUntil(TOPIC,
                records -> records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(ids),
                PATIENCE);

        assertThat(all.stream().filter(r -> ids.contains(r.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting())))
                .hasSize(3).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        assertThat(all).extracting(ConsumerRecord::key).doesNotContain(tooLarge);
    }

    /**
     * An event ingest now refuses, appended straight to the store as an older version could have: a text of 300,000
     * control characters, 1.8 MB as JSON, over the producer's 1.5 MiB.
     */
    private String storeAnEventTooLargeForTheTopic() {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        store.append(ReleaseEvent.streamId(id), 0, List.of(new NewEvent(UUID.randomUUID(),
                new ReleaseReceived(id, String.valueOf((char) 1).repeat(300_000), "x", null, null, null, null, null, null, null),
                new EventMetadata("c", null, "test", null)))).await().atMost(PATIENCE);
        return id;
    }

    private static long positionOf(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> r.key().equals(key)).map(r -> EventMessage.fromJson(r.value()).position())
                .findFirst().orElseThrow();
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited too long").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
