package dev.beyan.common.http;

import dev.beyan.common.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Answers a body declared larger than {@code quarkus.http.limits.max-body-size} with a 413 problem. Quarkus'
 * own check answers a bare 413 and closes the connection at once, so a client still sending its body sees a
 * reset instead of the answer; here the rest of the body is read and dropped (up to a bound) while the answer
 * goes out. Bodies without a declared length stay under Quarkus' check as they stream in.
 */
@Singleton
public class BodySizeLimit {
    /** Runs before Quarkus' own body-size route (order -2). */
    private static final int ORDER = -3;
    /** Past this much dropped body the client is not listening to the answer: close the connection. */
    private static final long MAX_DRAINED_BYTES = 256L * 1024 * 1024;

    private final long limit;

    public BodySizeLimit(HttpLimits limits) {
        this.limit = limits.maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        long declared = declaredLength(context.request());
        if (declared <= limit) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        long[] drained = {0};
        request.handler(chunk -> {
            drained[0] += chunk.length();
            if (drained[0] > MAX_DRAINED_BYTES) {
                request.connection().close();
            }
        });
        request.resume();
        Problem problem = Problem.of(413, "body-too-large", "Content too large", "the body is " + declared
                + " bytes; the limit is " + limit, "body").at(request.path());
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem.toJson());
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
