package dev.beyan.registry;

import dev.beyan.common.db.Migrations;
import dev.beyan.common.store.EventStoreSchema;
import dev.beyan.registry.projection.ReadModelSchema;

/**
 * Migrates both schemas, the event store's and then the read models', as the owner role, and exits: the
 * Kubernetes Job {@code beyan-migrate} runs it once per rollout from entity-service's image, so that no replica
 * migrates at start. Reads the same variables the services read for the same settings.
 */
public final class MigrateSchemas {
    private MigrateSchemas() {
    }

    public static void main(String[] args) {
        String url = required("BEYAN_DB_URL");
        String user = required("BEYAN_DB_OWNER_USER");
        String password = required("BEYAN_DB_OWNER_PASSWORD");
        Migrations.migrate(url, user, password, EventStoreSchema.SCHEMA, EventStoreSchema.migrations());
        Migrations.migrate(url, user, password, ReadModelSchema.SCHEMA, ReadModelSchema.migrations());
        System.out.println("schemas " + EventStoreSchema.SCHEMA + " and " + ReadModelSchema.SCHEMA + " are up to date");
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            System.err.println(name + " is not set");
            System.exit(2);
        }
        return value;
    }
}
