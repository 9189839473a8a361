package dev.beyan.query.official;

/** Thrown where an official id names no official but points to one or more: answered 301 or 300. */
public final class OfficialMovedException extends RuntimeException {
    private final transient OfficialMoved moved;

    OfficialMovedException(OfficialMoved moved) {
        super(moved.id() + " moved");
        this.moved = moved;
    }

    public OfficialMoved moved() {
        return moved;
    }
}
