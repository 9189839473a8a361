package dev.beyan.ingest.release;

import dev.beyan.common.problem.Problem;
import dev.beyan.common.problem.ProblemException;
import dev.beyan.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Submits, revises and retracts releases. Each call appends at most one event. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Releases")
@RolesAllowed(Roles.INGEST)
public class ReleaseResource {
    private final ReleaseCommands commands;
    private final SubmissionParser parser;
    private final JsonWebToken token;
    private final WriteRateLimit rateLimit;

    public ReleaseResource(ReleaseCommands commands, SubmissionParser parser, JsonWebToken token,
                           WriteRateLimit rateLimit) {
        this.commands = commands;
        this.parser = parser;
        this.token = token;
        this.rateLimit = rateLimit;
    }

    @POST
    @Path("releases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a release as JSON",
            description = "Only text is required. 201 for a new release, 200 when the content is already known "
                    + "(nothing appended) or when a new text under a known externalId revised it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "seed",
            value = "{\"externalId\":\"000_d70b2ed9d009a380\",\"publishedAt\":\"2024-05\",\"category\":\"Güncel\","
                    + "\"text\":\"(İZMİR)- CHP İzmir İl Başkanı Şenol Aslanoğlu ...\"}")))
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "200", description = "unchanged or revised")
    @APIResponse(responseCode = "400", description = "invalid release", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> submitJson(byte[] body, HttpHeaders headers) {
        rateLimit.admit(token);
        return respond(commands.submit(parser.fromJson(body), RequestMetadata.of(headers, token)));
    }

    @POST
    @Path("releases")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Submit a release in the seed text format",
            description = "First line 'date YYYY-MM <category>', then the body; a leading (PLACE)- dateline is recognised.")
    public Uni<Response> submitText(byte[] body, HttpHeaders headers) {
        rateLimit.admit(token);
        return respond(commands.submit(parser.fromPlainText(body), RequestMetadata.of(headers, token)));
    }

    @PUT
    @Path("releases/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "Revise a release's text",
            description = "If-Match names the version being revised; a stale version gets 409 and nothing is appended.")
    @APIResponse(responseCode = "409", description = "stale version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<IngestResult> revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                    byte[] body, HttpHeaders headers) {
        rateLimit.admit(token);
        requireKnownShape(id);
        long expected = IfMatch.required(ifMatch);
        var revision = parser.revision(body, MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType()));
        return commands.revise(id, expected, revision.text(), revision.reason(), RequestMetadata.of(headers, token));
    }

    @DELETE
    @Path("releases/{id}")
    @Operation(summary = "Retract a release", description = "The release leaves the registry; its history stays.")
    public Uni<IngestResult> retract(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                     @QueryParam("reason") String reason, HttpHeaders headers) {
        rateLimit.admit(token);
        requireKnownShape(id);
        return commands.retract(id, IfMatch.optional(ifMatch), StorableText.check("reason", reason),
                RequestMetadata.of(headers, token));
    }

    private static void requireKnownShape(String id) {
        if (!ReleaseIds.isWellFormed(id)) {
            throw ProblemException.notFound("no release with id " + id);
        }
    }

    private static Uni<Response> respond(Uni<IngestResult> result) {
        return result.map(r -> Response.status(r.status() == IngestResult.Outcome.CREATED ? 201 : 200)
                .location(URI.create("/v1/releases/" + r.id()))
                .entity(r)
                .build());
    }
}
