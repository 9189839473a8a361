package dev.beyan.query.api;

import dev.beyan.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Calendar-day query parameters ({@code YYYY-MM-DD}). */
public final class Dates {
    private Dates() {
    }

    /** The day in {@code value}, null when absent; 400 naming {@code param} when it is not a date. */
    public static LocalDate day(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(param, param + " must be a date as YYYY-MM-DD, got '" + value + "'");
        }
    }
}
