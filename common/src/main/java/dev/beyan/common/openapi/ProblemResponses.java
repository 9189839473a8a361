package dev.beyan.common.openapi;

import dev.beyan.common.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Every 4xx and 5xx answer in a service's OpenAPI document is a {@link Problem} as {@code application/problem+json}:
 * the resources say which errors an operation has and why, this says once what they look like (ProblemMappers
 * answers every error so), and a generated client reads them all with one model.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {
    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean any = false;
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (var operation : path.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (var response : operation.getResponses().getAPIResponses().entrySet()) {
                    if (isError(response.getKey())) {
                        response.getValue().setContent(problemContent());
                        any = true;
                    }
                }
            }
        }
        if (any) {
            if (openAPI.getComponents() == null) {
                openAPI.setComponents(OASFactory.createComponents());
            }
            openAPI.getComponents().addSchema(SCHEMA, schema());
        }
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMA)));
    }

    /** The {@link Problem} record as a schema: RFC 9457's members, and {@code field}; absent members are left out. */
    static Schema schema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; `field` names the request field or parameter at fault.")
                .addProperty("type", string("A URI naming the kind of problem").format("uri"))
                .addProperty("title", string("The kind of problem, in words"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty("instance", string("The path of the request"))
                .addProperty("field", string("The request field or parameter at fault"))
                .addRequired("type").addRequired("title").addRequired("status");
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
