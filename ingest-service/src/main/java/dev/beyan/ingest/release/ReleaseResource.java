package dev.beyan.ingest.release;

import dev.beyan.common.problem.StorableText;
import dev.beyan.common.problem.ProblemException;
import dev.beyan.common.security.Roles;
import dev.beyan.common.store.EventMetadata;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Submits, revises and retracts releases. Each call appends at most one event. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ReleaseResource.TAG, description = ReleaseResource.TAG_DESCRIPTION)
@RolesAllowed(Roles.INGEST)
public class ReleaseResource {
    static final String TAG = "Releases";
    static final String TAG_DESCRIPTION = "Submit, revise and retract press releases; each change is one immutable "
            + "event in the release's stream";
    static final String RESULT_EXAMPLE = """
            {"id":"557625bdbbff611b","version":1,"position":1,"status":"created"}""";
    private static final String SUMMARY = "Submit a release, as JSON or in the seed text format";
    private static final String DESCRIPTION = "JSON: only `text` is required. Text: first line `date YYYY-MM "
            + "<category>`, then the body; a leading (PLACE)- dateline is recognised. 201 for a new release; 200 "
            + "when the content is already known (nothing appended) or when a new text under a known externalId "
            + "revised it.";
    private static final String INVALID_RELEASE = "An invalid release, or one whose event would be larger than "
            + "beyan.ingest.max-event-bytes (a text of control characters, which JSON escapes into six bytes each); "
            + "`field` names what is wrong and nothing is stored";
    private static final String SEED_TEXT = "date 2024-04 chp\n\n(İZMİR)- CHP İzmir İl Başkanı Şenol Aslanoğlu ...";
    private final ReleaseCommands commands;
    private final SubmissionParser parser;
    private final JsonWebToken token;
    private final WriteRateLimit rateLimit;
    private final EventSizeLimit eventSize;

    public ReleaseResource(ReleaseCommands commands, SubmissionParser parser, JsonWebToken token,
                           WriteRateLimit rateLimit, EventSizeLimit eventSize) {
        this.commands = commands;
        this.parser = parser;
        this.token = token;
        this.rateLimit = rateLimit;
        this.eventSize = eventSize;
    }

    @POST
    @Path("releases")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(operationId = "submitRelease", summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Submission.class),
                    examples = @ExampleObject(name = "seed", value = """
                            {"externalId":"000_d70b2ed9d009a380","publishedAt":"2024-05","category":"Güncel",\
                            "text":"(İZMİR)- CHP İzmir İl Başkanı Şenol Aslanoğlu ..."}""")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "seed", value = SEED_TEXT))})
    @APIResponse(responseCode = "201", description = "A new release", headers = @Header(name = HttpHeaders.LOCATION,
            description = "The release's address", schema = @Schema(type = SchemaType.STRING)), content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class),
            examples = @ExampleObject(name = "created", value = RESULT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Unchanged (nothing appended) or revised", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = INVALID_RELEASE)
    public Uni<Response> submit(byte[] body, HttpHeaders headers) {
        rateLimit.admit(token);
        Submission submission = MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType())
                ? parser.fromJson(body) : parser.fromPlainText(body);
        EventMetadata metadata = RequestMetadata.of(headers, token);
        eventSize.check(submission, metadata);
        return respond(commands.submit(submission, metadata));
    }

    @PUT
    @Path("releases/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(operationId = "reviseRelease", summary = "Revise a release's text",
            description = "If-Match names the version being revised (the one your last answer gave); a stale version "
                    + "gets 409 and nothing is appended.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionParser.Revision.class),
                    examples = @ExampleObject(name = "typo", value = """
                            {"text":"(İZMİR)- CHP İzmir İl Başkanı Şenol Aslanoğlu ...","reason":"typo"}""")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "Revised, or unchanged when the text is the same",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "An invalid text or If-Match, or a text whose event would be "
            + "larger than beyan.ingest.max-event-bytes; nothing is appended")
    @APIResponse(responseCode = "404", description = "No such release")
    @APIResponse(responseCode = "409", description = "The release is at another version than If-Match names")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<IngestResult> revise(@Parameter(description = "The release's id") @PathParam("id") String id,
                                    @Parameter(description = "The version being revised, e.g. 1 or \"1\"")
                                    @HeaderParam("If-Match") String ifMatch,
                                    byte[] body, HttpHeaders headers) {
        rateLimit.admit(token);
        requireKnownShape(id);
        long expected = IfMatch.required(ifMatch);
        var revision = parser.revision(body, MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType()));
        EventMetadata metadata = RequestMetadata.of(headers, token);
        eventSize.check(revision, metadata);
        return commands.revise(id, expected, revision.text(), revision.reason(), metadata);
    }

    @DELETE
    @Path("releases/{id}")
    @Operation(operationId = "retractRelease", summary = "Retract a release",
            description = "The release leaves the registry; its history stays.")
    @APIResponse(responseCode = "200", description = "Retracted, or unchanged when it already was",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "An invalid If-Match")
    @APIResponse(responseCode = "404", description = "No such release")
    @APIResponse(responseCode = "409", description = "The release is at another version than If-Match names")
    public Uni<IngestResult> retract(@Parameter(description = "The release's id") @PathParam("id") String id,
                                     @Parameter(description = "The version being retracted; optional")
                                     @HeaderParam("If-Match") String ifMatch,
                                     @Parameter(description = "Why") @QueryParam("reason") String reason,
                                     HttpHeaders headers) {
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
