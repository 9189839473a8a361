package dev.beyan.launcher;

import dev.beyan.stack.DatabaseRoles;

/** The three services, in the order they start: ingest migrates the event store that the others read. */
public enum Service {
    INGEST("ingest-service", 8081, DatabaseRoles.INGEST_USER, DatabaseRoles.INGEST_PASSWORD, "512m"),
    ENTITY("entity-service", 8082, DatabaseRoles.ENTITY_USER, DatabaseRoles.ENTITY_PASSWORD, "768m"),
    QUERY("query-service", 8083, DatabaseRoles.QUERY_USER, DatabaseRoles.QUERY_PASSWORD, "512m");

    private final String module;
    private final int defaultPort;
    private final String dbUser;
    private final String dbPassword;
    private final String maxHeap;

    Service(String module, int defaultPort, String dbUser, String dbPassword, String maxHeap) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.maxHeap = maxHeap;
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

    /**
     * The {@code -Xmx} of its JVM: the heap its pod gets in k8s/ (JAVA_MAX_MEM_RATIO=50 of the container's memory
     * limit). Without it the JVM takes a quarter of the machine's memory, and a local stack's figures (peak RSS
     * above all) would say nothing of a pod's.
     */
    String maxHeap() {
        return maxHeap;
    }

    /** {@code ingest}, as in {@code --ingest-port} and {@code BEYAN_INGEST_PORT}. */
    String shortName() {
        return module.substring(0, module.indexOf('-'));
    }
}
