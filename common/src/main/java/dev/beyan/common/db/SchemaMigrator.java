package dev.beyan.common.db;

import jakarta.inject.Singleton;
import org.flywaydb.core.api.migration.JavaMigration;

import java.util.List;

/** Migrates schemas with the configured owner credentials, falling back to the datasource's. */
@Singleton
public class SchemaMigrator {
    private final DatabaseConfig config;
    private final DatasourceConnection datasource;

    public SchemaMigrator(DatabaseConfig config, DatasourceConnection datasource) {
        this.config = config;
        this.datasource = datasource;
    }

    public void migrate(String schema, List<JavaMigration> migrations) {
        if (config.enabled()) {
            Migrations.migrate(datasource.reactive().url(), config.username().orElse(datasource.username()),
                    config.password().orElse(datasource.password()), schema, migrations);
        }
    }
}
