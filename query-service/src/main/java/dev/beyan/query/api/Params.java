package dev.beyan.query.api;

import dev.beyan.common.problem.ProblemException;

/**
 * Numeric query parameters, taken as strings and parsed here: a JAX-RS conversion failure would answer 404,
 * where a client needs 400 naming the parameter.
 */
public final class Params {
    private Params() {
    }

    /** A positive whole number, null when absent. */
    public static Long positive(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(param, param + " must be a positive whole number, got '" + value + "'");
    }
}
