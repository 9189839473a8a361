package dev.beyan.ingest.release;

import dev.beyan.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Each client's writes are limited ({@code beyan.ingest.writes-per-second}, {@code beyan.ingest.write-burst}),
 * keyed by the subject of its token: one runaway client slows down, the others do not. Over the limit a write
 * gets 429 with {@code Retry-After} and stores nothing. Per instance: N replicas admit N times as much.
 */
@ApplicationScoped
public class WriteRateLimit {
    private final TokenBuckets buckets;

    public WriteRateLimit(IngestConfig config) {
        this.buckets = new TokenBuckets(config.writesPerSecond(), config.writeBurst(), System::nanoTime);
    }

    void admit(JsonWebToken token) {
        String client = token.getSubject() != null ? token.getSubject() : token.getName();
        long retryAfter = buckets.take(client);
        if (retryAfter > 0) {
            throw ProblemException.tooManyRequests("more writes than " + client + " may make per second; retry after "
                    + retryAfter + " s", retryAfter);
        }
    }
}
