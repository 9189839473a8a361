package dev.beyan.common.security;

import dev.beyan.common.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Refused tokens as problems (RFC 9457) with the bearer challenge of RFC 6750. Authentication is lazy
 * ({@code quarkus.http.auth.proactive=false}), so these failures reach Jakarta REST's mappers instead of being
 * answered by the HTTP layer with an empty body.
 */
public class AuthProblemMappers {
    private static final String REALM = "Bearer realm=\"beyan\"";

    @ServerExceptionMapper
    public Response missing(UnauthorizedException e, UriInfo uri) {
        return respond(Problem.of(401, "unauthorized", "Unauthorized",
                "this operation needs a bearer token (Authorization: Bearer <token>)", "Authorization"), REALM, uri);
    }

    @ServerExceptionMapper
    public Response invalid(AuthenticationFailedException e, UriInfo uri) {
        return respond(Problem.of(401, "invalid-token", "Unauthorized",
                        "the bearer token is malformed, expired, not yet valid, or not signed by the expected key "
                                + "and issuer", "Authorization"),
                REALM + ", error=\"invalid_token\"", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden",
                "the token does not carry the role this operation needs", "Authorization"), null, uri);
    }

    private static Response respond(Problem problem, String challenge, UriInfo uri) {
        Response.ResponseBuilder answer = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.at(uri.getPath()));
        if (challenge != null) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        return answer.build();
    }
}
