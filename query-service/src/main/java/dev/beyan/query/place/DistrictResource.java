package dev.beyan.query.place;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

@Path("/v1/districts")
@Produces(MediaType.APPLICATION_JSON)
@ReadModelAnswer
@Tag(name = ProvinceResource.PLACES, description = ProvinceResource.PLACES_DESCRIPTION)
public class DistrictResource {
    private final PlaceDirectory places;

    public DistrictResource(PlaceDirectory places) {
        this.places = places;
    }

    @GET
    @Operation(operationId = "listDistricts", summary = "List districts by id, all or one province's",
            description = "`province` is a plate code (35) or a name in any casing, with or without Turkish "
                    + "letters (İzmir, IZMIR, izmir).")
    @APIResponse(responseCode = "200", description = "A page of districts", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistrictPage.class),
            examples = @ExampleObject(name = "page", value = """
            {"items":[{"id":1178,"name":"Bayındır","provinceId":35,"mentionCount":5,"releaseCount":2}],\
            "next":null}""")))
    @APIResponse(responseCode = "400", description = "Unknown province, malformed cursor or limit out of range")
    public Uni<Page<DistrictSummary>> list(
            @Parameter(description = "A plate code or a province name in any casing") @RestQuery String province,
            @Parameter(description = "The previous page's `next`") @RestQuery String cursor, @BeanParam PageSize limit) {
        return places.districts(province, cursor, limit.value());
    }

    @GET
    @Path("/{id:\\d+}")
    @Operation(operationId = "getDistrict",
            summary = "A district with the officials whose office is there, counts and the latest releases")
    @APIResponse(responseCode = "200", description = "The district", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistrictView.class),
            examples = @ExampleObject(name = "district", value = """
            {"id":1178,"name":"Bayındır","province":{"id":35,"name":"İzmir"},"mentionCount":5,"releaseCount":2,\
            "officials":[{"id":"davut-sakarsu","name":"Davut Sakarsu","aliases":["Sakarsu"],"releaseCount":1,\
            "statementCount":1,"firstSeen":"2024-04-20","lastSeen":"2024-04-20"}],\
            "latestReleases":[{"id":"a000000000000004","externalId":null,"source":null,"url":null,"title":null,\
            "publishedAt":"2024-04-20","category":"chp","dateline":"İZMİR","status":"active","version":2,\
            "receivedAt":"2026-11-25T09:00:00Z","updatedAt":"2026-11-25T09:00:00Z","lastPosition":12}]}""")))
    @APIResponse(responseCode = "404", description = "No such district")
    public Uni<DistrictView> get(@Parameter(description = "The district's id, e.g. 1178 (Bayındır)") @RestPath int id) {
        return places.district(id);
    }

    /** A page of districts, named for the OpenAPI document. */
    @Schema(name = "DistrictPage", description = "A page of districts")
    record DistrictPage(List<DistrictSummary> items, @Schema(nullable = true, description = Page.NEXT) String next) {
    }
}
