package dev.beyan.common.subscription;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The places of a {@link Subscription.Scope#PER_STREAM} subscription: per stream, the last version handled and its
 * global position. Advancing is an upsert, in the transaction that did the work, so the two commit together.
 */
public final class StreamCheckpoints {
    private final String version;
    private final String versions;
    private final String advance;
    private final String advanceAll;

    public StreamCheckpoints(Subscription subscription) {
        String table = subscription.require(Subscription.Scope.PER_STREAM).checkpointTable();
        String upsert = " ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, position = excluded.position";
        this.version = "SELECT version FROM " + table + " WHERE stream_id = $1";
        this.versions = "SELECT stream_id, version FROM " + table + " WHERE stream_id = ANY($1)";
        this.advance = "INSERT INTO " + table + " (stream_id, version, position) VALUES ($1, $2, $3)" + upsert;
        this.advanceAll = "INSERT INTO " + table + " (stream_id, version, position)"
                + " SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[])" + upsert;
    }

    /** The version up to which {@code streamId} is handled; 0 when none is. */
    public Uni<Long> version(SqlClient client, String streamId) {
        return client.preparedQuery(version).execute(Tuple.of(streamId))
                .map(rows -> rows.size() == 0 ? 0L : rows.iterator().next().getLong("version"));
    }

    /** The versions up to which each of {@code streamIds} is handled, in one statement; a stream none is absent. */
    public Uni<Map<String, Long>> versions(SqlClient client, Collection<String> streamIds) {
        return client.preparedQuery(versions).execute(Tuple.of(streamIds.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Long> handled = new HashMap<>();
                    for (Row row : rows) {
                        handled.put(row.getString("stream_id"), row.getLong("version"));
                    }
                    return handled;
                });
    }

    public Uni<Void> advance(SqlClient client, String streamId, long version, long position) {
        return client.preparedQuery(advance).execute(Tuple.of(streamId, version, position)).replaceWithVoid();
    }

    /** Advances many streams in one statement: {@code columns} holds their ids, versions and positions as arrays. */
    public Uni<Void> advanceAll(SqlClient client, Tuple columns) {
        return client.preparedQuery(advanceAll).execute(columns).replaceWithVoid();
    }
}
