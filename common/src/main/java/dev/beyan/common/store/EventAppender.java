package dev.beyan.common.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;

/** Appends to one stream if it is still at the expected version (0 for a stream that does not exist yet). */
public interface EventAppender {

    Uni<AppendResult> append(String streamId, long expectedVersion, List<NewEvent> events);

    /** The same, inside a transaction the caller owns, so that other writes commit or fail with the events. */
    Uni<AppendResult> append(SqlConnection transaction, String streamId, long expectedVersion, List<NewEvent> events);
}
