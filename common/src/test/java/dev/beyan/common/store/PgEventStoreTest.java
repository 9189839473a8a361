package dev.beyan.common.store;

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
        assertThat(store.codec().decode(events.get(0).type(), events.get(0).schemaVersion(), events.get(0).data()))
                .isInstanceOf(ReleaseReceived.class);
        assertThat(events.get(0).metadata()).isEqualTo(META);
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
