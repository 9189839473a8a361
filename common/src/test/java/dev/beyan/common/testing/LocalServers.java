package dev.beyan.common.testing;

import dev.beyan.stack.DatabaseRoles;
import dev.beyan.stack.EmbeddedKafkaBroker;
import dev.beyan.stack.EmbeddedPostgresServer;

/**
 * One real PostgreSQL and one real Kafka broker per test JVM, started on first use and shared by every test
 * class, because starting them costs seconds and tests isolate themselves by their own ids.
 */
public final class LocalServers {
    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaBroker kafka;

    private LocalServers() {
    }

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.startEphemeral();
            DatabaseRoles.ensure(postgres.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaBroker kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafkaBroker.startEphemeral();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
        }
        return kafka;
    }
}
