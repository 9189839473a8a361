package dev.beyan.common.subscription;

/**
 * Every reader that follows the event store, named once, with where it keeps its place and the PostgreSQL advisory
 * lock key it coordinates its instances by. The keys share the one-bigint lock space ("beyan" in ASCII, then a
 * number), so they are listed together here and a test holds them apart.
 *
 * <p>The two checkpoint schemes differ because the readers do: the relay publishes everything in commit order, so
 * one (transaction id, position) pair is its place ({@link CommitOrderCheckpoint}); the projector handles each
 * release's stream on its own and in parallel, so each stream has its version ({@link StreamCheckpoints}). Each
 * table sits in the schema of the service that owns it, so each service's role can write only its own.
 */
public enum Subscription {
    /**
     * ingest-service's relay, Kafka's only writer. The instance holding this key as a session lock is the leader and
     * the only one that publishes.
     */
    RELAY(0x6265_7961_6E_01L, Scope.COMMIT_ORDER, "eventstore.relay_checkpoint"),
    /**
     * entity-service's projector of the read models. Live projection holds this key shared, one transaction per
     * event; a rebuild holds it exclusively, so that it never sees a projection half-way.
     */
    PROJECTION(0x6265_7961_6E_02L, Scope.PER_STREAM, "readmodel.stream_checkpoints");

    /** How a subscription keeps its place. */
    public enum Scope {
        /** One place in the commit-ordered log of all streams. */
        COMMIT_ORDER,
        /** The last version handled, stream by stream. */
        PER_STREAM
    }

    private final long lockKey;
    private final Scope scope;
    private final String checkpointTable;

    Subscription(long lockKey, Scope scope, String checkpointTable) {
        this.lockKey = lockKey;
        this.scope = scope;
        this.checkpointTable = checkpointTable;
    }

    public long lockKey() {
        return lockKey;
    }

    public Scope scope() {
        return scope;
    }

    /** The schema-qualified table of its checkpoint (created by the owning service's migrations). */
    public String checkpointTable() {
        return checkpointTable;
    }

    /** Refuses a subscription that keeps its place another way: each checkpoint class reads one scheme. */
    Subscription require(Scope expected) {
        if (scope != expected) {
            throw new IllegalArgumentException(this + " keeps its checkpoint " + scope + ", not " + expected);
        }
        return this;
    }
}
