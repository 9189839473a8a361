package dev.beyan.common.store;

/** The whole event store: append, read a stream, read all from a checkpoint. */
public interface EventStore extends EventAppender, StreamReader, GlobalReader {
}
