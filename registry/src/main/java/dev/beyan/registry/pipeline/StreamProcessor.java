package dev.beyan.registry.pipeline;

import dev.beyan.common.event.DomainEvent;
import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.store.AppendResult;
import dev.beyan.common.store.DecodedEvent;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.store.WrongExpectedVersionException;
import dev.beyan.common.subscription.StreamCheckpoints;
import dev.beyan.common.subscription.Subscription;
import dev.beyan.common.tracing.EventTraces;
import dev.beyan.registry.analysis.ReleaseAnalyzer;
import dev.beyan.registry.identity.Identities;
import dev.beyan.registry.projection.ReleaseProjector;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Brings one release's read models up to date with its stream. A message only says "stream S has news": the events
 * themselves are read from the store after the stream's checkpoint, so a redelivered, duplicated or skipped message
 * can neither apply an event twice nor lose one. Each event is one transaction: append the analysis (at the version
 * analysed, so an old text's analysis never lands after a newer text), project it, advance the checkpoint.
 * The analysis and the projection of an event are spans in the trace of the request that wrote it: children of
 * the span its stored {@code traceparent} names, however long after and through whichever messages they run.
 */
@ApplicationScoped
public class StreamProcessor {
    static final String ACTOR = "entity-service";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final StreamCheckpoints CHECKPOINTS = new StreamCheckpoints(Subscription.PROJECTION);
    /**
     * A transaction that needed a name block's lock out of order, held by another ({@link Identities.Contended}: only
     * when corrections tie blocks together), is retried whole, after the other has had time to commit.
     */
    private static final int RETRIES = 10;
    private static final Duration RETRY_BACKOFF = Duration.ofMillis(20);

    private final Pool pool;
    private final PgEventStore store;
    private final ReleaseAnalyzer analyzer;
    private final ReleaseProjector projector;
    private final Tracer tracer;

    /** Untraced: for callers outside a service, such as other modules' tests filling the read models. */
    public StreamProcessor(Pool pool, PgEventStore store, ReleaseAnalyzer analyzer, ReleaseProjector projector) {
        this(pool, store, analyzer, projector, untraced());
    }

    /**
     * Traced where the application has OpenTelemetry (entity-service); query-service, which has this module on its
     * class path but no tracing, gets the untraced processor.
     */
    @Inject
    public StreamProcessor(Pool pool, PgEventStore store, ReleaseAnalyzer analyzer, ReleaseProjector projector,
                           Instance<Tracer> tracer) {
        this(pool, store, analyzer, projector, tracer.isResolvable() ? tracer.get() : untraced());
    }

    private StreamProcessor(Pool pool, PgEventStore store, ReleaseAnalyzer analyzer, ReleaseProjector projector,
                            Tracer tracer) {
        this.pool = pool;
        this.store = store;
        this.analyzer = analyzer;
        this.projector = projector;
        this.tracer = tracer;
    }

    private static Tracer untraced() {
        return OpenTelemetry.noop().getTracer(StreamProcessor.class.getName());
    }

    /** The version up to which the stream is projected; 0 when nothing is. Blocking. */
    public long checkpoint(String streamId) {
        return checkpoint(pool, streamId).await().atMost(TIMEOUT);
    }

    /** Projects every event of the stream after its checkpoint, in order. Blocking; call from a worker thread. */
    public void catchUp(String streamId) {
        catchUp(streamId, checkpoint(streamId));
    }

    /**
     * Projects every event of the stream after version {@code projected}, which the caller has just read as its
     * checkpoint; each event's transaction checks the checkpoint again under the stream's lock. Blocking.
     */
    public void catchUp(String streamId, long projected) {
        for (DecodedEvent<DomainEvent> event : store.readStream(streamId, projected, DomainEvent.class)
                .await().atMost(TIMEOUT)) {
            process(event.recorded(), event.event());
        }
    }

    private void process(RecordedEvent recorded, DomainEvent event) {
        Context trace = EventTraces.parentOf(recorded.metadata());
        // The extractor runs outside the transaction: it is the slow part and needs no lock.
        ReleaseAnalyzed analysis = textOf(event) == null ? null : traced("analyse", trace, recorded, () ->
                analyzer.analyze(((ReleaseEvent) event).releaseId(), textOf(event), recorded.streamVersion()));
        traced("project", trace, recorded, () -> pool.withTransaction(tx ->
                        ProjectionLock.sharedForStream(tx, recorded.streamId())
                        .chain(() -> checkpoint(tx, recorded.streamId()))
                        .chain(projected -> projected >= recorded.streamVersion() ? Uni.createFrom().voidItem()
                                : projector.apply(tx, recorded, event)
                                .chain(() -> analysis == null ? Uni.createFrom().voidItem()
                                        : appendAndProject(tx, recorded, analysis))))
                .onFailure(Identities.Contended.class).retry().withBackOff(RETRY_BACKOFF).atMost(RETRIES)
                .await().atMost(TIMEOUT));
    }

    /** Runs {@code work} in a span named {@code name}, a child of the event's {@code trace}. */
    private <T> T traced(String name, Context trace, RecordedEvent recorded, Supplier<T> work) {
        Span span = tracer.spanBuilder(name).setParent(trace)
                .setAttribute("beyan.stream.id", recorded.streamId())
                .setAttribute("beyan.stream.version", recorded.streamVersion())
                .setAttribute("beyan.event.type", recorded.type())
                .startSpan();
        try {
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private Uni<Void> appendAndProject(SqlConnection tx, RecordedEvent cause, ReleaseAnalyzed analysis) {
        NewEvent event = new NewEvent(UUID.randomUUID(), analysis, EventMetadata.causedBy(cause, ACTOR));
        return store.append(tx, cause.streamId(), cause.streamVersion(), List.of(event))
                .onItem().transformToUni((AppendResult r) -> r.duplicate() ? Uni.createFrom().voidItem()
                        : projector.applyAppendedAnalysis(tx, cause.streamId(), r.version(), r.position(), analysis))
                // A newer text is already in the stream: its own event will be analysed; this text's never lands.
                .onFailure(WrongExpectedVersionException.class).recoverWithUni(Uni.createFrom().voidItem());
    }

    /**
     * Appends a fresh analysis of the release's current text if the stream is still at {@code expectedVersion},
     * projecting it like any other; false when the stream moved on meanwhile. Blocking.
     */
    public boolean reanalyze(String streamId, String releaseId, String text, long textVersion, long expectedVersion,
                             EventMetadata metadata) {
        ReleaseAnalyzed analysis = analyzer.analyze(releaseId, text, textVersion);
        NewEvent event = new NewEvent(UUID.randomUUID(), analysis, metadata);
        return pool.withTransaction(tx -> ProjectionLock.sharedForStream(tx, streamId)
                        .chain(() -> checkpoint(tx, streamId))
                        .chain(projected -> projected != expectedVersion ? Uni.createFrom().item(false)
                                : store.append(tx, streamId, expectedVersion, List.of(event))
                                .chain(r -> projector.applyAppendedAnalysis(tx, streamId, r.version(), r.position(),
                                        analysis))
                                .replaceWith(true)
                                .onFailure(WrongExpectedVersionException.class).recoverWithItem(false)))
                .onFailure(Identities.Contended.class).retry().withBackOff(RETRY_BACKOFF).atMost(RETRIES)
                .await().atMost(TIMEOUT);
    }

    private static String textOf(DomainEvent event) {
        if (event instanceof ReleaseReceived r) {
            return r.text();
        }
        if (event instanceof ReleaseRevised r) {
            return r.text();
        }
        return null;
    }

    private static Uni<Long> checkpoint(SqlClient client, String streamId) {
        return CHECKPOINTS.version(client, streamId);
    }
}
