package dev.beyan.query.release;

import dev.beyan.query.api.Page;
import dev.beyan.query.api.PageSize;
import dev.beyan.query.api.Params;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

@Path("/v1/releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Releases", description = "Every release received, its current state and text, its complete "
        + "audit trail, its state at any point of its history, and its analyses")
public class ReleaseResource {
    private final ReleaseCatalog catalog;
    private final ReleaseHistory history;

    public ReleaseResource(ReleaseCatalog catalog, ReleaseHistory history) {
        this.catalog = catalog;
        this.history = history;
    }

    @GET
    @Operation(operationId = "listReleases", summary = "List releases, newest first",
            description = "Keyset pagination: pass the previous page's `next` as `cursor`; `limit` 1 to 200 (50).")
    @APIResponse(responseCode = "200", description = "A page of releases", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleasePage.class),
            examples = @ExampleObject(name = "page", value = Examples.LIST)))
    @APIResponse(responseCode = "400", description = "Malformed cursor or limit out of range")
    public Uni<Page<ReleaseSummary>> list(@Parameter(description = "The previous page's `next`") @RestQuery String cursor,
                                          @BeanParam PageSize limit) {
        return catalog.list(cursor, limit.value());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRelease", summary = "A release's current state and text, or its state at a past point",
            description = "`asOf` (an ISO-8601 instant or a global event position) folds the release's events up to "
                    + "that point: the release as the system knew it then; 404 if it had not been received yet.")
    @APIResponse(responseCode = "200", description = "The release", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleaseView.class),
            examples = @ExampleObject(name = "release", value = Examples.ONE)))
    @APIResponse(responseCode = "400", description = "asOf is neither an instant nor a position")
    @APIResponse(responseCode = "404", description = "No such release (at that point)")
    public Uni<ReleaseView> get(@Parameter(description = "The release's id") @RestPath String id,
                               @Parameter(description = "An ISO-8601 instant (compared with recordedAt) or a global "
                                       + "event position: the release as known then") @RestQuery String asOf) {
        return asOf == null || asOf.isBlank() ? catalog.get(id) : history.asOf(id, asOf);
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "listReleaseEvents", summary = "The release's complete audit trail",
            description = "Every event of the release's stream in version order, as stored: position, version, "
                    + "type, schema version, recorded time, event id, data and metadata.")
    @APIResponse(responseCode = "200", description = "The events", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class),
            examples = @ExampleObject(name = "events", value = Examples.EVENTS)))
    @APIResponse(responseCode = "404", description = "No such release")
    public Uni<Page<AuditEvent>> events(@Parameter(description = "The release's id") @RestPath String id) {
        return history.events(id);
    }

    @GET
    @Path("/{id}/analysis")
    @Operation(operationId = "getReleaseAnalysis",
            summary = "The release's latest analysis, or the analysis of one of its texts",
            description = "`version` is the stream version of the text analysed (1 for the text as received).")
    @APIResponse(responseCode = "200", description = "The analysis", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisView.class),
            examples = @ExampleObject(name = "analysis", value = Examples.ANALYSIS)))
    @APIResponse(responseCode = "400", description = "version is not a positive whole number")
    @APIResponse(responseCode = "404", description = "No such release, or no analysis (of that version)")
    public Uni<AnalysisView> analysis(@Parameter(description = "The release's id") @RestPath String id,
            @Parameter(description = "The stream version of the text analysed (1: the text as received); the "
                    + "latest analysis when absent", schema = @Schema(type = SchemaType.INTEGER, format = "int64",
                    minimum = "1")) @RestQuery String version) {
        return history.analysis(id, Params.positive("version", version));
    }

    /** A page of releases, named for the OpenAPI document. */
    @Schema(name = "ReleasePage", description = "A page of releases")
    public record ReleasePage(List<ReleaseSummary> items, @Schema(nullable = true, description = Page.NEXT) String next) {
    }

    /** A release's events: one page holding them all, named for the OpenAPI document. */
    @Schema(name = "EventPage", description = "A release's events in version order; next is always null")
    record EventPage(List<AuditEvent> items, @Schema(nullable = true, description = Page.NEXT) String next) {
    }

    /** OpenAPI examples, on the seed release. */
    static final class Examples {
        static final String SUMMARY = """
                {"id":"557625bdbbff611b","externalId":null,"source":null,"url":null,\
                "title":null,"publishedAt":"2024-04","category":"chp","dateline":"İZMİR","status":"active",\
                "version":2,"receivedAt":"2026-11-25T09:00:00.123456Z","updatedAt":"2026-11-25T09:00:00.123456Z",\
                "lastPosition":2}""";
        static final String LIST = "{\"items\":[" + SUMMARY + "],\"next\":\"djEfMjAyNi0xMS0yNVQwOTowMDowMFofNTU3NjI1YmRiYmZmNjExYg\"}";
        static final String ONE = """
                {"id":"557625bdbbff611b","externalId":null,"source":null,"url":null,"title":null,\
                "publishedAt":"2024-04","category":"chp","dateline":"İZMİR","status":"active","version":2,\
                "textVersion":1,"textSha256":"9f2c…","receivedAt":"2026-11-25T09:00:00.123456Z",\
                "updatedAt":"2026-11-25T09:00:00.123456Z","lastPosition":2,\
                "analyzed":{"textVersion":1,"extractorName":"beyan-extractor","extractorVersion":"1"},\
                "text":"(İZMİR)- CHP İzmir İl Başkanı Şenol Aslanoğlu, ..."}""";
        static final String EVENTS = """
                {"items":[{"position":1,"version":1,"type":"ReleaseReceived","schemaVersion":1,\
                "recordedAt":"2026-11-25T09:00:00.123456Z","eventId":"0b6f7c1e-3d2a-4c59-9a55-2f0e8d1c7b40",\
                "data":{"releaseId":"557625bdbbff611b","text":"(İZMİR)- CHP İzmir İl Başkanı Şenol Aslanoğlu, ...",\
                "sha256":"9f2c…","externalId":null,"source":null,"url":null,"publishedAt":"2024-04","category":"chp",\
                "dateline":"İZMİR","title":null},"metadata":{"correlationId":"c0ffee","causationId":null,\
                "actor":"ingest-service","traceparent":null}}],"next":null}""";
        static final String ANALYSIS = """
                {"releaseId":"557625bdbbff611b","version":2,"position":2,"textVersion":1,\
                "extractorName":"beyan-extractor","extractorVersion":"1","recordedAt":"2026-11-25T09:00:01Z",\
                "analysis":{"extractor":{"name":"beyan-extractor","version":"1"},"officials":[],"places":[],\
                "statements":[]}}""";

        private Examples() {
        }
    }
}
