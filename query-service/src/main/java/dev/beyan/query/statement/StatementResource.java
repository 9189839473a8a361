package dev.beyan.query.statement;

import dev.beyan.query.api.Page;
import dev.beyan.query.api.PageSize;
import dev.beyan.query.cache.ReadModelAnswer;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@ReadModelAnswer
@Tag(name = "Statements", description = "Who said what, where: direct and reported speech found in the releases")
public class StatementResource {
    /** One hit, shared with the official's statements. */
    public static final String EXAMPLE = """
            {"items":[{"id":"a000000000000001:1","kind":"direct","text":"Seçimlerde halkımızın bize verdiği \
            sorumluluğun farkındayız.","cue":"dedi","speaker":{"officialId":"o_4d5fb4dd09b829e1","name":"Şenol Aslanoğlu"},\
            "release":{"id":"a000000000000001","title":null,"dateline":"İZMİR"},"publishedOn":"2024-04-10",\
            "offsets":{"start":214,"end":340}}],"next":null}""";

    private final StatementSearch search;

    public StatementResource(StatementSearch search) {
        this.search = search;
    }

    @GET
    @Operation(operationId = "searchStatements", summary = "Search statements, newest first",
            description = "`q`: words in Turkish, stemmed (seçimler finds seçim), also when typed without Turkish "
                    + "letters (secimler, bayindir find seçim, Bayındır); web-search syntax (\"phrase\", or, -word). `speaker`: an official id. "
                    + "`party`: the speaker's party in that release. `province` / `district`: a place the release "
                    + "mentions (plate code, id or name). `from` / `to`: publication days, YYYY-MM-DD. `kind`: direct "
                    + "or indirect.")
    @APIResponse(responseCode = "200", description = "A page of statements", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementPage.class),
            examples = @ExampleObject(name = "page", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "An unknown filter value, an unparseable date, a malformed "
            + "cursor or a limit out of range; `field` names the parameter")
    public Uni<Page<StatementHit>> search(@BeanParam StatementFilter filter, @BeanParam PageSize limit) {
        return search.search(filter, limit.value());
    }

    /** A page of statements, named for the OpenAPI document. */
    @Schema(name = "StatementPage", description = "A page of statements")
    public record StatementPage(List<StatementHit> items, @Schema(nullable = true, description = Page.NEXT) String next) {
    }
}
