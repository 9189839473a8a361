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

@Path("/v1/provinces")
@Produces(MediaType.APPLICATION_JSON)
@ReadModelAnswer
@Tag(name = ProvinceResource.PLACES, description = ProvinceResource.PLACES_DESCRIPTION)
public class ProvinceResource {
    static final String PLACES = "Places";
    static final String PLACES_DESCRIPTION = "Turkey's 81 provinces and 973 districts, with how often releases "
            + "mention them";

    private final PlaceDirectory places;

    public ProvinceResource(PlaceDirectory places) {
        this.places = places;
    }

    @GET
    @Operation(operationId = "listProvinces", summary = "List the 81 provinces by plate code, with mention counts")
    @APIResponse(responseCode = "200", description = "A page of provinces", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvincePage.class),
            examples = @ExampleObject(name = "page", value = """
            {"items":[{"id":35,"name":"İzmir","metropolitan":true,"mentionCount":12,"releaseCount":4,\
            "districts":null}],"next":"djEfMzU"}""")))
    @APIResponse(responseCode = "400", description = "Malformed cursor or limit out of range")
    public Uni<Page<ProvinceView>> list(@Parameter(description = "The previous page's `next`") @RestQuery String cursor,
                                        @BeanParam PageSize limit) {
        return places.provinces(cursor, limit.value());
    }

    @GET
    @Path("/{id:\\d+}")
    @Operation(operationId = "getProvince", summary = "A province by plate code, with its districts")
    @APIResponse(responseCode = "200", description = "The province", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceView.class),
            examples = @ExampleObject(name = "province", value = """
            {"id":35,"name":"İzmir","metropolitan":true,"mentionCount":12,"releaseCount":4,"districts":[\
            {"id":1178,"name":"Bayındır","provinceId":35,"mentionCount":5,"releaseCount":2}]}""")))
    @APIResponse(responseCode = "404", description = "No such province")
    public Uni<ProvinceView> get(@Parameter(description = "The plate code, 1 to 81") @RestPath int id) {
        return places.province(id);
    }

    /** A page of provinces, named for the OpenAPI document. */
    @Schema(name = "ProvincePage", description = "A page of provinces")
    record ProvincePage(List<ProvinceView> items, @Schema(nullable = true, description = Page.NEXT) String next) {
    }
}
