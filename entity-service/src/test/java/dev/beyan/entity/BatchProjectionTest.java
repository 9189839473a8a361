package dev.beyan.entity;

import dev.beyan.common.event.EventTypes;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.testing.Poll;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.common.testing.TestPublisher;
import dev.beyan.common.testing.TestTokens;
import dev.beyan.common.testing.TopicReader;
import dev.beyan.registry.pipeline.StreamProcessor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A poll of messages is projected in one transaction, on the real store and broker: a failure anywhere in it rolls
 * all of it back, a stream that fails alone goes to the dead-letter topic while the rest of its batch is projected,
 * and two events of one stream in one batch are projected in order with one analysis, of the newer text.
 * The failure is a trigger on the checkpoints that refuses one stream: it fires at the batch's last write.
 */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class BatchProjectionTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ADMIN = TestTokens.of("identity-test", "admin");
    private static final EventMetadata META = new EventMetadata("test", null, "test", null);
    private static final String DAY = "2026-03-04";
    // invented people and places of the gazetteer, in sentences written for these tests
    private static final String MAYOR = """
            (NİĞDE)- Bor Belediye Başkanı Halil Ekincioğlu, ilçedeki yeni kütüphanenin temelini attı. \
            Ekincioğlu, "Okumayı seven bir ilçe kuruyoruz" dedi.""";
    private static final String GOVERNOR = """
            (BAYBURT)- Bayburt Valisi Selim Durakoğlu, Aydıntepe ilçesindeki köprü çalışmalarını inceledi.""";
    private static final String SPOKESMAN = """
            (KİLİS)- Kilis Belediye Başkanı Oya Demirtaşlı, çarşıdaki esnafı ziyaret etti. Demirtaşlı, \
            "Kentimizin kalbi burada atıyor" diye konuştu.""";

    @Inject
    PgEventStore store;
    @Inject
    StreamProcessor processor;

    private Pool db;
    private PgEventStore events;
    private TestPublisher publisher;

    @BeforeEach
    void open() {
        db = TestDatabase.superuserPool();
        events = new PgEventStore(db, store.codec());
        publisher = new TestPublisher();
    }

    @AfterEach
    void close() {
        query("DROP TRIGGER IF EXISTS refuse_stream ON readmodel.stream_checkpoints");
        // the streams refused here went to the dead-letter topic, unprojected: a rebuild projects them, so that the
        // tests after this one in the shared database compare a live read model with its rebuild on equal terms
        String answer = given().auth().oauth2(ADMIN).post("/v1/admin/rebuild").then().statusCode(200).extract()
                .asString();
        assertThat(answer.lines().reduce((a, b) -> b).orElseThrow()).contains("\"done\":true");
        publisher.close();
        db.closeAndAwait();
    }

    @Test
    void aFailureMidBatchWritesNothingAndTheBatchAgainProjectsEachEventOnce() {
        String good = ReleaseWriter.newId();
        String bad = ReleaseWriter.newId();
        append(good, 0, received(good, MAYOR));
        append(bad, 0, received(bad, GOVERNOR));
        refuse(bad);
        Map<String, Long> batch = announce(good, 1, bad, 1);

        assertThatThrownBy(() -> processor.catchUp(batch)).hasMessageContaining("refused");

        assertThat(query("SELECT id FROM readmodel.releases WHERE id = ANY($1)", (Object) new String[]{good, bad}))
                .isEmpty();
        assertThat(checkpoint(good)).isZero();
        assertThat(history(good)).hasSize(1);
        assertThat(history(bad)).hasSize(1);

        // redelivered after the cause is gone: each event projected once, each text analysed once
        query("DROP TRIGGER refuse_stream ON readmodel.stream_checkpoints");
        processor.catchUp(batch);
        processor.catchUp(batch);
        assertThat(checkpoint(good)).isEqualTo(2);
        assertThat(checkpoint(bad)).isEqualTo(2);
        assertThat(history(good)).extracting(RecordedEvent::type)
                .containsExactly(EventTypes.RECEIVED.name(), EventTypes.ANALYZED.name());
        assertThat(history(bad)).hasSize(2);
        assertThat(officialNames(good)).containsExactly("Halil Ekincioğlu");
    }

    @Test
    void aStreamFailingInItsBatchGoesToTheDeadLetterTopicAndTheRestOfTheBatchIsProjected() {
        List<String> good = List.of(ReleaseWriter.newId(), ReleaseWriter.newId());
        String bad = ReleaseWriter.newId();
        List<RecordedEvent> batch = new ArrayList<>();
        batch.add(append(good.get(0), 0, received(good.get(0), MAYOR)));
        batch.add(append(bad, 0, received(bad, GOVERNOR)));
        batch.add(append(good.get(1), 0, received(good.get(1), SPOKESMAN)));
        refuse(bad);

        publisher.publishAll(batch);

        good.forEach(id -> Poll.until("release " + id + " projected", WAIT, () -> checkpoint(id) == 2));
        List<ConsumerRecord<String, String>> dead = TopicReader.readUntil(EventMessage.DEAD_LETTER_TOPIC,
                records -> records.stream().anyMatch(r -> bad.equals(r.key())), Poll.PATIENCE);
        ConsumerRecord<String, String> record = dead.stream().filter(r -> bad.equals(r.key())).findFirst().orElseThrow();
        assertThat(record.value()).isEqualTo(EventMessage.of(batch.get(1)).toJson());
        assertThat(new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("refused");
        assertThat(dead).noneMatch(r -> good.contains(r.key()));
        assertThat(checkpoint(bad)).isZero();
        assertThat(history(bad)).hasSize(1);
        assertThat(officialNames(good.get(1))).containsExactly("Oya Demirtaşlı");
    }

    @Test
    void aReleaseLargerThanKafkasDefaultRecordStillReachesTheDeadLetterTopicWhole() {
        String id = ReleaseWriter.newId();
        // about 1.2 MB: above Kafka's default record of 1 MiB, below the relay's limit of 1.5 MiB
        String text = GOVERNOR + "\n\n" + "Toplantıda yolların, köprülerin ve okulların bakımı ele alındı. ".repeat(17_000);
        RecordedEvent large = append(id, 0, received(id, text));
        refuse(id);

        publisher.publishAll(List.of(large));

        List<ConsumerRecord<String, String>> dead = TopicReader.readUntil(EventMessage.DEAD_LETTER_TOPIC,
                records -> records.stream().anyMatch(r -> id.equals(r.key())), Poll.PATIENCE);
        String value = dead.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value();
        assertThat(value.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1 << 20);
        assertThat(value).isEqualTo(EventMessage.of(large).toJson());
        assertThat(checkpoint(id)).isZero();
    }

    @Test
    void twoEventsOfOneStreamInOneBatchAreProjectedInOrderWithOneAnalysisOfTheNewerText() {
        String id = ReleaseWriter.newId();
        RecordedEvent received = append(id, 0, received(id, MAYOR));
        RecordedEvent revised = append(id, 1, new ReleaseRevised(id, GOVERNOR, ReleaseWriter.sha(GOVERNOR), "test"));

        publisher.publishAll(List.of(received, revised));

        Poll.until("release " + id + " projected", WAIT, () -> checkpoint(id) == 3);
        assertThat(history(id)).extracting(RecordedEvent::type).containsExactly(EventTypes.RECEIVED.name(),
                EventTypes.REVISED.name(), EventTypes.ANALYZED.name());
        assertThat(officialNames(id)).containsExactly("Selim Durakoğlu");
        Row release = query("SELECT text, text_version, analyzed_version FROM readmodel.releases WHERE id = $1", id)
                .iterator().next();
        assertThat(release.getString("text")).isEqualTo(GOVERNOR);
        assertThat(release.getLong("analyzed_version")).isEqualTo(2);
    }

    private static ReleaseReceived received(String id, String text) {
        return new ReleaseReceived(id, text, ReleaseWriter.sha(text), null, "test", null, DAY, "Güncel", null, null);
    }

    /** Appends to the store without publishing: the test decides what reaches the broker, and when. */
    private RecordedEvent append(String id, long expected, ReleaseEvent event) {
        events.append(ReleaseEvent.streamId(id), expected, List.of(new NewEvent(UUID.randomUUID(), event, META)))
                .await().atMost(WAIT);
        List<RecordedEvent> history = history(id);
        return history.get(history.size() - 1);
    }

    /** Makes every transaction that advances the release's checkpoint fail, at that statement. */
    private void refuse(String id) {
        query("""
                CREATE OR REPLACE FUNCTION readmodel.refuse_stream() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'stream % refused by the test', NEW.stream_id; END $$""");
        query("CREATE TRIGGER refuse_stream BEFORE INSERT OR UPDATE ON readmodel.stream_checkpoints FOR EACH ROW "
                + "WHEN (NEW.stream_id = '" + ReleaseEvent.streamId(id) + "') EXECUTE FUNCTION readmodel.refuse_stream()");
    }

    private static Map<String, Long> announce(String first, long firstVersion, String second, long secondVersion) {
        Map<String, Long> announced = new LinkedHashMap<>();
        announced.put(ReleaseEvent.streamId(first), firstVersion);
        announced.put(ReleaseEvent.streamId(second), secondVersion);
        return announced;
    }

    private List<RecordedEvent> history(String id) {
        return events.readStream(ReleaseEvent.streamId(id)).await().atMost(WAIT);
    }

    private long checkpoint(String id) {
        RowSet<Row> rows = query("SELECT version FROM readmodel.stream_checkpoints WHERE stream_id = $1",
                ReleaseEvent.streamId(id));
        return rows.size() == 0 ? 0 : rows.iterator().next().getLong("version");
    }

    private List<String> officialNames(String id) {
        List<String> names = new ArrayList<>();
        query("SELECT o.name FROM readmodel.release_officials r JOIN readmodel.officials o ON o.id = r.official_id "
                + "WHERE r.release_id = $1 ORDER BY o.name", id).forEach(row -> names.add(row.getString("name")));
        return names;
    }

    private RowSet<Row> query(String sql, Object... args) {
        return db.preparedQuery(sql).execute(Tuple.from(args)).await().atMost(WAIT);
    }
}
