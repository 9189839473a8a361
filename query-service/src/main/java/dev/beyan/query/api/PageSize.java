package dev.beyan.query.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The {@code limit} parameter of every list. Taken as a string so that a bad value is a 400 naming it
 * ({@link Limit}) rather than JAX-RS's 404; documented as the integer it is.
 */
public class PageSize {
    @RestQuery
    @Parameter(description = "Page size, 1 to 200 (50 when absent)", schema = @Schema(type = SchemaType.INTEGER,
            format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
    public String limit;

    public int value() {
        return Limit.of(limit);
    }
}
