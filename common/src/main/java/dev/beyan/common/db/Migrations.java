package dev.beyan.common.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

import java.util.List;

/**
 * Runs a service's Flyway migrations for one schema. The migrations are Java classes holding their SQL in
 * text blocks, passed explicitly: no classpath scanning, so what runs is what the code says.
 */
public final class Migrations {
    private Migrations() {
    }

    /** Migrates {@code schema} through {@code migrations}, connecting with the given (owner) credentials. */
    public static void migrate(String reactiveUrl, String username, String password, String schema,
                               List<JavaMigration> migrations) {
        Flyway.configure()
                .dataSource(jdbcUrl(reactiveUrl), username, password)
                .schemas(schema)
                .createSchemas(true)
                .table("flyway_history")
                .locations(new String[0])
                .javaMigrations(migrations.toArray(JavaMigration[]::new))
                .load()
                .migrate();
    }

    /** {@code postgresql://host:port/db?x=y} to the JDBC form of the same address. */
    public static String jdbcUrl(String reactiveUrl) {
        return reactiveUrl.startsWith("jdbc:") ? reactiveUrl : "jdbc:" + reactiveUrl;
    }
}
