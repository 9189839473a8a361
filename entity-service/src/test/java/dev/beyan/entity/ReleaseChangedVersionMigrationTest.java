package dev.beyan.entity;

import dev.beyan.common.db.Migrations;
import dev.beyan.common.store.EventStoreSchema;
import dev.beyan.common.testing.LocalServers;
import dev.beyan.registry.projection.ReadModelSchema;
import dev.beyan.stack.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V8 fills {@code changed_version} of the rows projected before it from their streams: the version of the
 * latest event a client made, an analysis appended since being none.
 */
class ReleaseChangedVersionMigrationTest {

    @Test
    void fillsTheVersionOfTheLatestChangeFromEachReleasesStream() throws Exception {
        EmbeddedPostgresServer pg = LocalServers.postgres();
        String database = "beyan_v8_" + Long.toHexString(System.nanoTime());
        try (Connection c = connect(pg.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String url = "postgresql://localhost:" + pg.port() + "/" + database;
        Migrations.migrate(url, EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD,
                EventStoreSchema.SCHEMA, EventStoreSchema.migrations());
        Migrations.migrate(url, EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD,
                ReadModelSchema.SCHEMA, ReadModelSchema.migrations().subList(0, 7));

        try (Connection c = connect(Migrations.jdbcUrl(url)); Statement s = c.createStatement()) {
            // "analysed": received, then analysed; "withdrawn": received, analysed, retracted
            s.execute("""
                    INSERT INTO eventstore.events (stream_id, stream_version, event_id, type, schema_version, data,
                      metadata)
                    VALUES ('release-analysed', 1, gen_random_uuid(), 'ReleaseReceived', 1, '{}', '{}'),
                           ('release-analysed', 2, gen_random_uuid(), 'ReleaseAnalyzed', 1, '{}', '{}'),
                           ('release-withdrawn', 1, gen_random_uuid(), 'ReleaseReceived', 1, '{}', '{}'),
                           ('release-withdrawn', 2, gen_random_uuid(), 'ReleaseAnalyzed', 1, '{}', '{}'),
                           ('release-withdrawn', 3, gen_random_uuid(), 'ReleaseRetracted', 1, '{}', '{}');
                    INSERT INTO readmodel.releases (id, text, text_sha256, text_version, version, status, received_at,
                      updated_at, last_position)
                    VALUES ('analysed', 'Metin', 'a', 1, 2, 'active', now(), now(), 2),
                           ('withdrawn', 'Metin', 'b', 1, 3, 'retracted', now(), now(), 5)""");
        }
        Migrations.migrate(url, EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD,
                ReadModelSchema.SCHEMA, ReadModelSchema.migrations());

        Map<String, Long> changed = new TreeMap<>();
        try (Connection c = connect(Migrations.jdbcUrl(url)); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, changed_version FROM readmodel.releases")) {
            while (r.next()) {
                changed.put(r.getString("id"), r.getLong("changed_version"));
            }
        }
        assertThat(changed).containsExactlyEntriesOf(new TreeMap<>(Map.of("analysed", 1L, "withdrawn", 3L)));
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD);
    }
}
