package dev.beyan.common.db;

/**
 * The PostgreSQL notification channel on which the read models announce each committed change: every
 * transaction that moves a stream checkpoint in {@code readmodel.stream_checkpoints} notifies it once, at commit
 * (entity-service's schema owns the trigger), and query-service listens to drop the answers it cached.
 */
public final class ReadModelChanges {
    public static final String CHANNEL = "beyan_readmodel_changed";

    private ReadModelChanges() {
    }
}
