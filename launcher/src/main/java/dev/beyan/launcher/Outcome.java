package dev.beyan.launcher;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the ingest API did with one release: {@code created}, {@code unchanged}, {@code revised}, or
 * {@code rejected} with the problem's detail.
 */
record Outcome(String status, String id, long version, String problem) {
    static final String REJECTED = "rejected";

    static Outcome rejected(String problem) {
        return new Outcome(REJECTED, null, 0, problem);
    }

    boolean isRejected() {
        return REJECTED.equals(status);
    }

    /** From an answer {@code {id, version, status}} or a problem {@code {title, detail, field}}. */
    static Outcome of(JsonNode answer) {
        if (answer.hasNonNull("problem")) {
            return rejected(describe(answer.get("problem")));
        }
        if (answer.hasNonNull("status") && answer.get("status").isTextual() && answer.hasNonNull("id")) {
            return new Outcome(answer.get("status").asText(), answer.get("id").asText(),
                    answer.path("version").asLong(), null);
        }
        return rejected(describe(answer));
    }

    /** "text: the release text is missing or blank", from a problem+json body. */
    static String describe(JsonNode problem) {
        String detail = problem.hasNonNull("detail") ? problem.get("detail").asText()
                : problem.hasNonNull("title") ? problem.get("title").asText() : problem.toString();
        String field = problem.hasNonNull("field") ? problem.get("field").asText() : null;
        return field == null || detail.contains("'" + field + "'") ? detail : field + ": " + detail;
    }
}
