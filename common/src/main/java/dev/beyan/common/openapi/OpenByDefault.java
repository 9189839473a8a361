package dev.beyan.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.ArrayList;

/**
 * States in each document that an operation needs no credentials unless it names a security requirement of its
 * own: an empty list at the root, which is what OpenAPI means by "none" (and what linters ask to be said rather
 * than left out).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenByDefault implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getSecurity() == null) {
            openAPI.setSecurity(new ArrayList<>());
        }
    }
}
