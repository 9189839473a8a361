package dev.beyan.query.release;

import dev.beyan.common.event.EventTypes;
import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.problem.ProblemException;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.query.api.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Releases as their event streams record them: the audit trail, the state at a past point, and each analysis.
 * Reads the event store through the common reactive client; the events are JSON documents, not rows to map.
 */
@ApplicationScoped
public class ReleaseHistory {
    private final PgEventStore store;
    private final ReleaseFold fold;

    public ReleaseHistory(PgEventStore store) {
        this.store = store;
        this.fold = new ReleaseFold(store.codec());
    }

    /** Every event of the release, in version order; 404 when the stream is empty. */
    public Uni<Page<AuditEvent>> events(String id) {
        return stream(id, Long.MAX_VALUE).map(events -> Page.all(events.stream().map(AuditEvent::of).toList()));
    }

    /** The release folded from its events up to {@code asOf}; 404 when it had not been received by then. */
    public Uni<ReleaseView> asOf(String id, String asOfParam) {
        AsOf asOf = AsOf.parse(asOfParam);
        return stream(id, asOf.upToPosition()).map(events -> {
            ReleaseView state = fold.fold(events.stream().filter(asOf).toList());
            if (state == null) {
                throw ProblemException.notFound("release '" + id + "' did not exist yet at " + asOfParam.trim());
            }
            return state;
        });
    }

    /** The latest analysis, or the latest of the text at stream version {@code textVersion} when given. */
    public Uni<AnalysisView> analysis(String id, Long textVersion) {
        return stream(id, Long.MAX_VALUE).map(events -> {
            AnalysisView found = null;
            for (RecordedEvent e : events) {
                if (e.type().equals(EventTypes.ANALYZED.name())) {
                    ReleaseAnalyzed a = (ReleaseAnalyzed) decode(e);
                    if (textVersion == null || a.analyzedVersion() == textVersion) {
                        found = new AnalysisView(a.releaseId(), e.streamVersion(), e.position(), a.analyzedVersion(),
                                a.extractorName(), a.extractorVersion(), e.recordedAt(), a.analysis());
                    }
                }
            }
            if (found == null) {
                throw ProblemException.notFound(textVersion == null ? "release '" + id + "' has no analysis yet"
                        : "release '" + id + "' has no analysis of version " + textVersion);
            }
            return found;
        });
    }

    private ReleaseEvent decode(RecordedEvent e) {
        return store.codec().decode(e.type(), e.schemaVersion(), e.data());
    }

    private Uni<List<RecordedEvent>> stream(String id, long upTo) {
        return store.readStreamUpTo(ReleaseEvent.streamId(id), upTo).map(events -> {
            if (events.isEmpty()) {
                throw exists(id, upTo);
            }
            return events;
        });
    }

    private static ProblemException exists(String id, long upTo) {
        return upTo == Long.MAX_VALUE ? ReleaseCatalog.notFound(id)
                : ProblemException.notFound("release '" + id + "' did not exist yet at position " + upTo);
    }
}
