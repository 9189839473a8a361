package dev.beyan.query.ui;

import dev.beyan.common.db.Migrations;
import dev.beyan.common.json.EventCodec;
import dev.beyan.common.store.EventStoreSchema;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.testing.LocalServers;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.common.testing.TestTokens;
import dev.beyan.registry.analysis.ReleaseAnalyzer;
import dev.beyan.registry.pipeline.StreamProcessor;
import dev.beyan.registry.projection.ReadModelSchema;
import dev.beyan.registry.projection.ReleaseProjector;
import dev.beyan.stack.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

import java.util.Map;

/**
 * A database of its own on the shared embedded PostgreSQL for the browser test: it loads the seed and revises it,
 * which would move the counts the other query-service tests assert on their fixtures. Migrated as the owner, read
 * by the service as {@code beyan_query}, filled through the same stream processor entity-service runs.
 */
public class UiDatabase implements QuarkusTestResourceLifecycleManager {
    static final String NAME = "beyan_ui";
    private static Pipeline pipeline;
    private static String url;

    /** The event store and the stream processor over the test database, as its superuser. */
    record Pipeline(PgEventStore store, StreamProcessor processor) {
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.datasource.reactive.url", url(),
                "quarkus.datasource.username", "beyan_query",
                "quarkus.datasource.password", "beyan_query",
                "mp.jwt.verify.publickey.location", TestTokens.publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // the server is shared by every test class in this JVM and stops with it
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(4))
                    .connectingTo(PgConnectOptions.fromUri(url()).setUser(EmbeddedPostgresServer.SUPERUSER)
                            .setPassword(EmbeddedPostgresServer.PASSWORD))
                    .using(Vertx.vertx()).build();
            PgEventStore store = new PgEventStore(pool, EventCodec.current());
            pipeline = new Pipeline(store, new StreamProcessor(pool, store, new ReleaseAnalyzer(),
                    new ReleaseProjector()));
        }
        return pipeline;
    }

    /** Creates and migrates the database on first use; its reactive URL. */
    private static synchronized String url() {
        if (url != null) {
            return url;
        }
        EmbeddedPostgresServer pg = LocalServers.postgres();
        Pool admin = TestDatabase.superuserPool();
        try {
            boolean exists = admin.preparedQuery("SELECT 1 FROM pg_database WHERE datname = $1")
                    .execute(Tuple.of(NAME)).await().indefinitely().size() > 0;
            if (!exists) {
                admin.query("CREATE DATABASE " + NAME).execute().await().indefinitely();
            }
        } finally {
            admin.closeAndAwait();
        }
        String created = "postgresql://localhost:" + pg.port() + "/" + NAME;
        Migrations.migrate(created, EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD,
                EventStoreSchema.SCHEMA, EventStoreSchema.migrations());
        Migrations.migrate(created, EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD,
                ReadModelSchema.SCHEMA, ReadModelSchema.migrations());
        url = created;
        return url;
    }
}
