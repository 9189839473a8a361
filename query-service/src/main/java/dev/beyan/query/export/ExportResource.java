package dev.beyan.query.export;

import io.smallrye.mutiny.Multi;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

@Path("/v1/export/popolo")
@Tag(name = "Export", description = "The whole registry in the Popolo open-government data format")
public class ExportResource {
    static final String PATH = "/v1/export/popolo";

    private final PopoloExport export;

    public ExportResource(PopoloExport export) {
        this.export = export;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportPopolo", summary = "The whole registry as Popolo JSON, streamed",
            description = "persons (officials), organizations (parties and offices' organisations), memberships "
                    + "(offices held), areas (provinces and districts) and speeches (statements), per "
                    + "popoloproject.com's schemas.")
    @APIResponse(responseCode = "200", description = "The Popolo document", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Popolo.Document.class),
            examples = @ExampleObject(name = "popolo", value = """
            {"persons":[{"id":"o_4d5fb4dd09b829e1","name":"Şenol Aslanoğlu","other_names":[{"name":"Aslanoğlu",\
            "note":"as written in a release"}],"sources":[{"url":"/v1/officials/o_4d5fb4dd09b829e1","note":"beyan registry"}]}],\
            "organizations":[{"id":"party:chp","name":"CHP","classification":"party"}],\
            "memberships":[{"id":"o_4d5fb4dd09b829e1:1a2b3c4d","label":"CHP İl Başkanı","role":"İl Başkanı",\
            "person_id":"o_4d5fb4dd09b829e1","organization_id":"party:chp","area_id":"province:35",\
            "start_date":"2024-04-10"}],\
            "areas":[{"id":"province:35","name":"İzmir","identifier":"35","classification":"province"}],\
            "speeches":[{"id":"a000000000000001:1","creator_id":"o_4d5fb4dd09b829e1","attribution_text":"Şenol Aslanoğlu",\
            "text":"Seçimlerde halkımızın bize verdiği sorumluluğun farkındayız.","date":"2024-04-10T00:00:00+03:00",\
            "type":"speech","position":1,"sources":[{"url":"/v1/releases/a000000000000001","note":"release"}]}]}""")))
    public Multi<Buffer> popolo(@Context RoutingContext request) {
        return RestMulti.fromMultiData(export.document()).encodeAsJsonArray(false)
                .header(HttpHeaders.ETAG, request.get(PopoloETag.PROPERTY)).build();
    }
}
