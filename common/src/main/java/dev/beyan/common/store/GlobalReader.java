package dev.beyan.common.store;

import io.smallrye.mutiny.Uni;

import java.util.List;

/** Reads every stream in commit order, from a checkpoint, without ever skipping a late commit. */
public interface GlobalReader {

    /** Up to {@code limit} committed events after {@code after}, none of whose predecessors can still appear. */
    Uni<List<RecordedEvent>> readAll(Checkpoint after, int limit);

    /** The position of the newest event, 0 for an empty store. */
    Uni<Long> headPosition();
}
