package dev.beyan.query.statement;

import dev.beyan.query.api.Page;
import dev.beyan.query.api.PageSize;
import dev.beyan.query.cache.ReadModelAnswer;
import dev.beyan.query.official.OfficialMoved;
import dev.beyan.query.official.OfficialResource;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * An official's statements, under the official's path. Kept here rather than in {@link OfficialResource}: a
 * statement names its speaker, so this package depends on the officials' and not the other way round.
 */
@Path("/v1/officials/{id}/statements")
@Produces(MediaType.APPLICATION_JSON)
@ReadModelAnswer
@Tag(name = "Officials")
public class OfficialStatementsResource {
    private final StatementSearch statements;

    public OfficialStatementsResource(StatementSearch statements) {
        this.statements = statements;
    }

    @GET
    @Operation(operationId = "listOfficialStatements", summary = "An official's statements, newest first")
    @APIResponse(responseCode = "200", description = "A page of statements", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            implementation = StatementResource.StatementPage.class),
            examples = @ExampleObject(name = "page", value = StatementResource.EXAMPLE)))
    @APIResponse(responseCode = "300", description = OfficialResource.MOVED_MANY, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficialMoved.class)))
    @APIResponse(responseCode = "301", description = OfficialResource.MOVED_ONE, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficialMoved.class)))
    @APIResponse(responseCode = "400", description = "A malformed cursor or a limit out of range")
    @APIResponse(responseCode = "404", description = "No such official")
    public Uni<Page<StatementHit>> statements(@Parameter(description = "The official's id") @RestPath String id,
            @Parameter(description = "The previous page's `next`") @RestQuery String cursor,
            @BeanParam PageSize limit) {
        return statements.bySpeaker(id, cursor, limit.value());
    }
}
