package dev.beyan.common.tracing;

import dev.beyan.common.store.EventMetadata;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The link between a stored event and its trace: the W3C {@code traceparent} in the event's metadata names the span
 * that wrote it (ingest's request span), so work done later on the event, after the relay's asynchronous hop, starts
 * its spans as children of that one and joins the request's trace. W3C's format is fixed here, not the configured
 * propagators', because the metadata field is a {@code traceparent} by definition.
 */
public final class EventTraces {
    public static final String HEADER = "traceparent";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<String> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return Set.of(HEADER);
        }

        @Override
        public String get(String traceparent, String key) {
            return HEADER.equals(key) ? traceparent : null;
        }
    };

    private EventTraces() {
    }

    /** The {@code traceparent} naming {@code span}; null when it has no valid context (tracing is off). */
    public static String traceparentOf(Span span) {
        SpanContext context = span.getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.root().with(span), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The current span's {@code traceparent}, else {@code fallback} (the caller's own header, when not tracing). */
    public static String currentOr(String fallback) {
        String current = traceparentOf(Span.current());
        return current != null ? current : fallback;
    }

    /** The context to start an event's spans in: a child of the span its metadata names, else a new trace. */
    public static Context parentOf(EventMetadata metadata) {
        String traceparent = metadata == null ? null : metadata.traceparent();
        return traceparent == null ? Context.root() : W3C.extract(Context.root(), traceparent, STORED);
    }
}
