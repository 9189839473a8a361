package dev.beyan.ingest.release;

import dev.beyan.common.problem.StorableText;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.tracing.EventTraces;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/**
 * Event metadata for a request: {@code X-Correlation-Id} (made up when absent, so every history can be followed),
 * {@code X-Request-Id} as the causation, the W3C {@code traceparent} of this request's server span (so the relay's
 * publish and the analysis join its trace; when tracing is off, the caller's header as sent), and as the actor the
 * subject of the token that authorised the write, so the audit trail says who, and no header can claim to be
 * someone else.
 */
final class RequestMetadata {
    private RequestMetadata() {
    }

    static EventMetadata of(HttpHeaders headers, JsonWebToken token) {
        String correlation = header(headers, "X-Correlation-Id");
        return new EventMetadata(correlation != null ? correlation : UUID.randomUUID().toString(),
                header(headers, "X-Request-Id"), actor(token),
                EventTraces.currentOr(header(headers, EventTraces.HEADER)));
    }

    private static String actor(JsonWebToken token) {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }

    private static String header(HttpHeaders headers, String name) {
        return StorableText.check(name, headers.getHeaderString(name));
    }
}
