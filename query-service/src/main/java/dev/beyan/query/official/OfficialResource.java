package dev.beyan.query.official;

import dev.beyan.query.api.Page;
import dev.beyan.query.api.PageSize;
import dev.beyan.query.cache.ReadModelAnswer;
import dev.beyan.query.release.ReleaseCatalog;
import dev.beyan.query.release.ReleaseResource;
import dev.beyan.query.release.ReleaseSummary;
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

import java.util.List;

@Path("/v1/officials")
@Produces(MediaType.APPLICATION_JSON)
@ReadModelAnswer
@Tag(name = "Officials", description = "People holding or named with an office, with the offices seen, "
        + "their statements and the releases they appear in")
public class OfficialResource {
    private static final String SUMMARY = """
            {"id":"o_4d5fb4dd09b829e1","name":"Şenol Aslanoğlu","aliases":["Aslanoğlu"],"releaseCount":1,\
            "statementCount":1,"firstSeen":"2024-04-10","lastSeen":"2024-04-10"}""";

    /** The 301 and 300 answers' descriptions, which the official's statements give too. */
    public static final String MOVED_ONE = "The id names no official any more but points to one (an old "
            + "name-based id, an id merged away): Location is the same request with that official's id";
    public static final String MOVED_MANY = "An old name-based id that several officials share (namesakes): "
            + "the candidates";

    private final OfficialDirectory officials;
    private final OfficialLookup lookup;
    private final ReleaseCatalog releases;

    public OfficialResource(OfficialDirectory officials, OfficialLookup lookup, ReleaseCatalog releases) {
        this.officials = officials;
        this.lookup = lookup;
        this.releases = releases;
    }

    @GET
    @Operation(operationId = "listOfficials", summary = "Find officials by name, party, place or title",
            description = "`q` matches names and aliases regardless of case and Turkish letters (senol aslanoglu, "
                    + "ŞENOL ASLANOĞLU). `party`, `province` (plate code or name), `district` (id or name) and "
                    + "`title` must all hold for one office.")
    @APIResponse(responseCode = "200", description = "A page of officials", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficialPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\":[" + SUMMARY + "],\"next\":null}")))
    @APIResponse(responseCode = "400", description = "An unknown filter value, a malformed cursor or a limit out of "
            + "range; `field` names the parameter")
    public Uni<Page<OfficialSummary>> list(@BeanParam OfficialFilter filter, @BeanParam PageSize limit) {
        return officials.list(filter, limit.value());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOfficial", summary = "An official: name, aliases, offices with first and last seen, "
            + "counts, and how its identity was decided",
            description = "`identity` lists the register entries the official is linked to, why each release's "
                    + "mention belongs here (`evidence`) and the editors' corrections. An id that names no official "
                    + "any more (an old name-based id such as `senol-aslanoglu`, an id an editor merged away) "
                    + "answers 301 to the official it points to, or 300 with the candidates when several share it.")
    @APIResponse(responseCode = "200", description = "The official", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficialView.class),
            examples = @ExampleObject(name = "official", value = """
            {"id":"o_4d5fb4dd09b829e1","name":"Şenol Aslanoğlu","aliases":["Aslanoğlu"],"positions":[\
            {"title":"İl Başkanı","org":"CHP","party":"CHP","partySource":"text","province":{"id":35,"name":"İzmir"},\
            "district":null,"former":false,"firstSeen":"2024-04-10","lastSeen":"2024-04-10","releaseCount":1}],\
            "firstSeen":"2024-04-10","lastSeen":"2024-04-10","counts":{"releases":1,"statements":1,"mentions":3},\
            "identity":{"registryEntries":[],"evidence":[{"releaseId":"557625bdbbff611b","name":"Şenol Aslanoğlu",\
            "nameKey":"senol-aslanoglu","rule":"first-seen","detail":"the first sighting of this official: the id was \
            minted from it","registryEntry":null}],"corrections":[]}}""")))
    @APIResponse(responseCode = "300", description = MOVED_MANY, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficialMoved.class)))
    @APIResponse(responseCode = "301", description = MOVED_ONE, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficialMoved.class),
            examples = @ExampleObject(name = "old id", value = """
            {"id":"senol-aslanoglu","movedTo":"o_4d5fb4dd09b829e1","mergedInto":null,\
            "candidates":["o_4d5fb4dd09b829e1"]}""")))
    @APIResponse(responseCode = "404", description = "No such official")
    public Uni<OfficialView> get(@Parameter(description = "The official's id, e.g. o_4d5fb4dd09b829e1") @RestPath
                                 String id) {
        return lookup.get(id);
    }

    @GET
    @Path("/{id}/releases")
    @Operation(operationId = "listOfficialReleases", summary = "The releases an official appears in, newest first")
    @APIResponse(responseCode = "200", description = "A page of releases", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            implementation = ReleaseResource.ReleasePage.class),
            examples = @ExampleObject(name = "page", value = """
            {"items":[{"id":"a000000000000001","externalId":null,"source":null,"url":null,"title":null,\
            "publishedAt":"2024-04-10","category":"chp","dateline":"İZMİR","status":"active","version":2,\
            "receivedAt":"2026-11-25T09:00:00Z","updatedAt":"2026-11-25T09:00:00Z","lastPosition":9}],"next":null}""")))
    @APIResponse(responseCode = "300", description = MOVED_MANY, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficialMoved.class)))
    @APIResponse(responseCode = "301", description = MOVED_ONE, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficialMoved.class)))
    @APIResponse(responseCode = "400", description = "A malformed cursor or a limit out of range")
    @APIResponse(responseCode = "404", description = "No such official")
    public Uni<Page<ReleaseSummary>> releases(@Parameter(description = "The official's id") @RestPath String id,
            @Parameter(description = "The previous page's `next`") @RestQuery String cursor,
            @BeanParam PageSize limit) {
        return officials.find(id).chain(o -> releases.withOfficial(id, cursor, limit.value()));
    }

    /** A page of officials, named for the OpenAPI document: Java erases {@link Page}'s item type. */
    @Schema(name = "OfficialPage", description = "A page of officials")
    record OfficialPage(List<OfficialSummary> items, @Schema(nullable = true, description = Page.NEXT) String next) {
    }
}
