package dev.beyan.entity.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a long job's NDJSON answer: how far it is, and on the last line {@code done} with the outcome. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Progress", description = "How far a job is; the last line has done, and changed or error")
public record Progress(long processed, long total, Boolean done, Long changed, String error) {

    static Progress at(long processed, long total) {
        return new Progress(processed, total, null, null, null);
    }

    static Progress finished(long processed, long total, long changed) {
        return new Progress(processed, total, true, changed, null);
    }

    static Progress failed(long processed, long total, String error) {
        return new Progress(processed, total, true, null, error);
    }
}
