package dev.beyan.ingest.release;

import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRetracted;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.json.EventCodec;
import dev.beyan.common.store.RecordedEvent;

import java.util.List;

/**
 * What ingest needs to decide a command: the stream's version, the version of the last change a client made (an
 * analysis appended since does not count), the current text's hash, and whether the release is withdrawn.
 */
record ReleaseState(long version, long lastChangeVersion, long position, String textSha256, boolean retracted) {

    static ReleaseState of(List<RecordedEvent> history, EventCodec codec) {
        long version = 0;
        long lastChange = 0;
        long position = 0;
        String sha = null;
        boolean retracted = false;
        for (RecordedEvent recorded : history) {
            version = recorded.streamVersion();
            position = recorded.position();
            ReleaseEvent event = codec.decode(recorded.type(), recorded.schemaVersion(), recorded.data());
            if (!(event instanceof ReleaseAnalyzed)) {
                lastChange = recorded.streamVersion();
            }
            if (event instanceof ReleaseReceived r) {
                sha = r.sha256();
            } else if (event instanceof ReleaseRevised r) {
                sha = r.sha256();
            } else if (event instanceof ReleaseRetracted) {
                retracted = true;
            }
        }
        return new ReleaseState(version, lastChange, position, sha, retracted);
    }

    /**
     * Whether a client that read the release at {@code version} is still up to date: it is at the stream's version,
     * or only analyses were appended since, which change nothing a client submitted.
     */
    boolean isCurrentFor(long version) {
        return version == this.version || version == lastChangeVersion;
    }

    boolean exists() {
        return version > 0;
    }
}
