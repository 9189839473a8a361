package dev.beyan.query.api;

import dev.beyan.common.problem.ProblemException;

/** The page size a client asked for: 1 to 200, 50 when absent. */
public final class Limit {
    public static final String PARAM = "limit";
    public static final int DEFAULT = 50;
    public static final int MAX = 200;

    private Limit() {
    }

    public static int of(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(PARAM, "limit must be a whole number from 1 to " + MAX + ", got '" + value + "'");
    }
}
