package dev.beyan.query.place;

import dev.beyan.query.api.Limit;
import dev.beyan.query.api.Page;
import dev.beyan.query.cache.ReadModelAnswer;
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

@Path("/v1/provinces")
@Produces(MediaType.APPLICATION_JSON)
@ReadModelAnswer
@Tag(name = "Places")
public class ProvinceResource {
    private final PlaceDirectory places;

    public ProvinceResource(PlaceDirectory places) {
        this.places = places;
    }

    @GET
    @Operation(summary = "List the 81 provinces by plate code, with mention counts")
    @APIResponse(responseCode = "200", description = "A page of provinces", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = """
            {"items":[{"id":35,"name":"İzmir","metropolitan":true,"mentionCount":12,"releaseCount":4,\
            "districts":null}],"next":"djEfMzU"}""")))
    @APIResponse(responseCode = "400", description = "Malformed cursor or limit out of range")
    public Uni<Page<ProvinceView>> list(@RestQuery String cursor, @RestQuery String limit) {
        return places.provinces(cursor, Limit.of(limit));
    }

    @GET
    @Path("/{id:\\d+}")
    @Operation(summary = "A province by plate code, with its districts")
    @APIResponse(responseCode = "200", description = "The province", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "province", value = """
            {"id":35,"name":"İzmir","metropolitan":true,"mentionCount":12,"releaseCount":4,"districts":[\
            {"id":1178,"name":"Bayındır","provinceId":35,"mentionCount":5,"releaseCount":2}]}""")))
    @APIResponse(responseCode = "404", description = "No such province")
    public Uni<ProvinceView> get(@RestPath int id) {
        return places.province(id);
    }
}
