package dev.beyan.common.store;

import io.smallrye.mutiny.Uni;

import java.util.List;

/** Reads one stream in version order. */
public interface StreamReader {

    Uni<List<RecordedEvent>> readStream(String streamId);

    /** The stream's events with a global position at or below {@code position}: the stream as it was then. */
    Uni<List<RecordedEvent>> readStreamUpTo(String streamId, long position);
}
