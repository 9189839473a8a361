package dev.beyan.common.http;

import dev.beyan.common.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;

/**
 * A {@code Content-Type} or {@code Accept} that is not a media type is the client's mistake: Jakarta REST would
 * fail on it while choosing the method and answer 500. Checked first, with the same parser, it is a 415 or a 400
 * problem that names the header.
 */
@Singleton
public class MediaTypeHeaders {
    private static final int ORDER = -3;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        for (String type : context.request().headers().getAll(HttpHeaders.CONTENT_TYPE)) {
            if (!parses(type)) {
                refuse(context, Problem.of(415, "unsupported-media-type", "Unsupported Media Type",
                        "the Content-Type is not a media type", "Content-Type"));
                return;
            }
        }
        for (String accept : context.request().headers().getAll(HttpHeaders.ACCEPT)) {
            for (String type : accept.split(",")) {
                if (!type.isBlank() && !parses(type)) {
                    refuse(context, Problem.of(400, "invalid-request", "Invalid request",
                            "the Accept header lists something that is not a media type", "Accept"));
                    return;
                }
            }
        }
        context.next();
    }

    private static boolean parses(String type) {
        try {
            MediaType.valueOf(type.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext context, Problem problem) {
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem.at(context.request().path()).toJson());
    }
}
