package dev.beyan.registry.projection;

import java.time.LocalDate;
import java.time.YearMonth;

/** A publication date as a day for sorting and ranges: a month-precision date counts from its first day. */
final class PublishedOn {
    private PublishedOn() {
    }

    static LocalDate parse(String publishedAt) {
        if (publishedAt == null) {
            return null;
        }
        return publishedAt.length() == 7 ? YearMonth.parse(publishedAt).atDay(1) : LocalDate.parse(publishedAt);
    }
}
