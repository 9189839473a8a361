package dev.beyan.registry.pipeline;

import dev.beyan.common.subscription.LockSpace;
import dev.beyan.common.subscription.Subscription;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.Collection;

/**
 * A transaction-scoped advisory lock between live projection (shared: many may project at once, per stream)
 * and a rebuild (exclusive: it replaces every table and must see no projection half-way), on the key of the
 * {@link Subscription#PROJECTION} subscription.
 */
public final class ProjectionLock {
    private static final long KEY = Subscription.PROJECTION.lockKey();
    private static final int STREAMS = LockSpace.STREAM.key();

    private ProjectionLock() {
    }

    /**
     * Takes the projection lock shared, then the stream's lock ({@link LockSpace#STREAM}), in one statement. The
     * stream's lock serialises the transactions of one stream, so that messages may be handled in parallel (a
     * redelivered or duplicated one racing its original) while each stream is still projected one event at a time.
     */
    public static Uni<Void> sharedForStream(SqlConnection tx, String streamId) {
        // the target list is evaluated left to right: shared first, as every projection takes them
        return tx.preparedQuery("SELECT pg_advisory_xact_lock_shared($1), pg_advisory_xact_lock($2, hashtext($3))")
                .execute(Tuple.of(KEY, STREAMS, streamId))
                .replaceWithVoid();
    }

    /**
     * Takes the projection lock shared, then the locks of many streams (the keys {@link #sharedForStream} takes), in one
     * statement: a batch of messages. The streams' locks are taken in ascending key order (the null first stands for the shared lock; the aggregate calls
     * the function row by row, in the sorted order), so two batches sharing streams never wait on each other in a ring.
     */
    public static Uni<Void> sharedForStreams(SqlConnection tx, Collection<String> streamIds) {
        String[] streams = new String[streamIds.size() + 1];
        int i = 1;
        for (String s : streamIds) {
            streams[i++] = s;
        }
        return tx.preparedQuery("""
                        SELECT count(CASE WHEN s IS NULL THEN pg_advisory_xact_lock_shared($1)
                                          ELSE pg_advisory_xact_lock($2, hashtext(s)) END)
                        FROM (SELECT s FROM unnest($3::text[]) AS s ORDER BY hashtext(s) NULLS FIRST) AS t""")
                .execute(Tuple.of(KEY, STREAMS, streams))
                .replaceWithVoid();
    }

    public static Uni<Void> exclusive(SqlConnection tx) {
        return tx.preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(KEY)).replaceWithVoid();
    }
}
