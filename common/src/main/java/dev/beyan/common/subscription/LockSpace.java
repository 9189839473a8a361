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
    STREAM(0x6279_0002);

    private final int key;

    LockSpace(int key) {
        this.key = key;
    }

    /** The first key of every lock in this space. */
    public int key() {
        return key;
    }
}
