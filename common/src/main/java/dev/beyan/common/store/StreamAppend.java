package dev.beyan.common.store;

/** One event for one stream, appended if the stream is still at {@code expectedVersion} (0: a new stream). */
public record StreamAppend(String streamId, long expectedVersion, NewEvent event) {
}
