package dev.beyan.query.cache;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Answers {@link ReadModelAnswer} requests from the cache before any resource method runs. */
public class CachedAnswersFilter {
    private final CachedAnswers answers;

    public CachedAnswersFilter(CachedAnswers answers) {
        this.answers = answers;
    }

    @ReadModelAnswer
    @ServerRequestFilter
    public Response cached(ContainerRequestContext request) {
        return answers.lookup(request);
    }
}
