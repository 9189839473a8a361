package dev.beyan.registry.projection;

import io.vertx.mutiny.sqlclient.Tuple;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns rows into one array per column, the parameters of a multi-row statement that reads them back with
 * {@code unnest}: any number of rows then costs one statement, where a batch executes the statement once per row.
 */
final class Columns {
    private Columns() {
    }

    /** The rows' columns as arrays of {@code types} (one per column, in order; a null value stays null). */
    static Tuple of(List<Tuple> rows, Class<?>... types) {
        List<Object> columns = new ArrayList<>(types.length);
        for (int c = 0; c < types.length; c++) {
            Object column = Array.newInstance(types[c], rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Array.set(column, r, rows.get(r).getValue(c));
            }
            columns.add(column);
        }
        return Tuple.tuple(columns);
    }
}
