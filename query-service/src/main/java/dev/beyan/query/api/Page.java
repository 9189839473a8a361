package dev.beyan.query.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: {@code next} is the opaque cursor of the page after it, or null on the last page.
 *
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String next) {
    /** What {@code next} is, for the named page schemas of the OpenAPI document (Java erases {@code T}). */
    public static final String NEXT = "The cursor of the next page, to pass as `cursor`; null on the last page";

    /**
     * Cuts a page from {@code rows}, fetched with one row more than {@code limit}: that extra row only tells
     * whether a next page exists, and the cursor is the sort key of the last item kept.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, T> view, Function<R, Cursor> key) {
        boolean more = rows.size() > limit;
        List<R> kept = more ? rows.subList(0, limit) : rows;
        List<T> items = kept.stream().map(view).toList();
        return new Page<>(items, more ? key.apply(kept.get(kept.size() - 1)).encode() : null);
    }

    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, null);
    }
}
