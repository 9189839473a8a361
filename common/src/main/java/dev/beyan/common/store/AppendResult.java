package dev.beyan.common.store;

/**
 * The outcome of an append: the stream's version and the global position of its last event after the append.
 * {@code duplicate} is true when the events were already stored (a retried append) and nothing was written.
 */
public record AppendResult(long version, long position, boolean duplicate) {
}
