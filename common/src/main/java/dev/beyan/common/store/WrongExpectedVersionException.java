package dev.beyan.common.store;

/** An append named a stream version that is no longer current: someone else wrote first. */
public final class WrongExpectedVersionException extends RuntimeException {
    private final String streamId;
    private final long expectedVersion;
    private final long actualVersion;

    public WrongExpectedVersionException(String streamId, long expectedVersion, long actualVersion) {
        super("stream " + streamId + " is at version " + actualVersion + ", not " + expectedVersion);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String streamId() {
        return streamId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
