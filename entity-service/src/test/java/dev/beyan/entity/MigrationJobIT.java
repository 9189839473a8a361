package dev.beyan.entity;

import dev.beyan.common.store.EventStoreSchema;
import dev.beyan.common.testing.LocalServers;
import dev.beyan.registry.projection.ReadModelSchema;
import dev.beyan.stack.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes migration Job's command (k8s/base/migrate-job.yaml) on the packaged service: {@code java -cp
 * lib/main/* dev.beyan.registry.MigrateSchemas} with the owner's credentials migrates both schemas of an empty
 * database to their latest version, and a second run (the next rollout) changes nothing and succeeds.
 */
class MigrationJobIT {

    @Test
    void migratesBothSchemasOfAnEmptyDatabaseAndAgainChangesNothing() throws Exception {
        EmbeddedPostgresServer pg = LocalServers.postgres();
        String database = "beyan_job_" + Long.toHexString(System.nanoTime());
        try (Connection c = connect(pg.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String url = "postgresql://localhost:" + pg.port() + "/" + database;

        assertThat(runJob(url, "first")).as("exit status of the first run").isZero();
        assertThat(applied(pg, database, EventStoreSchema.SCHEMA)).isEqualTo(EventStoreSchema.migrations().size());
        assertThat(applied(pg, database, ReadModelSchema.SCHEMA)).isEqualTo(ReadModelSchema.migrations().size());

        assertThat(runJob(url, "second")).as("exit status of the second run").isZero();
        assertThat(applied(pg, database, EventStoreSchema.SCHEMA)).isEqualTo(EventStoreSchema.migrations().size());
        assertThat(applied(pg, database, ReadModelSchema.SCHEMA)).isEqualTo(ReadModelSchema.migrations().size());
    }

    private static int runJob(String url, String name) throws Exception {
        File log = new File("target/migration-job-" + name + ".log");
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java",
                "-cp", "target/quarkus-app/lib/main/*", "dev.beyan.registry.MigrateSchemas")
                .redirectErrorStream(true)
                .redirectOutput(log);
        pb.environment().put("BEYAN_DB_URL", url);
        pb.environment().put("BEYAN_DB_OWNER_USER", EmbeddedPostgresServer.SUPERUSER);
        pb.environment().put("BEYAN_DB_OWNER_PASSWORD", EmbeddedPostgresServer.PASSWORD);
        Process p = pb.start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the migration did not finish in 2 minutes: " + Files.readString(log.toPath()));
        }
        if (p.exitValue() != 0) {
            System.out.println(Files.readString(log.toPath()));
        }
        return p.exitValue();
    }

    private static int applied(EmbeddedPostgresServer pg, String database, String schema) throws SQLException {
        String jdbc = "jdbc:postgresql://localhost:" + pg.port() + "/" + database;
        try (Connection c = connect(jdbc); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + schema
                     + ".flyway_history WHERE success AND version IS NOT NULL")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD);
    }
}
