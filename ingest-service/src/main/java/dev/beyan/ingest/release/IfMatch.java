package dev.beyan.ingest.release;

import dev.beyan.common.problem.Problem;
import dev.beyan.common.problem.ProblemException;

/** Reads a stream version from {@code If-Match}, quoted ({@code "3"}, {@code W/"3"}) or bare ({@code 3}). */
final class IfMatch {
    private IfMatch() {
    }

    static long required(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(Problem.of(428, "precondition-required", "Precondition required",
                    "name the version you are revising in If-Match", "If-Match"));
        }
        return parse(header);
    }

    static Long optional(String header) {
        return header == null || header.isBlank() ? null : parse(header);
    }

    private static long parse(String header) {
        String v = header.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            long version = Long.parseLong(v);
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("If-Match", "If-Match must be a positive stream version, not '" + header + "'");
    }
}
