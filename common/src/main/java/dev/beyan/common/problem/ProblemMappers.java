package dev.beyan.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.beyan.common.store.WrongExpectedVersionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** Every error leaves a service as {@code application/problem+json}, never as an HTML page or a bare 500. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder answer = answer(e.problem(), uri);
        if (e.retryAfterSeconds() > 0) {
            answer.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response conflict(WrongExpectedVersionException e, UriInfo uri) {
        return respond(Problem.of(409, "version-conflict", "Version conflict", e.getMessage(), "If-Match"), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : null;
        String detail = e instanceof MismatchedInputException
                ? "field '" + field + "' has the wrong type or shape"
                : JsonErrors.describe(e);
        return respond(Problem.of(400, "malformed-json", "Malformed JSON", detail, field), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 304) {
            return e.getResponse();
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        // the framework's messages may quote its classes and the failing conversion: the status says enough
        return respond(Problem.of(status, "http-" + status, title, "HTTP " + status + " " + title, null), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return respond(Problem.of(500, "internal-error", "Internal error",
                "the request failed unexpectedly; nothing was half-written", null), uri);
    }

    static Response respond(Problem problem, UriInfo uri) {
        return answer(problem, uri).build();
    }

    private static Response.ResponseBuilder answer(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.at(uri.getPath()));
    }
}
