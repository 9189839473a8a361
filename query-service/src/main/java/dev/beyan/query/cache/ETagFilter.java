package dev.beyan.query.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beyan.query.api.ETags;
import dev.beyan.query.api.Page;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.UncheckedIOException;

/**
 * Gives every successful JSON GET an {@code ETag} (a hash of the exact body) and answers {@code 304} when the
 * client's {@code If-None-Match} holds it. Hashing the body rather than a version costs one serialisation the
 * response needs anyway and can never go stale, whatever the resource reads. Streamed bodies set their own.
 * The serialised body is also what {@link CachedAnswers} keeps.
 */
public class ETagFilter {
    private final ObjectMapper mapper;
    private final CachedAnswers cache;

    public ETagFilter(ObjectMapper mapper, CachedAnswers cache) {
        this.mapper = mapper;
        this.cache = cache;
    }

    @ServerResponseFilter
    public void etag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || !(response.getEntity() instanceof Record || response.getEntity() instanceof Page<?>)) {
            return;
        }
        byte[] body = serialize(response.getEntity());
        String tag = ETags.of(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        String cacheStatus = cache.keep(request, body, tag);
        if (cacheStatus != null) {
            response.getHeaders().putSingle(CachedAnswers.CACHE_STATUS, cacheStatus);
        }
        if (ETags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private byte[] serialize(Object entity) {
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
