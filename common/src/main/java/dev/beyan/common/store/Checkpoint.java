package dev.beyan.common.store;

/**
 * A place in the commit-ordered log: the writing transaction's id and the event's position. Tailing by position
 * alone would skip an event whose transaction took a low position but committed late; the pair does not.
 */
public record Checkpoint(long txId, long position) implements Comparable<Checkpoint> {
    public static final Checkpoint START = new Checkpoint(0, 0);

    @Override
    public int compareTo(Checkpoint other) {
        int byTx = Long.compare(txId, other.txId);
        return byTx != 0 ? byTx : Long.compare(position, other.position);
    }
}
