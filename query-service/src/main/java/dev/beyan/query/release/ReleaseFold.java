package dev.beyan.query.release;

import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRetracted;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.json.EventCodec;
import dev.beyan.common.store.RecordedEvent;

import java.util.List;

/**
 * A release's state folded from its events, applying each exactly as entity-service's projection applies it to
 * {@code readmodel.releases}: so the fold of the whole stream is the current row, and the fold of a prefix is the
 * release as the system knew it then.
 */
final class ReleaseFold {
    private final EventCodec codec;

    ReleaseFold(EventCodec codec) {
        this.codec = codec;
    }

    /** The state after {@code events} (one stream, in version order); null when no release was received yet. */
    ReleaseView fold(List<RecordedEvent> events) {
        ReleaseView state = null;
        for (RecordedEvent e : events) {
            ReleaseEvent event = codec.decode(e.type(), e.schemaVersion(), e.data());
            state = apply(state, e, event);
        }
        return state;
    }

    private static ReleaseView apply(ReleaseView s, RecordedEvent e, ReleaseEvent event) {
        if (event instanceof ReleaseReceived r) {
            return s != null ? s : new ReleaseView(r.releaseId(), r.externalId(), r.source(), r.url(), r.title(),
                    r.publishedAt(), r.category(), r.dateline(), "active", e.streamVersion(), e.streamVersion(),
                    r.sha256(), e.recordedAt(), e.recordedAt(), e.position(), null, r.text());
        }
        if (s == null) {
            return null;
        }
        if (event instanceof ReleaseRevised r) {
            return new ReleaseView(s.id(), s.externalId(), s.source(), s.url(), s.title(), s.publishedAt(),
                    s.category(), s.dateline(), s.status(), e.streamVersion(), e.streamVersion(), r.sha256(),
                    s.receivedAt(), e.recordedAt(), e.position(), s.analyzed(), r.text());
        }
        if (event instanceof ReleaseRetracted) {
            return new ReleaseView(s.id(), s.externalId(), s.source(), s.url(), s.title(), s.publishedAt(),
                    s.category(), s.dateline(), "retracted", e.streamVersion(), s.textVersion(), s.textSha256(),
                    s.receivedAt(), e.recordedAt(), e.position(), s.analyzed(), s.text());
        }
        ReleaseAnalyzed a = (ReleaseAnalyzed) event;
        return new ReleaseView(s.id(), s.externalId(), s.source(), s.url(), s.title(), s.publishedAt(),
                s.category(), s.dateline(), s.status(), e.streamVersion(), s.textVersion(), s.textSha256(),
                s.receivedAt(), s.updatedAt(), e.position(),
                new ReleaseView.Analyzed(a.analyzedVersion(), a.extractorName(), a.extractorVersion()), s.text());
    }
}
