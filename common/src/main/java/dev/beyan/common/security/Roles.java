package dev.beyan.common.security;

/** The roles a token's {@code groups} claim may grant. */
public final class Roles {
    /** Submit, revise and retract releases (ingest-service). */
    public static final String INGEST = "ingest";
    /** Rebuild and re-analyse the registry (entity-service). */
    public static final String ADMIN = "admin";
    /** Correct the registry: merge and split officials (entity-service). */
    public static final String EDITOR = "editor";
    /** Read the registry when query-service is set to require it. */
    public static final String READ = "read";

    private Roles() {
    }
}
