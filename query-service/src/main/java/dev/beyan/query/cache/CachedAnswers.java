package dev.beyan.query.cache;

import dev.beyan.query.api.ETags;
import dev.beyan.query.api.QueryConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Locale;

/**
 * Serves read-model answers from {@link AnswerCache} while the read models stand still. A request for a
 * {@link ReadModelAnswer} resource is answered from the cache when an answer computed at the current
 * {@link ReadModelGeneration} is there; otherwise it is computed, and {@link ETagFilter}
 * hands the serialised body back to be kept. Every such answer says what happened in a {@code Cache-Status}
 * header (RFC 9211). A client that sends {@code Cache-Control: no-cache} gets a freshly computed answer.
 */
@ApplicationScoped
public class CachedAnswers {
    public static final String CACHE_STATUS = "Cache-Status";
    private static final String PENDING = CachedAnswers.class.getName() + ".pending";
    private static final String NAME = "beyan";

    private record Pending(String key, long generation) {
    }

    private final AnswerCache cache;
    private final ReadModelGeneration generations;
    private final boolean enabled;
    private final Counter hits;
    private final Counter misses;
    private final Counter bypasses;

    public CachedAnswers(AnswerCache cache, ReadModelGeneration generations, MeterRegistry registry,
                         QueryConfig config) {
        this.cache = cache;
        this.generations = generations;
        this.enabled = config.cache().enabled();
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
        this.bypasses = counter(registry, "bypass");
    }

    /**
     * The cached answer to {@code request}, or null to compute it, noting in the request either where to keep
     * the answer or why it is not kept ({@code request}: the client asked; {@code bypass}: not listening).
     */
    Response lookup(ContainerRequestContext request) {
        if (!enabled || !HttpMethod.GET.equals(request.getMethod())) {
            return null;
        }
        long generation = generations.current();
        boolean clientAsked = noCache(request);
        if (clientAsked || generation == ReadModelGeneration.UNKNOWN) {
            bypasses.increment();
            request.setProperty(PENDING, clientAsked ? "request" : "bypass");
            return null;
        }
        String key = key(request.getUriInfo().getRequestUri());
        AnswerCache.Answer answer = cache.current(key, generation);
        if (answer == null) {
            misses.increment();
            request.setProperty(PENDING, new Pending(key, generation));
            return null;
        }
        hits.increment();
        Response.ResponseBuilder response = ETags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                answer.etag()) ? Response.notModified() : Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.ETAG, answer.etag()).header(CACHE_STATUS, NAME + "; hit").build();
    }

    /**
     * Keeps a computed answer if {@link #lookup} asked for it, at the generation seen before computing: should
     * the read models have moved meanwhile, it is already outdated and never served. Returns the
     * {@code Cache-Status} to send, or null when the resource is not cached at all.
     */
    public String keep(ContainerRequestContext request, byte[] body, String etag) {
        if (request.getProperty(PENDING) instanceof Pending pending) {
            cache.put(pending.key(), new AnswerCache.Answer(pending.generation(), body, etag));
            return NAME + "; fwd=miss; stored";
        }
        return request.getProperty(PENDING) instanceof String reason ? NAME + "; fwd=" + reason : null;
    }

    private static boolean noCache(ContainerRequestContext request) {
        String control = request.getHeaderString(HttpHeaders.CACHE_CONTROL);
        return control != null && control.toLowerCase(Locale.ROOT).contains("no-cache");
    }

    private static String key(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + '?' + uri.getRawQuery();
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("beyan_query_cache").description("Read-model answers by cache outcome")
                .tag("result", result).register(registry);
    }
}
