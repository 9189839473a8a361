package dev.beyan.query.release;

import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.problem.ProblemException;
import dev.beyan.common.release.ReleaseState;
import dev.beyan.common.store.DecodedEvent;
import dev.beyan.common.store.PgEventStore;
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

    public ReleaseHistory(PgEventStore store) {
        this.store = store;
    }

    /** Every event of the release, in version order, as stored; 404 when the stream is empty. */
    public Uni<Page<AuditEvent>> events(String id) {
        return store.readStreamUpTo(ReleaseEvent.streamId(id), Long.MAX_VALUE)
                .map(events -> Page.all(nonEmpty(events, id, Long.MAX_VALUE).stream().map(AuditEvent::of).toList()));
    }

    /** The release folded from its events up to {@code asOf}; 404 when it had not been received by then. */
    public Uni<ReleaseView> asOf(String id, String asOfParam) {
        AsOf asOf = AsOf.parse(asOfParam);
        return stream(id, asOf.upToPosition()).map(events -> {
            ReleaseState state = ReleaseState.of(events.stream().filter(e -> asOf.test(e.recorded())).toList());
            if (!state.received()) {
                throw ProblemException.notFound("release '" + id + "' did not exist yet at " + asOfParam.trim());
            }
            return ReleaseView.of(state);
        });
    }

    /** The latest analysis, or the latest of the text at stream version {@code textVersion} when given. */
    public Uni<AnalysisView> analysis(String id, Long textVersion) {
        return stream(id, Long.MAX_VALUE).map(events -> {
            AnalysisView found = null;
            for (DecodedEvent<ReleaseEvent> e : events) {
                if (e.event() instanceof ReleaseAnalyzed a
                        && (textVersion == null || a.analyzedVersion() == textVersion)) {
                    found = new AnalysisView(a.releaseId(), e.streamVersion(), e.position(), a.analyzedVersion(),
                            a.extractorName(), a.extractorVersion(), e.recordedAt(), a.analysis());
                }
            }
            if (found == null) {
                throw ProblemException.notFound(textVersion == null ? "release '" + id + "' has no analysis yet"
                        : "release '" + id + "' has no analysis of version " + textVersion);
            }
            return found;
        });
    }

    private Uni<List<DecodedEvent<ReleaseEvent>>> stream(String id, long upTo) {
        return store.readStreamUpTo(ReleaseEvent.streamId(id), upTo, ReleaseEvent.class)
                .map(events -> nonEmpty(events, id, upTo));
    }

    private static <T> List<T> nonEmpty(List<T> events, String id, long upTo) {
        if (events.isEmpty()) {
            throw upTo == Long.MAX_VALUE ? ReleaseCatalog.notFound(id)
                    : ProblemException.notFound("release '" + id + "' did not exist yet at position " + upTo);
        }
        return events;
    }
}
