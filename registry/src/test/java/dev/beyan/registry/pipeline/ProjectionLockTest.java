package dev.beyan.registry.pipeline;

import dev.beyan.common.subscription.LockSpace;
import dev.beyan.common.subscription.Subscription;
import dev.beyan.common.testing.Poll;
import dev.beyan.common.testing.TestDatabase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The projection's locks on a real PostgreSQL: a stream's lock, in its named space, orders only that stream. */
class ProjectionLockTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pool DB = TestDatabase.superuserPool();

    @AfterAll
    static void close() {
        DB.closeAndAwait();
    }

    @Test
    void aStreamWaitsForItsOwnLockOnlyInTheStreamSpace() {
        SqlConnection first = DB.getConnection().await().atMost(WAIT);
        SqlConnection second = DB.getConnection().await().atMost(WAIT);
        try {
            Transaction held = first.begin().await().atMost(WAIT);
            ProjectionLock.sharedForStream(first, "release-lock-a").await().atMost(WAIT);
            assertThat(advisoryLocks(first)).contains(
                    "one-bigint " + Subscription.PROJECTION.lockKey() + " granted",
                    "two-int " + LockSpace.STREAM.key() + " granted");

            Transaction other = second.begin().await().atMost(WAIT);
            ProjectionLock.sharedForStream(second, "release-lock-b").await().atMost(WAIT);
            other.rollback().await().atMost(WAIT);

            waitsUntilCommitted(second, "release-lock-a", held, "the same stream waiting for its lock");
        } finally {
            first.closeAndAwait();
            second.closeAndAwait();
        }
    }

    @Test
    void aBatchHoldsTheSameStreamLocksAsOneStreamDoes() {
        SqlConnection batch = DB.getConnection().await().atMost(WAIT);
        SqlConnection single = DB.getConnection().await().atMost(WAIT);
        try {
            Transaction held = batch.begin().await().atMost(WAIT);
            ProjectionLock.sharedForStreams(batch, List.of("release-lock-c", "release-lock-d")).await().atMost(WAIT);
            assertThat(advisoryLocks(batch)).containsExactlyInAnyOrder(
                    "one-bigint " + Subscription.PROJECTION.lockKey() + " granted",
                    "two-int " + LockSpace.STREAM.key() + " granted", "two-int " + LockSpace.STREAM.key() + " granted");

            waitsUntilCommitted(single, "release-lock-d", held, "one of the batch's streams waiting for its lock");
        } finally {
            batch.closeAndAwait();
            single.closeAndAwait();
        }
    }

    /**
     * {@code connection} asks for {@code stream}'s lock inside a transaction, waits while {@code held} holds it, and
     * gets it once {@code held} commits.
     */
    private static void waitsUntilCommitted(SqlConnection connection, String stream, Transaction held, String what) {
        Transaction same = connection.begin().await().atMost(WAIT);
        CompletableFuture<Void> waiting = ProjectionLock.sharedForStream(connection, stream)
                .subscribeAsCompletionStage();
        Poll.until(what, WAIT, () -> !waiting.isDone()
                && DB.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").execute()
                .await().atMost(WAIT).size() == 1);
        held.commit().await().atMost(WAIT);
        Uni.createFrom().completionStage(waiting).await().atMost(WAIT);
        same.rollback().await().atMost(WAIT);
    }

    /** The advisory locks of {@code connection}'s session, as "form first-key granted". */
    private static List<String> advisoryLocks(SqlConnection connection) {
        List<String> locks = new ArrayList<>();
        for (Row row : connection.query("""
                SELECT objsubid, classid::bigint AS high, objid::bigint AS low, granted FROM pg_locks
                WHERE locktype = 'advisory' AND pid = pg_backend_pid()""").execute().await().atMost(WAIT)) {
            long high = row.getLong("high");
            boolean oneBigint = row.getInteger("objsubid") == 1;
            locks.add((oneBigint ? "one-bigint " + (high << 32 | row.getLong("low")) : "two-int " + (int) high)
                    + (row.getBoolean("granted") ? " granted" : " waiting"));
        }
        return locks;
    }
}
