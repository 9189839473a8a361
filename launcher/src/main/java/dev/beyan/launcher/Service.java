package dev.beyan.launcher;

import dev.beyan.stack.DatabaseRoles;

/** The three services, in the order they start: ingest migrates the event store that the others read. */
public enum Service {
    INGEST("ingest-service", 8081, DatabaseRoles.INGEST_USER, DatabaseRoles.INGEST_PASSWORD),
    ENTITY("entity-service", 8082, DatabaseRoles.ENTITY_USER, DatabaseRoles.ENTITY_PASSWORD),
    QUERY("query-service", 8083, DatabaseRoles.QUERY_USER, DatabaseRoles.QUERY_PASSWORD);

    private final String module;
    private final int defaultPort;
    private final String dbUser;
    private final String dbPassword;

    Service(String module, int defaultPort, String dbUser, String dbPassword) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    String module() {
        return module;
    }

    int defaultPort() {
        return defaultPort;
    }

    String dbUser() {
        return dbUser;
    }

    String dbPassword() {
        return dbPassword;
    }

    /** {@code ingest}, as in {@code --ingest-port} and {@code BEYAN_INGEST_PORT}. */
    String shortName() {
        return module.substring(0, module.indexOf('-'));
    }
}
