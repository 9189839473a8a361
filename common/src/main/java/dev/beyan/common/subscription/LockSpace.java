package dev.beyan.common.subscription;

/**
 * The PostgreSQL advisory locks of the two-int form ({@code pg_advisory_xact_lock(space, key)}) that are not a
 * subscription's: each space is a first key, named once here, and its second key is what it locks (a stream, an
 * official...). PostgreSQL keeps the two-int form apart from the one-bigint form of {@link Subscription}'s keys, so
 * a hashed second key can never take a subscription's lock; the spaces share a prefix ("by" in ASCII, then a number)
 * and a test holds them apart.
 */
public enum LockSpace {
    /**
     * One release stream, while a transaction projects it, keyed by {@code hashtext(stream_id)}: messages are handled
     * in parallel, and this keeps each stream's events in order. Two streams whose ids hash alike merely take turns.
     */
    STREAM(0x6279_0002),
    /**
     * One aggregate (an official's counts, a province's, a district's), keyed by a hash of its kind and id, from its
     * recomputation to the commit: two transactions touching the same aggregate take turns, so the later one counts
     * what the earlier one committed; those that share none project at the same time.
     */
    AGGREGATE(0x6279_0003),
    /**
     * One name block of identity resolution (the people who may be the same), keyed by a hash of the block: the
     * projections whose blocks differ resolve at the same time. Taken under {@link GlobalLock#CORRECTIONS_GATE}.
     */
    NAME_BLOCK(0x6279_0004);

    private final int key;

    LockSpace(int key) {
        this.key = key;
    }

    /** The first key of every lock in this space. */
    public int key() {
        return key;
    }
}
