package dev.beyan.ingest.release;

import dev.beyan.common.problem.ProblemException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** A publication date at the precision the source gave: a day ({@code 2024-05-12}) or a month ({@code 2024-05}). */
final class PublicationDate {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private PublicationDate() {
    }

    /** Returns the value unchanged if it is a real day or month, else a 400 naming {@code field}. */
    static String validate(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate.parse(value);
                return value;
            }
            if (MONTH.matcher(value).matches()) {
                YearMonth.parse(value);
                return value;
            }
        } catch (DateTimeException e) {
            // falls through to the problem below: right shape, impossible date
        }
        throw ProblemException.badRequest(field, "'" + value + "' is not a date: use YYYY-MM-DD or YYYY-MM");
    }
}
