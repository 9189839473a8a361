package dev.beyan.common.db;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.migration.JavaMigration;

import java.util.List;

/** Migrates schemas with the configured owner credentials, falling back to the datasource's. */
@Singleton
public class SchemaMigrator {
    private final DatabaseConfig config;
    private final String url;
    private final String username;
    private final String password;

    public SchemaMigrator(DatabaseConfig config,
                          @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                          @ConfigProperty(name = "quarkus.datasource.username") String username,
                          @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.config = config;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public void migrate(String schema, List<JavaMigration> migrations) {
        if (config.enabled()) {
            Migrations.migrate(url, config.username().orElse(username), config.password().orElse(password),
                    schema, migrations);
        }
    }
}
