package dev.beyan.common.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.beyan.common.event.DomainEvent;
import dev.beyan.common.event.EventTypes;
import dev.beyan.common.event.EventTypes.EventType;
import dev.beyan.common.json.EventCodec;
import dev.beyan.common.json.Json;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The event store on PostgreSQL through the reactive client; see {@link EventStoreSchema} for the table. */
public final class PgEventStore implements EventStore {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = """
            position, tx_id::text AS tx, stream_id, stream_version, event_id, type, schema_version,
            data::text AS data, metadata::text AS metadata, recorded_at""";

    private final Pool pool;
    private final EventCodec codec;

    public PgEventStore(Pool pool, EventCodec codec) {
        this.pool = pool;
        this.codec = codec;
    }

    /**
     * Tries the common case of one event first, in one statement and one commit: it goes in at the next version if
     * the stream is at the expected one, and the unique keys on (stream, version) and event id refuse a racing
     * writer or a retry. Only a refused or empty insert (and an append of several events) takes the full path in a
     * transaction, which tells a retry (idempotent) from a conflict.
     */
    @Override
    public Uni<AppendResult> append(String streamId, long expectedVersion, List<NewEvent> events) {
        if (events.size() != 1) {
            return pool.withTransaction(tx -> append(tx, streamId, expectedVersion, events));
        }
        return insertIfAtVersion(pool, List.of(new StreamAppend(streamId, expectedVersion, events.get(0))))
                .onFailure(WrongExpectedVersionException.class).recoverWithItem(Map.of())
                .flatMap(inserted -> inserted.size() == 1 ? Uni.createFrom().item(inserted.values().iterator().next())
                        : pool.withTransaction(tx -> append(tx, streamId, expectedVersion, events)));
    }

    /**
     * Appends one event to each of many streams in one statement, so a batch costs one commit. A stream that is
     * not at its expected version is left out (absent from the answer: decide it again alone); a racing writer or a
     * retried event id fails the whole statement with {@link WrongExpectedVersionException} and nothing is written.
     *
     * @return for each event written, by event id, its stream version and position
     */
    public Uni<Map<UUID, AppendResult>> appendToEach(List<StreamAppend> appends) {
        return appendToEach(pool, appends);
    }

    /** {@link #appendToEach(List)} through {@code client}: in the caller's transaction, when it is one. */
    public Uni<Map<UUID, AppendResult>> appendToEach(SqlClient client, List<StreamAppend> appends) {
        return appends.isEmpty() ? Uni.createFrom().item(Map.of()) : insertIfAtVersion(client, appends);
    }

    private Uni<Map<UUID, AppendResult>> insertIfAtVersion(SqlClient client, List<StreamAppend> appends) {
        int n = appends.size();
        String[] streams = new String[n];
        Long[] expected = new Long[n];
        UUID[] ids = new UUID[n];
        String[] types = new String[n];
        Integer[] schemaVersions = new Integer[n];
        String[] data = new String[n];
        String[] metadata = new String[n];
        for (int i = 0; i < n; i++) {
            StreamAppend a = appends.get(i);
            EventType type = EventTypes.of(a.event().event());
            streams[i] = a.streamId();
            expected[i] = a.expectedVersion();
            ids[i] = a.event().eventId();
            types[i] = type.name();
            schemaVersions[i] = type.schemaVersion();
            data[i] = codec.encode(a.event().event());
            metadata[i] = toJson(a.event().metadata());
        }
        // a row goes in only where its expected version is the stream's newest (0: no stream yet), so a stale
        // expectation is left out and one ahead of the stream can never leave a gap; the unique keys catch a
        // writer that commits in between
        return client.preparedQuery("""
                        INSERT INTO eventstore.events (stream_id, stream_version, event_id, type, schema_version, data, metadata)
                        SELECT a.stream_id, a.expected + 1, a.event_id, a.type, a.schema_version, a.data::jsonb,
                               a.metadata::jsonb
                        FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::text[], $5::int[], $6::text[], $7::text[])
                             WITH ORDINALITY AS a(stream_id, expected, event_id, type, schema_version, data, metadata, n)
                        WHERE (a.expected = 0 OR EXISTS (SELECT 1 FROM eventstore.events e
                                                         WHERE e.stream_id = a.stream_id AND e.stream_version = a.expected))
                          AND NOT EXISTS (SELECT 1 FROM eventstore.events e
                                          WHERE e.stream_id = a.stream_id AND e.stream_version > a.expected)
                        ORDER BY a.n
                        RETURNING event_id, stream_version, position""")
                .execute(Tuple.tuple(List.of(streams, expected, ids, types, schemaVersions, data, metadata)))
                .map(rows -> {
                    Map<UUID, AppendResult> written = new HashMap<>();
                    for (Row r : rows) {
                        written.put(r.getUUID("event_id"), new AppendResult(r.getLong("stream_version"),
                                r.getLong("position"), false));
                    }
                    return written;
                })
                .onFailure(PgException.class).transform(e -> translate((PgException) e, appends.get(0).streamId(),
                        appends.get(0).expectedVersion()));
    }

    @Override
    public Uni<AppendResult> append(SqlConnection tx, String streamId, long expectedVersion, List<NewEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        UUID[] ids = events.stream().map(NewEvent::eventId).toArray(UUID[]::new);
        return tx.preparedQuery("SELECT max(stream_version) AS v, max(position) AS p, count(*) AS n "
                        + "FROM eventstore.events WHERE event_id = ANY($1)")
                .execute(Tuple.of(ids))
                .flatMap(rows -> {
                    Row row = rows.iterator().next();
                    long already = row.getLong("n");
                    if (already == events.size()) {
                        return Uni.createFrom().item(new AppendResult(row.getLong("v"), row.getLong("p"), true));
                    }
                    return currentVersion(tx, streamId).flatMap(actual -> {
                        if (actual != expectedVersion || already > 0) {
                            throw new WrongExpectedVersionException(streamId, expectedVersion, actual);
                        }
                        return insertAll(tx, streamId, expectedVersion, events);
                    });
                })
                .onFailure(PgException.class).transform(e -> translate((PgException) e, streamId, expectedVersion));
    }

    private Uni<Long> currentVersion(SqlClient client, String streamId) {
        return client.preparedQuery("SELECT coalesce(max(stream_version), 0) AS v FROM eventstore.events WHERE stream_id = $1")
                .execute(Tuple.of(streamId))
                .map(rows -> rows.iterator().next().getLong("v"));
    }

    private Uni<AppendResult> insertAll(SqlConnection tx, String streamId, long expectedVersion, List<NewEvent> events) {
        String sql = """
                INSERT INTO eventstore.events (stream_id, stream_version, event_id, type, schema_version, data, metadata)
                VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb) RETURNING position""";
        List<Tuple> batch = new ArrayList<>(events.size());
        long version = expectedVersion;
        for (NewEvent e : events) {
            EventType type = EventTypes.of(e.event());
            batch.add(Tuple.tuple(List.of(streamId, ++version, e.eventId(), type.name(), type.schemaVersion(),
                    codec.encode(e.event()), toJson(e.metadata()))));
        }
        long lastVersion = version;
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(t -> tx.preparedQuery(sql).execute(t))
                .collect().last()
                .map(rows -> new AppendResult(lastVersion, rows.iterator().next().getLong("position"), false));
    }

    private RuntimeException translate(PgException e, String streamId, long expectedVersion) {
        if (UNIQUE_VIOLATION.equals(e.getSqlState())) {
            // another writer took this version (or these event ids) between our check and our insert
            return new WrongExpectedVersionException(streamId, expectedVersion, -1);
        }
        return e;
    }

    @Override
    public Uni<List<RecordedEvent>> readStream(String streamId) {
        return readStreamUpTo(streamId, Long.MAX_VALUE);
    }

    /** The stream's events after {@code afterVersion}, through {@code client}: a transaction sees its own appends. */
    public Uni<List<RecordedEvent>> readStreamAfter(SqlClient client, String streamId, long afterVersion) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM eventstore.events "
                        + "WHERE stream_id = $1 AND stream_version > $2 ORDER BY stream_version")
                .execute(Tuple.of(streamId, afterVersion))
                .map(this::toEvents);
    }

    @Override
    public Uni<List<RecordedEvent>> readStreamUpTo(String streamId, long position) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM eventstore.events "
                        + "WHERE stream_id = $1 AND position <= $2 ORDER BY stream_version")
                .execute(Tuple.of(streamId, position))
                .map(this::toEvents);
    }

    @Override
    public <E extends DomainEvent> Uni<List<DecodedEvent<E>>> readStream(String streamId, long afterVersion,
                                                                        Class<E> kind) {
        return readStreamAfter(pool, streamId, afterVersion).map(events -> decode(events, kind));
    }

    @Override
    public <E extends DomainEvent> Uni<List<DecodedEvent<E>>> readStreamUpTo(String streamId, long position,
                                                                            Class<E> kind) {
        return readStreamUpTo(streamId, position).map(events -> decode(events, kind));
    }

    /** Many streams in one query, each in version order and decoded to {@code kind}; a stream with no events is absent. */
    public <E extends DomainEvent> Uni<Map<String, List<DecodedEvent<E>>>> readStreams(List<String> streamIds,
                                                                                      Class<E> kind) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM eventstore.events WHERE stream_id = ANY($1) "
                        + "ORDER BY stream_id, stream_version")
                .execute(Tuple.of(streamIds.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, List<DecodedEvent<E>>> streams = new HashMap<>();
                    for (DecodedEvent<E> e : decode(toEvents(rows), kind)) {
                        streams.computeIfAbsent(e.streamId(), k -> new ArrayList<>()).add(e);
                    }
                    return streams;
                });
    }

    @Override
    public Uni<List<RecordedEvent>> readAll(Checkpoint after, int limit) {
        return readAll(pool, after, limit);
    }

    /** {@link #readAll(Checkpoint, int)} on a given client, e.g. a connection that holds a lock. */
    public Uni<List<RecordedEvent>> readAll(SqlClient client, Checkpoint after, int limit) {
        // Only transactions older than every transaction still running are safe to pass: a younger
        // in-flight one may yet commit an event that sorts before the ones we would return.
        return client.preparedQuery("SELECT " + COLUMNS + " FROM eventstore.events "
                        + "WHERE (tx_id, position) > ($1::text::xid8, $2) "
                        + "AND tx_id < pg_snapshot_xmin(pg_current_snapshot()) "
                        + "ORDER BY tx_id, position LIMIT $3")
                .execute(Tuple.of(Long.toString(after.txId()), after.position(), limit))
                .map(this::toEvents);
    }

    /** {@link #readAll(SqlClient, Checkpoint, int)} decoded to {@code kind}, e.g. {@link DomainEvent} for every stream. */
    public <E extends DomainEvent> Uni<List<DecodedEvent<E>>> readAll(SqlClient client, Checkpoint after, int limit,
                                                                     Class<E> kind) {
        return readAll(client, after, limit).map(events -> decode(events, kind));
    }

    @Override
    public Uni<Long> headPosition() {
        return pool.query("SELECT coalesce(max(position), 0) AS p FROM eventstore.events").execute()
                .map(rows -> rows.iterator().next().getLong("p"));
    }

    private List<RecordedEvent> toEvents(RowSet<Row> rows) {
        List<RecordedEvent> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new RecordedEvent(r.getLong("position"), Long.parseLong(r.getString("tx")),
                    r.getString("stream_id"), r.getLong("stream_version"), r.getUUID("event_id"),
                    r.getString("type"), r.getInteger("schema_version"), r.getString("data"),
                    fromJson(r.getString("metadata")), r.getOffsetDateTime("recorded_at").toInstant()));
        }
        return out;
    }

    /** Decodes each event once, here, through the codec's upcasters. */
    private <E extends DomainEvent> List<DecodedEvent<E>> decode(List<RecordedEvent> events, Class<E> kind) {
        List<DecodedEvent<E>> out = new ArrayList<>(events.size());
        for (RecordedEvent e : events) {
            DomainEvent event = codec.decode(e.type(), e.schemaVersion(), e.data());
            if (!kind.isInstance(event)) {
                throw new IllegalStateException("stream " + e.streamId() + " holds a " + e.type() + " at version "
                        + e.streamVersion() + ", not a " + kind.getSimpleName());
            }
            out.add(new DecodedEvent<>(e, kind.cast(event)));
        }
        return out;
    }

    public EventCodec codec() {
        return codec;
    }

    private static String toJson(EventMetadata metadata) {
        try {
            return Json.MAPPER.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EventMetadata fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, EventMetadata.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

}
