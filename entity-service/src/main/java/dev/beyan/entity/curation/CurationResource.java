package dev.beyan.entity.curation;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.common.problem.StorableText;
import dev.beyan.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** Editors correct the automatic identity decisions; each correction is an event in the curation stream. */
@Path("/v1/officials/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Curation", description = "Editors' corrections of who is who: merge two officials, split one")
@RolesAllowed(Roles.EDITOR)
public class CurationResource {
    private static final int MAX_REASON = 2000;
    private static final int MAX_RELEASES = 1000;

    private final Curation curation;
    private final JsonWebToken token;

    public CurationResource(Curation curation, JsonWebToken token) {
        this.curation = curation;
        this.token = token;
    }

    @POST
    @Path("merge")
    @Operation(operationId = "mergeOfficials", summary = "Merge an official into another: they are one person",
            description = "Appends OfficialsMerged to the stream curation-officials and applies it. The official of "
                    + "the path then answers in query-service with a 301 to `into`, and `mergedInto`; the merge "
                    + "holds through rebuilds and re-analyses.")
    @APIResponse(responseCode = "200", description = "Merged", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionResult.class),
            examples = @ExampleObject(name = "merged", value = """
                    {"type":"OfficialsMerged","version":1,"position":42,"officialId":"o_5b1e0c2d9a7f3e41"}""")))
    @APIResponse(responseCode = "400", description = "A missing or unstorable field, an unknown `into`, or `into` "
            + "the same official; `field` names it")
    @APIResponse(responseCode = "404", description = "No official with the path's id")
    @APIResponse(responseCode = "409", description = "Another correction was appended at the same moment")
    public Uni<CorrectionResult> merge(@Parameter(description = "The official that is merged away") @RestPath String id,
                                       MergeRequest request) {
        MergeRequest body = required(request);
        String into = text("into", body.into(), 200);
        return curation.merge(id, into, editor(), text("reason", body.reason(), MAX_REASON));
    }

    @POST
    @Path("split")
    @Operation(operationId = "splitOfficial", summary = "Split an official: in some releases it is another person",
            description = "Appends OfficialSplit to the stream curation-officials and applies it. The mentions in "
                    + "`releaseIds` become a new official (its id is in the answer); the rest keep the path's id. "
                    + "The split holds through rebuilds and re-analyses.")
    @APIResponse(responseCode = "200", description = "Split", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionResult.class),
            examples = @ExampleObject(name = "split", value = """
                    {"type":"OfficialSplit","version":2,"position":43,"officialId":"o_0c9d2e7a41b8f356"}""")))
    @APIResponse(responseCode = "400", description = "A missing or unstorable field, or a release that does not name "
            + "the official; `field` names it")
    @APIResponse(responseCode = "404", description = "No official with the path's id")
    @APIResponse(responseCode = "409", description = "The split would take every release, or another correction was "
            + "appended at the same moment")
    public Uni<CorrectionResult> split(@Parameter(description = "The official to split") @RestPath String id,
                                       SplitRequest request) {
        SplitRequest body = required(request);
        List<String> releases = body.releaseIds();
        if (releases == null || releases.isEmpty() || releases.size() > MAX_RELEASES) {
            throw ProblemException.badRequest("releaseIds", "name 1 to " + MAX_RELEASES + " releases");
        }
        releases.forEach(r -> text("releaseIds", r, 200));
        return curation.split(id, releases, editor(), text("reason", body.reason(), MAX_REASON));
    }

    private String editor() {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ProblemException.badRequest(null, "a JSON body is required");
        }
        return body;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw ProblemException.badRequest(field, "field '" + field + "' must be 1 to " + max + " characters");
        }
        return StorableText.check(field, value);
    }
}
