package dev.beyan.query.release;

import dev.beyan.query.api.Limit;
import dev.beyan.query.api.Page;
import dev.beyan.query.api.Params;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Releases")
public class ReleaseResource {
    private final ReleaseCatalog catalog;
    private final ReleaseHistory history;

    public ReleaseResource(ReleaseCatalog catalog, ReleaseHistory history) {
        this.catalog = catalog;
        this.history = history;
    }

    @GET
    @Operation(summary = "List releases, newest first",
            description = "Keyset pagination: pass the previous page's `next` as `cursor`; `limit` 1 to 200 (50).")
    @APIResponse(responseCode = "200", description = "A page of releases", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = Examples.LIST)))
    @APIResponse(responseCode = "400", description = "Malformed cursor or limit out of range")
    public Uni<Page<ReleaseSummary>> list(@RestQuery String cursor, @RestQuery String limit) {
        return catalog.list(cursor, Limit.of(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A release's current state and text, or its state at a past point",
            description = "`asOf` (an ISO-8601 instant or a global event position) folds the release's events up to "
                    + "that point: the release as the system knew it then; 404 if it had not been received yet.")
    @APIResponse(responseCode = "200", description = "The release", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "release", value = Examples.ONE)))
    @APIResponse(responseCode = "400", description = "asOf is neither an instant nor a position")
    @APIResponse(responseCode = "404", description = "No such release (at that point)")
    public Uni<ReleaseView> get(@RestPath String id, @RestQuery String asOf) {
        return asOf == null || asOf.isBlank() ? catalog.get(id) : history.asOf(id, asOf);
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "The release's complete audit trail",
            description = "Every event of the release's stream in version order, as stored: position, version, "
                    + "type, schema version, recorded time, event id, data and metadata.")
    @APIResponse(responseCode = "200", description = "The events", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "events", value = Examples.EVENTS)))
    @APIResponse(responseCode = "404", description = "No such release")
    public Uni<Page<AuditEvent>> events(@RestPath String id) {
        return history.events(id);
    }

    @GET
    @Path("/{id}/analysis")
    @Operation(summary = "The release's latest analysis, or the analysis of one of its texts",
            description = "`version` is the stream version of the text analysed (1 for the text as received).")
    @APIResponse(responseCode = "200", description = "The analysis", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "analysis", value = Examples.ANALYSIS)))
    @APIResponse(responseCode = "400", description = "version is not a positive whole number")
    @APIResponse(responseCode = "404", description = "No such release, or no analysis (of that version)")
    public Uni<AnalysisView> analysis(@RestPath String id, @RestQuery String version) {
        return history.analysis(id, Params.positive("version", version));
    }

    /** OpenAPI examples, on the seed release. */
    static final class Examples {
        static final String SUMMARY = """
                {"id":"d70b2ed9d009a380","externalId":null,"source":null,"url":null,\
                "title":null,"publishedAt":"2024-04","category":"chp","dateline":"İZMİR","status":"active",\
                "version":2,"receivedAt":"2026-11-25T09:00:00.123456Z","updatedAt":"2026-11-25T09:00:00.123456Z",\
                "lastPosition":2}""";
        static final String LIST = "{\"items\":[" + SUMMARY + "],\"next\":\"djEfMjAyNi0xMS0yNVQwOTowMDowMFofZDcwYjJlZDlkMDA5YTM4MA\"}";
        static final String ONE = """
                {"id":"d70b2ed9d009a380","externalId":null,"source":null,"url":null,"title":null,\
                "publishedAt":"2024-04","category":"chp","dateline":"İZMİR","status":"active","version":2,\
                "textVersion":1,"textSha256":"9f2c…","receivedAt":"2026-11-25T09:00:00.123456Z",\
                "updatedAt":"2026-11-25T09:00:00.123456Z","lastPosition":2,\
                "analyzed":{"textVersion":1,"extractorName":"beyan-extractor","extractorVersion":"1"},\
                "text":"(İZMİR)- CHP İzmir İl Başkanı Şenol Aslanoğlu, ..."}""";
        static final String EVENTS = """
                {"items":[{"position":1,"version":1,"type":"ReleaseReceived","schemaVersion":1,\
                "recordedAt":"2026-11-25T09:00:00.123456Z","eventId":"0b6f7c1e-3d2a-4c59-9a55-2f0e8d1c7b40",\
                "data":{"releaseId":"d70b2ed9d009a380","text":"(İZMİR)- CHP İzmir İl Başkanı Şenol Aslanoğlu, ...",\
                "sha256":"9f2c…","externalId":null,"source":null,"url":null,"publishedAt":"2024-04","category":"chp",\
                "dateline":"İZMİR","title":null},"metadata":{"correlationId":"c0ffee","causationId":null,\
                "actor":"ingest-service","traceparent":null}}],"next":null}""";
        static final String ANALYSIS = """
                {"releaseId":"d70b2ed9d009a380","version":2,"position":2,"textVersion":1,\
                "extractorName":"beyan-extractor","extractorVersion":"1","recordedAt":"2026-11-25T09:00:01Z",\
                "analysis":{"extractor":{"name":"beyan-extractor","version":"1"},"officials":[],"places":[],\
                "statements":[]}}""";

        private Examples() {
        }
    }
}
