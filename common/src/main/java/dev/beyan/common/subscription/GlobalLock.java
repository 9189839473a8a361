package dev.beyan.common.subscription;

/**
 * The PostgreSQL advisory locks of the one-bigint form that are not a subscription's, in the same range as
 * {@link Subscription}'s keys ("beyan" in ASCII, then a number); a test holds them apart from those.
 */
public enum GlobalLock {
    /**
     * The corrections gate: held shared by every transaction that takes {@link LockSpace#NAME_BLOCK} locks, and
     * exclusively by an editor's correction (which may tie any block to any other) or a rebuild's resolution of
     * every block.
     */
    CORRECTIONS_GATE(0x6265_7961_6E_04L);

    private final long key;

    GlobalLock(long key) {
        this.key = key;
    }

    public long key() {
        return key;
    }
}
