package dev.beyan.common.testing;

import dev.beyan.common.db.Migrations;
import dev.beyan.common.store.EventStoreSchema;
import dev.beyan.stack.DatabaseRoles;
import dev.beyan.stack.EmbeddedPostgresServer;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;


/** Reactive pools on the shared embedded PostgreSQL for plain JUnit tests of store code. */
public final class TestDatabase {
    private static final Vertx VERTX = Vertx.vertx();

    private TestDatabase() {
    }

    /** Migrates the event store schema (as the owner) and returns a pool that connects as ingest-service's role. */
    public static Pool eventStorePool() {
        migrateEventStore();
        return pool(DatabaseRoles.INGEST_USER, DatabaseRoles.INGEST_PASSWORD);
    }

    public static void migrateEventStore() {
        EmbeddedPostgresServer pg = LocalServers.postgres();
        Migrations.migrate(pg.reactiveUrl(), EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD,
                EventStoreSchema.SCHEMA, EventStoreSchema.migrations());
    }

    public static Pool pool(String user, String password) {
        PgConnectOptions options = PgConnectOptions.fromUri(LocalServers.postgres().reactiveUrl())
                .setUser(user).setPassword(password);
        return PgBuilder.pool().with(new PoolOptions().setMaxSize(8)).connectingTo(options).using(VERTX).build();
    }

    public static Pool superuserPool() {
        return pool(EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD);
    }
}
