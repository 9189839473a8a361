package dev.beyan.entity;

import dev.beyan.common.db.Migrations;
import dev.beyan.common.testing.LocalServers;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.registry.projection.ReadModelSchema;
import dev.beyan.stack.DatabaseRoles;
import dev.beyan.stack.EmbeddedPostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each service's database role, as the migrations grant it, may do what its service does and nothing else: every
 * statement below that a role must not run fails with {@code insufficient_privilege}. Run in a transaction that
 * is rolled back, so the allowed ones leave nothing behind.
 */
class ServiceRolesTest {
    private static final String INGEST = DatabaseRoles.INGEST_USER;
    private static final String ENTITY = DatabaseRoles.ENTITY_USER;
    private static final String QUERY = DatabaseRoles.QUERY_USER;

    @BeforeAll
    static void migrateBothSchemas() {
        TestDatabase.migrateEventStore();
        Migrations.migrate(LocalServers.postgres().reactiveUrl(), EmbeddedPostgresServer.SUPERUSER,
                EmbeddedPostgresServer.PASSWORD, ReadModelSchema.SCHEMA, ReadModelSchema.migrations());
    }

    private static String append(String type) {
        return "INSERT INTO eventstore.events (stream_id, stream_version, event_id, type, schema_version, data, metadata)"
                + " VALUES ('release-roles-test', 1, gen_random_uuid(), '" + type + "', 1, '{}', '{}')";
    }

    private static String correct(String stream, String type) {
        return "INSERT INTO eventstore.events (stream_id, stream_version, event_id, type, schema_version, data, metadata)"
                + " VALUES ('" + stream + "', 1, gen_random_uuid(), '" + type + "', 1, '{}', '{}')";
    }

    static Stream<Arguments> forbidden() {
        return Stream.of(
                arguments(INGEST, append("ReleaseAnalyzed")),
                arguments(INGEST, correct("curation-officials", "OfficialsMerged")),
                arguments(INGEST, "UPDATE eventstore.events SET type = type"),
                arguments(INGEST, "DELETE FROM eventstore.events"),
                arguments(INGEST, "TRUNCATE eventstore.events"),
                arguments(INGEST, "ALTER TABLE eventstore.events DISABLE ROW LEVEL SECURITY"),
                arguments(INGEST, "DROP TABLE eventstore.events"),
                arguments(INGEST, "CREATE TABLE eventstore.extra (x int)"),
                arguments(INGEST, "CREATE TABLE public.extra (x int)"),
                arguments(INGEST, "SELECT count(*) FROM eventstore.flyway_history"),
                arguments(INGEST, "SELECT count(*) FROM readmodel.releases"),
                arguments(INGEST, "DELETE FROM readmodel.officials"),

                arguments(ENTITY, append("ReleaseReceived")),
                arguments(ENTITY, append("ReleaseRevised")),
                arguments(ENTITY, append("ReleaseRetracted")),
                arguments(ENTITY, append("OfficialsMerged")),
                arguments(ENTITY, "UPDATE eventstore.events SET type = type"),
                arguments(ENTITY, "DELETE FROM eventstore.events"),
                arguments(ENTITY, "TRUNCATE eventstore.events"),
                arguments(ENTITY, "UPDATE eventstore.relay_checkpoint SET position = position"),
                arguments(ENTITY, "DROP TABLE readmodel.releases"),
                arguments(ENTITY, "CREATE TABLE readmodel.extra (x int)"),
                arguments(ENTITY, "DELETE FROM readmodel.flyway_history"),

                arguments(QUERY, append("ReleaseReceived")),
                arguments(QUERY, append("ReleaseAnalyzed")),
                arguments(QUERY, correct("curation-officials", "OfficialSplit")),
                arguments(QUERY, "UPDATE eventstore.events SET type = type"),
                arguments(QUERY, "SELECT * FROM eventstore.relay_checkpoint"),
                arguments(QUERY, "UPDATE readmodel.releases SET title = title"),
                arguments(QUERY, "INSERT INTO readmodel.stream_checkpoints VALUES ('x', 1, 1)"),
                arguments(QUERY, "DELETE FROM readmodel.officials"),
                arguments(QUERY, "TRUNCATE readmodel.statements"),
                arguments(QUERY, "CREATE TABLE readmodel.extra (x int)"));
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                arguments(INGEST, append("ReleaseReceived")),
                arguments(INGEST, "SELECT count(*) FROM eventstore.events"),
                arguments(INGEST, "UPDATE eventstore.relay_checkpoint SET position = position"),

                arguments(ENTITY, append("ReleaseAnalyzed")),
                arguments(ENTITY, correct("curation-officials", "OfficialsMerged")),
                arguments(ENTITY, correct("curation-officials", "OfficialSplit")),
                arguments(ENTITY, "SELECT count(*) FROM eventstore.events"),
                arguments(ENTITY, "UPDATE readmodel.releases SET title = title"),
                arguments(ENTITY, "TRUNCATE readmodel.statements, readmodel.stream_checkpoints"),

                arguments(QUERY, "SELECT count(*) FROM eventstore.events"),
                arguments(QUERY, "SELECT count(*) FROM readmodel.releases"),
                arguments(QUERY, "SELECT count(*) FROM readmodel.statements"));
    }

    @ParameterizedTest(name = "{0} may not: {1}")
    @MethodSource("forbidden")
    void eachRoleIsRefusedWhatItsServiceDoesNotDo(String role, String sql) {
        SQLException refusal = catchThrowableOfType(SQLException.class, () -> runAndRollBack(role, sql));
        assertThat(refusal == null ? "no error" : refusal.getSQLState())
                .as(refusal == null ? "it ran" : refusal.getMessage()).isEqualTo("42501");
    }

    @ParameterizedTest(name = "{0} may: {1}")
    @MethodSource("allowed")
    void eachRoleMayDoWhatItsServiceDoes(String role, String sql) {
        assertThatCode(() -> runAndRollBack(role, sql)).doesNotThrowAnyException();
    }

    /** Each service role logs in with the local stack's password, which is its name. */
    private static void runAndRollBack(String role, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(LocalServers.postgres().jdbcUrl(), role, role)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            } finally {
                c.rollback();
            }
        }
    }
}
