package dev.beyan.ingest.release;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.beyan.common.problem.Problem;

/** One line of a batch answer: what happened to input line {@code line} (1-based). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchLineResult(int line, String status, String id, Long version, Long position, Problem problem) {

    static BatchLineResult of(int line, IngestResult r) {
        return new BatchLineResult(line, r.status().wire(), r.id(), r.version(), r.position(), null);
    }

    static BatchLineResult rejected(int line, Problem problem) {
        return new BatchLineResult(line, "rejected", null, null, null, problem);
    }
}
