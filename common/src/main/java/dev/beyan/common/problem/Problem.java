package dev.beyan.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.beyan.common.json.Json;

import java.io.UncheckedIOException;

/**
 * An RFC 9457 problem detail. {@code field} names the request field or parameter at fault, so that a caller
 * can point at it without parsing prose.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String field) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://beyan.dev/problems/";

    public static Problem of(int status, String slug, String title, String detail, String field) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, field);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, field);
    }

    /** This problem as JSON, for answers written below Jakarta REST. */
    public String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
