package dev.beyan.query;

import dev.beyan.common.db.Migrations;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.json.EventCodec;
import dev.beyan.common.store.AppendResult;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.testing.LocalServers;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.registry.analysis.ReleaseAnalyzer;
import dev.beyan.registry.pipeline.StreamProcessor;
import dev.beyan.registry.projection.ReadModelSchema;
import dev.beyan.registry.projection.ReleaseProjector;
import dev.beyan.stack.EmbeddedPostgresServer;
import io.vertx.mutiny.sqlclient.Pool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Fills the real database once per test JVM through the real pipeline: the read-model schema migrated as its
 * owner, {@code ReleaseReceived} and {@code ReleaseRevised} events appended as the application role, and each
 * stream analysed and projected by the same {@link StreamProcessor} entity-service runs. The texts are this
 * project's own fixtures ({@code src/test/resources/fixtures}).
 */
public final class Registry {
    public static final String ASLANOGLU = "a000000000000001";
    public static final String DOGRUER = "a000000000000002";
    public static final String ERKOL = "a000000000000003";
    public static final String SAKARSU = "a000000000000004";
    /** Releases with no analysable content, enough to page through. */
    public static final int FILLER = 7;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Where the revised release stood before its revision: the state a time traveller must see. */
    public record Revision(long receivedPosition, Instant beforeReceived, Instant betweenVersions,
                           long revisedPosition) {
    }

    private static Revision revision;
    private static Pipeline pipeline;

    /** The event store and the stream processor, over the application role's pool. */
    public record Pipeline(PgEventStore store, StreamProcessor processor) {
    }

    private Registry() {
    }

    public static synchronized Revision load() {
        if (revision != null) {
            return revision;
        }
        PgEventStore store = pipeline().store();
        StreamProcessor processor = pipeline().processor();

        for (int i = 1; i <= FILLER; i++) {
            String id = "f00000000000000" + i;
            receive(store, id, "(İSTANBUL)- Dolgu bülteni " + i + ": haftalık toplantı notları paylaşıldı.",
                    "2024-01-0" + i, "filler");
            processor.catchUp(ReleaseEvent.streamId(id));
        }
        receive(store, ASLANOGLU, fixture("r1.txt"), "2024-04-10", "chp");
        receive(store, SAKARSU, fixture("r4.txt"), "2024-04-20", "chp");
        receive(store, DOGRUER, fixture("r2.txt"), "2024-05-02", "iyi");
        Instant beforeReceived = Instant.now();
        pause();
        long receivedAt = receive(store, ERKOL, fixture("r3.txt"), "2024-06", "chp").position();
        processor.catchUp(ReleaseEvent.streamId(ERKOL));
        pause();
        Instant between = Instant.now();
        pause();
        String revised = fixture("r3-revised.txt");
        long revisedAt = append(store, ERKOL, 2, new ReleaseRevised(ERKOL, revised, sha256(revised),
                "Keçiören eklendi")).position();
        for (String id : List.of(ASLANOGLU, SAKARSU, DOGRUER, ERKOL)) {
            processor.catchUp(ReleaseEvent.streamId(id));
        }
        revision = new Revision(receivedAt, beforeReceived, between, revisedAt);
        return revision;
    }

    /** The id of the official an old name-based id points to, as the API answers it (a 301). */
    public static String official(String nameKey) {
        return given().redirects().follow(false).get("/v1/officials/" + nameKey).then().statusCode(301).extract()
                .path("movedTo");
    }

    /** Migrates the event store and the read models (as their owner) once, and builds the pipeline. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            EmbeddedPostgresServer pg = LocalServers.postgres();
            TestDatabase.migrateEventStore();
            Migrations.migrate(pg.reactiveUrl(), EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD,
                    ReadModelSchema.SCHEMA, ReadModelSchema.migrations());
            // as the superuser: these fixtures append release changes and analyses alike, which no one service role may
            Pool pool = TestDatabase.superuserPool();
            PgEventStore store = new PgEventStore(pool, EventCodec.current());
            pipeline = new Pipeline(store, new StreamProcessor(pool, store, new ReleaseAnalyzer(), new ReleaseProjector()));
        }
        return pipeline;
    }

    public static AppendResult receive(PgEventStore store, String id, String text, String publishedAt,
                                        String category) {
        int paren = text.indexOf(")-");
        String dateline = text.startsWith("(") && paren > 0 ? text.substring(1, paren) : null;
        return append(store, id, 0, new ReleaseReceived(id, text, sha256(text), "fixture-" + id, "fixtures",
                null, publishedAt, category, dateline, null));
    }

    private static AppendResult append(PgEventStore store, String id, long expected, ReleaseEvent event) {
        EventMetadata metadata = new EventMetadata(UUID.randomUUID().toString(), null, "query-service-tests", null);
        return store.append(ReleaseEvent.streamId(id), expected, List.of(new NewEvent(UUID.randomUUID(), event, metadata)))
                .await().atMost(TIMEOUT);
    }

    public static String fixture(String name) {
        try (InputStream in = Registry.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets the clock move on, so that instants taken around an append fall cleanly before or after it. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
