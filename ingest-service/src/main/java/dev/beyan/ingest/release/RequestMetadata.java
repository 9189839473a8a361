package dev.beyan.ingest.release;

import dev.beyan.common.store.EventMetadata;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.UUID;

/**
 * Event metadata from request headers: {@code X-Correlation-Id} (made up when absent, so every history can be
 * followed), {@code X-Request-Id} as the causation, {@code X-Actor} as who acted, and W3C {@code traceparent}.
 */
final class RequestMetadata {
    private static final String ANONYMOUS = "anonymous";

    private RequestMetadata() {
    }

    static EventMetadata of(HttpHeaders headers) {
        String correlation = headers.getHeaderString("X-Correlation-Id");
        String actor = headers.getHeaderString("X-Actor");
        return new EventMetadata(correlation != null ? correlation : UUID.randomUUID().toString(),
                headers.getHeaderString("X-Request-Id"), actor != null ? actor : ANONYMOUS,
                headers.getHeaderString("traceparent"));
    }
}
