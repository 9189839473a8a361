package dev.beyan.common.release;

import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRetracted;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.store.DecodedEvent;

import java.time.Instant;
import java.util.List;

/**
 * A release as its stream has made it so far: the one fold of a release's events. Ingest decides commands on it, the
 * query folds a prefix of the stream for {@code asOf}, and the projector writes {@code readmodel.releases} from it.
 * Pure: {@link #evolve} returns the next state and touches nothing else.
 *
 * <p>{@code version} is the stream version of the latest event applied; {@code changedVersion} that of the latest
 * change a client made (received, revised, retracted: an analysis is not one); {@code textVersion} that of the event
 * that brought the current text. Before the release is received every field is empty and {@link #received()} false.
 */
public record ReleaseState(String id, String externalId, String source, String url, String title, String publishedAt,
                           String category, String dateline, boolean retracted, long version, long changedVersion,
                           long textVersion, String textSha256, String text, Instant receivedAt, Instant updatedAt,
                           long lastPosition, Analyzed analyzed) {

    /** A stream with nothing in it yet. */
    public static final ReleaseState NONE = new ReleaseState(null, null, null, null, null, null, null, null, false,
            0, 0, 0, null, null, null, null, 0, null);

    /** Which text the latest analysis read and which extractor, at which version, made it. */
    public record Analyzed(long textVersion, String extractorName, String extractorVersion) {
    }

    /** The state after {@code events}, one stream's in version order. */
    public static ReleaseState of(List<DecodedEvent<ReleaseEvent>> events) {
        ReleaseState state = NONE;
        for (DecodedEvent<ReleaseEvent> e : events) {
            state = state.evolve(e);
        }
        return state;
    }

    public ReleaseState evolve(DecodedEvent<? extends ReleaseEvent> e) {
        ReleaseEvent event = e.event();
        if (event instanceof ReleaseReceived r) {
            return received(r, e.streamVersion(), e.position(), e.recordedAt());
        }
        if (event instanceof ReleaseRevised r) {
            return revised(r, e.streamVersion(), e.position(), e.recordedAt());
        }
        if (event instanceof ReleaseRetracted) {
            return retracted(e.streamVersion(), e.position(), e.recordedAt());
        }
        return analyzed((ReleaseAnalyzed) event, e.streamVersion(), e.position());
    }

    /** The release arrives; a release already received stays as it is (a stream is received once). */
    public ReleaseState received(ReleaseReceived r, long version, long position, Instant recordedAt) {
        if (received()) {
            return this;
        }
        return new ReleaseState(r.releaseId(), r.externalId(), r.source(), r.url(), r.title(), r.publishedAt(),
                r.category(), r.dateline(), false, version, version, version, r.sha256(), r.text(), recordedAt,
                recordedAt, position, null);
    }

    /** A new text; a withdrawn release stays withdrawn, and the latest analysis stays that of an older text. */
    public ReleaseState revised(ReleaseRevised r, long version, long position, Instant recordedAt) {
        if (!received()) {
            return this;
        }
        return new ReleaseState(id, externalId, source, url, title, publishedAt, category, dateline, retracted,
                version, version, version, r.sha256(), r.text(), receivedAt, recordedAt, position, analyzed);
    }

    /** Withdrawn; the text and its version stay. */
    public ReleaseState retracted(long version, long position, Instant recordedAt) {
        if (!received()) {
            return this;
        }
        return new ReleaseState(id, externalId, source, url, title, publishedAt, category, dateline, true, version,
                version, textVersion, textSha256, text, receivedAt, recordedAt, position, analyzed);
    }

    /**
     * An analysis, of whichever text version it names, is now the latest; it changes nothing a client submitted, so
     * neither {@code changedVersion} nor {@code updatedAt} moves.
     */
    public ReleaseState analyzed(ReleaseAnalyzed a, long version, long position) {
        if (!received()) {
            return this;
        }
        return new ReleaseState(id, externalId, source, url, title, publishedAt, category, dateline, retracted,
                version, changedVersion, textVersion, textSha256, text, receivedAt, updatedAt, position,
                new Analyzed(a.analyzedVersion(), a.extractorName(), a.extractorVersion()));
    }

    public boolean received() {
        return id != null;
    }

    /** Whether the latest analysis read the current text of a release still active: its contributions count. */
    public boolean analysisIsCurrent() {
        return !retracted && analyzed != null && analyzed.textVersion() == textVersion;
    }

    /**
     * Whether a client that read the release at {@code clientVersion} is still up to date: it is at the stream's
     * version, or at the latest change, with only analyses appended since, which change nothing a client submitted.
     */
    public boolean isCurrentFor(long clientVersion) {
        return clientVersion == version || clientVersion == changedVersion;
    }
}
