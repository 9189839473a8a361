package dev.beyan.ingest.release;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.beyan.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a batch answer: what happened to input line {@code line} (1-based). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BatchLineResult", description = "One answer line of a batch: the release stored, or the problem")
record BatchLineResult(@Schema(description = "The input line, from 1") int line,
                       @Schema(enumeration = {"created", "unchanged", "revised", "rejected"}) String status,
                       String id, Long version, Long position, Problem problem) {

    static BatchLineResult of(int line, IngestResult r) {
        return new BatchLineResult(line, r.status().wire(), r.id(), r.version(), r.position(), null);
    }

    static BatchLineResult rejected(int line, Problem problem) {
        return new BatchLineResult(line, "rejected", null, null, null, problem);
    }
}
