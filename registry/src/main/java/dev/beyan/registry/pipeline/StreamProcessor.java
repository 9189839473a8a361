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
import dev.beyan.common.store.StreamAppend;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Brings releases' read models up to date with their streams. A message only says "stream S has news": the events
 * themselves are read from the store after the stream's checkpoint, so a redelivered, duplicated or skipped message
 * can neither apply an event twice nor lose one. A batch of streams is one transaction: append the analyses (at the
 * version analysed, so an old text's analysis never lands after a newer text), project every event, advance the
 * checkpoints, commit once.
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
        if (streamId.startsWith(ReleaseEvent.streamId(""))) {
            catchUp(Map.of(streamId, Long.MAX_VALUE));
            return;
        }
        // the editors' corrections: one event at a time, each taking the corrections gate exclusively
        for (DecodedEvent<DomainEvent> event : store.readStream(streamId, checkpoint(streamId), DomainEvent.class)
                .await().atMost(TIMEOUT)) {
            pool.withTransaction(tx -> ProjectionLock.sharedForStream(tx, streamId)
                            .chain(() -> checkpoint(tx, streamId))
                            .chain(projected -> projected >= event.streamVersion() ? Uni.createFrom().voidItem()
                                    : projector.apply(tx, event.recorded(), event.event())))
                    .onFailure(Identities.Contended.class).retry().withBackOff(RETRY_BACKOFF).atMost(RETRIES)
                    .await().atMost(TIMEOUT);
        }
    }

    /**
     * Brings some release streams up to date in one transaction: {@code announced} holds, per stream, the newest
     * version a message named. A stream whose checkpoint has reached it is skipped (a redelivery). The others' events
     * after their checkpoints are read and each stream's newest text analysed before the transaction (the extractor is
     * the slow part and needs no lock); then, under the streams' locks, their checkpoints are read again, the analyses
     * appended where each stream is still at the text analysed, and everything not yet projected is projected as one
     * batch, with one commit. A failure rolls the whole batch back. Blocking; call from a worker thread.
     */
    public void catchUp(Map<String, Long> announced) {
        Map<String, Long> projected = CHECKPOINTS.versions(pool, announced.keySet()).await().atMost(TIMEOUT);
        List<String> behind = announced.entrySet().stream()
                .filter(e -> projected.getOrDefault(e.getKey(), 0L) < e.getValue())
                .map(Map.Entry::getKey)
                .toList();
        if (behind.isEmpty()) {
            return;
        }
        Map<String, List<DecodedEvent<DomainEvent>>> read = store.readStreams(behind, DomainEvent.class)
                .await().atMost(TIMEOUT);
        List<Pending> pending = new ArrayList<>();
        for (String stream : behind) {
            long after = projected.getOrDefault(stream, 0L);
            List<DecodedEvent<DomainEvent>> events = read.getOrDefault(stream, List.of()).stream()
                    .filter(e -> e.streamVersion() > after).toList();
            if (!events.isEmpty()) {
                pending.add(new Pending(stream, events, analysisOf(events.get(events.size() - 1),
                        receivedOf(read.get(stream)))));
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        List<Span> spans = pending.stream().flatMap(p -> p.events().stream())
                .map(e -> span("project", EventTraces.parentOf(e.recorded().metadata()), e.recorded())).toList();
        try {
            pool.withTransaction(tx -> ProjectionLock.sharedForStreams(tx, pending.stream().map(Pending::stream).toList())
                            .chain(() -> CHECKPOINTS.versions(tx, pending.stream().map(Pending::stream).toList()))
                            .chain(done -> project(tx, pending, done)))
                    .onFailure(e -> e instanceof Identities.Contended || e instanceof WrongExpectedVersionException)
                    .retry().withBackOff(RETRY_BACKOFF).atMost(RETRIES)
                    .await().atMost(TIMEOUT);
        } catch (RuntimeException e) {
            spans.forEach(span -> failed(span, e));
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
    }

    /** A stream's events after its checkpoint, as read before the transaction, and the analysis of its newest text. */
    private record Pending(String stream, List<DecodedEvent<DomainEvent>> events, ReleaseAnalyzed analysis) {
        DecodedEvent<DomainEvent> newest() {
            return events.get(events.size() - 1);
        }
    }

    /**
     * The analysis of a stream's newest event when it is a text; an older text's would never land, since its analysis
     * is appended only where the stream is still at the text analysed.
     */
    private ReleaseAnalyzed analysisOf(DecodedEvent<DomainEvent> newest, ReleaseReceived received) {
        String text = textOf(newest.event());
        if (text == null) {
            return null;
        }
        Span span = span("analyse", EventTraces.parentOf(newest.recorded().metadata()), newest.recorded());
        try {
            return analyzer.analyze(((ReleaseEvent) newest.event()).releaseId(), text,
                    received == null ? null : received.source(), received == null ? null : received.url(),
                    newest.streamVersion());
        } catch (RuntimeException e) {
            failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Under the streams' locks, with {@code done} their checkpoints now: appends the analyses of the texts still at the
     * head of their streams (a stream a newer event has reached since is left out: that event's own message brings its
     * analysis) and projects every event after the checkpoints, each appended analysis after its stream's events.
     */
    private Uni<Void> project(SqlConnection tx, List<Pending> pending, Map<String, Long> done) {
        List<StreamAppend> analyses = new ArrayList<>();
        for (Pending p : pending) {
            if (p.analysis() != null && p.newest().streamVersion() > done.getOrDefault(p.stream(), 0L)) {
                analyses.add(new StreamAppend(p.stream(), p.newest().streamVersion(), new NewEvent(UUID.randomUUID(),
                        p.analysis(), EventMetadata.causedBy(p.newest().recorded(), ACTOR))));
            }
        }
        return store.appendToEach(tx, analyses).chain(written -> {
            Map<String, DecodedEvent<DomainEvent>> appended = new HashMap<>();
            for (StreamAppend a : analyses) {
                AppendResult r = written.get(a.event().eventId());
                if (r != null) {
                    appended.put(a.streamId(), ReleaseProjector.appended(a.streamId(), r.version(), r.position(),
                            (ReleaseAnalyzed) a.event().event()));
                }
            }
            List<DecodedEvent<DomainEvent>> events = new ArrayList<>();
            for (Pending p : pending) {
                long after = done.getOrDefault(p.stream(), 0L);
                p.events().stream().filter(e -> e.streamVersion() > after).forEach(events::add);
                if (appended.containsKey(p.stream())) {
                    events.add(appended.get(p.stream()));
                }
            }
            return events.isEmpty() ? Uni.createFrom().voidItem() : projector.project(tx, events);
        });
    }

    /** A span named {@code name} for the event, a child of its {@code trace}. */
    private Span span(String name, Context trace, RecordedEvent recorded) {
        return tracer.spanBuilder(name).setParent(trace)
                .setAttribute("beyan.stream.id", recorded.streamId())
                .setAttribute("beyan.stream.version", recorded.streamVersion())
                .setAttribute("beyan.event.type", recorded.type())
                .startSpan();
    }

    private static void failed(Span span, RuntimeException e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR);
    }

    /**
     * Appends a fresh analysis of the release's current text if the stream is still at {@code expectedVersion},
     * projecting it like any other; false when the stream moved on meanwhile. Blocking.
     */
    public boolean reanalyze(String streamId, String releaseId, String text, String source, String url,
                             long textVersion, long expectedVersion, EventMetadata metadata) {
        ReleaseAnalyzed analysis = analyzer.analyze(releaseId, text, source, url, textVersion);
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

    /** The event that opened a release's stream, which says where it came from; null in a stream without one. */
    private static ReleaseReceived receivedOf(List<DecodedEvent<DomainEvent>> stream) {
        for (DecodedEvent<DomainEvent> e : stream) {
            if (e.event() instanceof ReleaseReceived r) {
                return r;
            }
        }
        return null;
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
