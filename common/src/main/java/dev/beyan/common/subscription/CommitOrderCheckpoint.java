package dev.beyan.common.subscription;

import dev.beyan.common.store.Checkpoint;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The place of a {@link Subscription.Scope#COMMIT_ORDER} subscription: the single row of its checkpoint table. */
public final class CommitOrderCheckpoint {
    private final String read;
    private final String save;

    public CommitOrderCheckpoint(Subscription subscription) {
        String table = subscription.require(Subscription.Scope.COMMIT_ORDER).checkpointTable();
        this.read = "SELECT tx_id::text AS tx, position FROM " + table + " WHERE id = 1";
        this.save = "UPDATE " + table + " SET tx_id = $1::text::xid8, position = $2 WHERE id = 1";
    }

    public Uni<Checkpoint> read(SqlClient client) {
        return client.query(read).execute().map(rows -> {
            Row row = rows.iterator().next();
            return new Checkpoint(Long.parseLong(row.getString("tx")), row.getLong("position"));
        });
    }

    public Uni<Void> save(SqlClient client, Checkpoint at) {
        return client.preparedQuery(save).execute(Tuple.of(Long.toString(at.txId()), at.position())).replaceWithVoid();
    }
}
