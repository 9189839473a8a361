package dev.beyan.common.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beyan.common.event.CurationEvent;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRetracted;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.json.EventCodec;
import dev.beyan.common.testing.TestDatabase;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event store's conformance suite, on a real PostgreSQL 17. */
class PgEventStoreTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EventMetadata META = new EventMetadata("corr-1", null, "test", null);

    private static Pool pool;
    private static Pool superuser;
    private static PgEventStore store;

    @BeforeAll
    static void connect() {
        pool = TestDatabase.eventStorePool();
        superuser = TestDatabase.superuserPool();
        store = new PgEventStore(pool, EventCodec.current());
    }

    @AfterAll
    static void close() {
        pool.closeAndAwait();
        superuser.closeAndAwait();
    }

    private static String newStream() {
        return "release-" + UUID.randomUUID();
    }

    private static NewEvent received(String stream) {
        String id = stream.substring("release-".length());
        return new NewEvent(UUID.randomUUID(),
                new ReleaseReceived(id, "Metin", "abc", null, null, null, "2024-05", null, null, null), META);
    }

    private static NewEvent revised(String stream) {
        return new NewEvent(UUID.randomUUID(),
                new ReleaseRevised(stream.substring("release-".length()), "Yeni metin", "def", "typo"), META);
    }

    @Test
    void appendsAndReadsAStreamInVersionOrder() {
        String stream = newStream();
        AppendResult first = store.append(stream, 0, List.of(received(stream))).await().atMost(WAIT);
        AppendResult second = store.append(stream, 1, List.of(revised(stream))).await().atMost(WAIT);

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.position()).isGreaterThan(first.position());
        List<RecordedEvent> events = store.readStream(stream).await().atMost(WAIT);
        assertThat(events).extracting(RecordedEvent::type).containsExactly("ReleaseReceived", "ReleaseRevised");
        assertThat(events.get(0).metadata()).isEqualTo(META);
    }

    @Test
    void readsAStreamFromAVersionDecodedToItsRecords() {
        String stream = newStream();
        store.append(stream, 0, List.of(received(stream))).await().atMost(WAIT);
        store.append(stream, 1, List.of(revised(stream))).await().atMost(WAIT);

        List<DecodedEvent<ReleaseEvent>> all = store.readStream(stream, 0, ReleaseEvent.class).await().atMost(WAIT);
        List<DecodedEvent<ReleaseEvent>> after = store.readStream(stream, 1, ReleaseEvent.class).await().atMost(WAIT);

        assertThat(all).extracting(DecodedEvent::event).hasExactlyElementsOfTypes(ReleaseReceived.class,
                ReleaseRevised.class);
        assertThat(after).extracting(DecodedEvent::streamVersion).containsExactly(2L);
        assertThat(((ReleaseRevised) after.get(0).event()).text()).isEqualTo("Yeni metin");
        assertThat(after.get(0).recorded().metadata()).isEqualTo(META);
    }

    @Test
    void readsAStreamUpToAPositionDecoded() {
        String stream = newStream();
        AppendResult first = store.append(stream, 0, List.of(received(stream))).await().atMost(WAIT);
        store.append(stream, 1, List.of(revised(stream))).await().atMost(WAIT);

        assertThat(store.readStreamUpTo(stream, first.position(), ReleaseEvent.class).await().atMost(WAIT))
                .extracting(DecodedEvent::event).hasExactlyElementsOfTypes(ReleaseReceived.class);
    }

    @Test
    void aTypedReadUpcastsAnOlderSchemaAndLeavesTheStoredDataAsItWas() {
        String stream = newStream();
        store.append(stream, 0, List.of(received(stream))).await().atMost(WAIT);
        // a revision stored at schema version 0, when its reason was called "why"
        superuser.preparedQuery("""
                        INSERT INTO eventstore.events (stream_id, stream_version, event_id, type, schema_version, data,
                          metadata)
                        VALUES ($1, 2, $2, 'ReleaseRevised', 0, $3::text::jsonb, '{}'::jsonb)""")
                .execute(Tuple.of(stream, UUID.randomUUID(), """
                        {"releaseId": "%s", "text": "Eski biçim", "sha256": "0ld", "why": "yazım hatası"}"""
                        .formatted(stream.substring("release-".length()))))
                .await().atMost(WAIT);
        PgEventStore upcasting = new PgEventStore(pool, new EventCodec(List.of(new EventCodec.Upcaster() {
            @Override
            public String type() {
                return "ReleaseRevised";
            }

            @Override
            public int fromVersion() {
                return 0;
            }

            @Override
            public ObjectNode upcast(ObjectNode data) {
                return data.put("reason", data.remove("why").asText());
            }
        })));

        List<DecodedEvent<ReleaseEvent>> events = upcasting.readStream(stream, 1, ReleaseEvent.class)
                .await().atMost(WAIT);

        assertThat(events.get(0).event()).isEqualTo(new ReleaseRevised(stream.substring("release-".length()),
                "Eski biçim", "0ld", "yazım hatası"));
        assertThat(events.get(0).recorded().schemaVersion()).isZero();
        assertThat(events.get(0).recorded().data()).contains("\"why\"");
    }

    @Test
    void aTypedReadRefusesAStreamOfAnotherKind() {
        String stream = newStream();
        store.append(stream, 0, List.of(received(stream))).await().atMost(WAIT);

        assertThatThrownBy(() -> store.readStream(stream, 0, CurationEvent.class).await().atMost(WAIT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds a ReleaseReceived at version 1, not a CurationEvent");
    }

    @Test
    void rejectsAppendAtStaleVersion() {
        String stream = newStream();
        store.append(stream, 0, List.of(received(stream))).await().atMost(WAIT);

        assertThatThrownBy(() -> store.append(stream, 0, List.of(revised(stream))).await().atMost(WAIT))
                .isInstanceOf(WrongExpectedVersionException.class);
        assertThat(store.readStream(stream).await().atMost(WAIT)).hasSize(1);
    }

    @Test
    void anAppendAheadOfTheStreamIsAConflictAndLeavesNoGap() {
        String stream = newStream();
        store.append(stream, 0, List.of(received(stream))).await().atMost(WAIT);

        assertThatThrownBy(() -> store.append(stream, 3, List.of(revised(stream))).await().atMost(WAIT))
                .isInstanceOf(WrongExpectedVersionException.class);
        assertThat(store.readStream(stream).await().atMost(WAIT)).extracting(RecordedEvent::streamVersion)
                .containsExactly(1L);
    }

    @Test
    void appendToEachWritesEveryStreamAtItsVersionAndLeavesOutAStaleOne() {
        String fresh = newStream();
        String known = newStream();
        String stale = newStream();
        store.append(known, 0, List.of(received(known))).await().atMost(WAIT);
        store.append(stale, 0, List.of(received(stale))).await().atMost(WAIT);
        store.append(stale, 1, List.of(revised(stale))).await().atMost(WAIT);
        NewEvent first = received(fresh);
        NewEvent second = revised(known);
        NewEvent late = revised(stale);

        var written = store.appendToEach(List.of(new StreamAppend(fresh, 0, first), new StreamAppend(known, 1, second),
                new StreamAppend(stale, 1, late))).await().atMost(WAIT);

        assertThat(written).containsOnlyKeys(first.eventId(), second.eventId());
        assertThat(written.get(first.eventId()).version()).isEqualTo(1);
        assertThat(written.get(second.eventId()).version()).isEqualTo(2);
        assertThat(store.readStream(stale).await().atMost(WAIT)).hasSize(2);
    }

    @Test
    void appendToEachWritesNothingWhenOneEventIsAlreadyStored() {
        String fresh = newStream();
        String known = newStream();
        NewEvent stored = received(known);
        store.append(known, 0, List.of(stored)).await().atMost(WAIT);

        // the same event again, as a retry would send it, beside a new one: the unique event id refuses the statement
        assertThatThrownBy(() -> store.appendToEach(List.of(new StreamAppend(fresh, 0, received(fresh)),
                new StreamAppend(known, 1, stored))).await().atMost(WAIT))
                .isInstanceOf(WrongExpectedVersionException.class);
        assertThat(store.readStream(fresh).await().atMost(WAIT)).isEmpty();
    }

    @Test
    void retriedAppendWithSameEventIdIsIdempotent() {
        String stream = newStream();
        NewEvent event = received(stream);
        AppendResult first = store.append(stream, 0, List.of(event)).await().atMost(WAIT);
        AppendResult retry = store.append(stream, 0, List.of(event)).await().atMost(WAIT);

        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.position()).isEqualTo(first.position());
        assertThat(store.readStream(stream).await().atMost(WAIT)).hasSize(1);
    }

    @Test
    void twoRacingWritersAtTheSameVersionHaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 20; round++) {
            String stream = newStream();
            store.append(stream, 0, List.of(received(stream))).await().atMost(WAIT);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Boolean>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                writers.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    try {
                        store.append(stream, 1, List.of(revised(stream))).await().atMost(WAIT);
                        return true;
                    } catch (WrongExpectedVersionException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            long winners = writers.stream().map(CompletableFuture::join).filter(b -> b).count();
            assertThat(winners).as("round %d", round).isEqualTo(1);
            assertThat(store.readStream(stream).await().atMost(WAIT)).hasSize(2);
        }
    }

    @Test
    void updateAndDeleteOnTheEventsTableFailEvenForTheSuperuser() {
        String stream = newStream();
        store.append(stream, 0, List.of(received(stream))).await().atMost(WAIT);

        assertThatThrownBy(() -> superuser.preparedQuery("UPDATE eventstore.events SET type = 'X' WHERE stream_id = $1")
                .execute(Tuple.of(stream)).await().atMost(WAIT)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> superuser.preparedQuery("DELETE FROM eventstore.events WHERE stream_id = $1")
                .execute(Tuple.of(stream)).await().atMost(WAIT)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> superuser.query("TRUNCATE eventstore.events").execute().await().atMost(WAIT))
                .hasMessageContaining("append-only");
        assertThat(store.readStream(stream).await().atMost(WAIT)).hasSize(1);
    }

    @Test
    void applicationRoleHasNoUpdateOrDeleteGrant() {
        assertThatThrownBy(() -> pool.query("UPDATE eventstore.events SET type = type WHERE false")
                .execute().await().atMost(WAIT)).hasMessageContaining("permission denied");
        assertThatThrownBy(() -> pool.query("DELETE FROM eventstore.events WHERE false")
                .execute().await().atMost(WAIT)).hasMessageContaining("permission denied");
    }

    @Test
    void readAllDoesNotSkipATransactionThatTookALowerPositionButCommittedLater() {
        Checkpoint head = drain(Checkpoint.START);
        String early = newStream();
        String late = newStream();

        // The early writer inserts first (lower position) but holds its transaction open...
        SqlConnection earlyTx = pool.getConnection().await().atMost(WAIT);
        earlyTx.query("BEGIN").execute().await().atMost(WAIT);
        store.append(earlyTx, early, 0, List.of(received(early))).await().atMost(WAIT);
        // ...while a later writer commits.
        store.append(late, 0, List.of(received(late))).await().atMost(WAIT);

        // A reader now must not move past the early writer's transaction.
        List<RecordedEvent> whileOpen = store.readAll(head, 1000).await().atMost(WAIT);
        assertThat(whileOpen).extracting(RecordedEvent::streamId).doesNotContain(late, early);

        earlyTx.query("COMMIT").execute().await().atMost(WAIT);
        earlyTx.closeAndAwait();
        List<RecordedEvent> after = store.readAll(head, 1000).await().atMost(WAIT);
        assertThat(after).extracting(RecordedEvent::streamId).contains(early, late);
        List<String> ordered = after.stream().map(RecordedEvent::streamId).filter(s -> s.equals(early) || s.equals(late)).toList();
        assertThat(ordered).containsExactly(early, late);
    }

    @Test
    void retractionIsJustAnotherEventAndTheHistoryStays() {
        String stream = newStream();
        store.append(stream, 0, List.of(received(stream))).await().atMost(WAIT);
        store.append(stream, 1, List.of(new NewEvent(UUID.randomUUID(),
                new ReleaseRetracted(stream.substring(8), "withdrawn"), META))).await().atMost(WAIT);

        assertThat(store.readStream(stream).await().atMost(WAIT)).extracting(RecordedEvent::type)
                .containsExactly("ReleaseReceived", "ReleaseRetracted");
    }

    private static Checkpoint drain(Checkpoint from) {
        Checkpoint at = from;
        List<RecordedEvent> page;
        while (!(page = store.readAll(at, 500).await().atMost(WAIT)).isEmpty()) {
            at = page.get(page.size() - 1).checkpoint();
        }
        return at;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
