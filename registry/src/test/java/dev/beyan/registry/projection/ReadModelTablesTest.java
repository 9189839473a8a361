package dev.beyan.registry.projection;

import dev.beyan.common.db.Migrations;
import dev.beyan.common.store.EventStoreSchema;
import dev.beyan.common.testing.LocalServers;
import dev.beyan.stack.EmbeddedPostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The description of the read models ({@link ReadModelTables}), the rebuild's table list and the lag query agree with
 * the schema the migrations make on a real PostgreSQL.
 */
class ReadModelTablesTest {
    private static final Set<String> NOT_COLUMNS = Set.of("TABLE", "QUALIFIED");

    @BeforeAll
    static void migrate() {
        EmbeddedPostgresServer pg = LocalServers.postgres();
        Migrations.migrate(pg.reactiveUrl(), EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD,
                EventStoreSchema.SCHEMA, EventStoreSchema.migrations());
        Migrations.migrate(pg.reactiveUrl(), EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD,
                ReadModelSchema.SCHEMA, ReadModelSchema.migrations());
    }

    @Test
    void namesEveryTableAndEveryColumnTheMigrationsMake() throws Exception {
        assertThat(described()).isEqualTo(migrated());
    }

    @Test
    void aRebuildEmptiesEveryTableButTheGazetteers() throws Exception {
        Set<String> tables = new TreeSet<>();
        for (String table : migrated().keySet()) {
            tables.add(ReadModelSchema.SCHEMA + "." + table);
        }
        assertThat(ReadModelSchema.PROJECTED_TABLES).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(ReadModelSchema.GAZETTEER_TABLES);
        Set<String> handled = new TreeSet<>(ReadModelSchema.PROJECTED_TABLES);
        handled.addAll(ReadModelSchema.GAZETTEER_TABLES);
        assertThat(handled).isEqualTo(tables);
    }

    @Test
    void theRebuildsResetAndTheLagQueryRunOnTheSchema() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(ReadModelSchema.RESET_FOR_REBUILD);
            try (ResultSet lag = s.executeQuery(ReadModelSchema.PROJECTION_LAG)) {
                assertThat(lag.next()).isTrue();
                assertThat(lag.getLong("lag")).isNotNegative();
            }
            c.rollback();
        }
    }

    /** Table name to column names, from the constants of each nested class of {@link ReadModelTables}. */
    private static Map<String, Set<String>> described() throws ReflectiveOperationException {
        Map<String, Set<String>> tables = new TreeMap<>();
        for (Class<?> table : ReadModelTables.class.getDeclaredClasses()) {
            Set<String> columns = new TreeSet<>();
            List<String> declared = new ArrayList<>();
            for (Field f : table.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                        && !NOT_COLUMNS.contains(f.getName())) {
                    declared.add((String) f.get(null));
                }
            }
            columns.addAll(declared);
            assertThat(new HashSet<>(declared)).as("columns of %s named once", table.getSimpleName())
                    .hasSameSizeAs(declared);
            assertThat(table.getDeclaredField("QUALIFIED").get(null))
                    .isEqualTo(ReadModelSchema.SCHEMA + "." + table.getDeclaredField("TABLE").get(null));
            tables.put((String) table.getDeclaredField("TABLE").get(null), columns);
        }
        return tables;
    }

    /** Table name to column names of the migrated schema, Flyway's own history left out. */
    private static Map<String, Set<String>> migrated() throws SQLException {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT table_name, column_name FROM information_schema.columns
                     WHERE table_schema = 'readmodel' AND table_name <> 'flyway_history'""")) {
            while (r.next()) {
                tables.computeIfAbsent(r.getString(1), t -> new TreeSet<>()).add(r.getString(2));
            }
        }
        return tables;
    }

    private static Connection connect() throws SQLException {
        EmbeddedPostgresServer pg = LocalServers.postgres();
        return DriverManager.getConnection(pg.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER,
                EmbeddedPostgresServer.PASSWORD);
    }
}
