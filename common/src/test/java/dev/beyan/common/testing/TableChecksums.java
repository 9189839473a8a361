package dev.beyan.common.testing;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** An md5 of every row of every table in a schema, in a stable order, to compare two states of the read models. */
public final class TableChecksums {
    private TableChecksums() {
    }

    public static Map<String, String> of(Pool pool, String schema) {
        Map<String, String> sums = new TreeMap<>();
        for (Row table : pool.preparedQuery("SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> 'flyway_history'")
                .execute(Tuple.of(schema)).await().atMost(Duration.ofSeconds(30))) {
            String name = table.getString("tablename");
            String sum = pool.query("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS s FROM "
                    + schema + "." + name + " t").execute().await().atMost(Duration.ofSeconds(60))
                    .iterator().next().getString("s");
            sums.put(name, sum);
        }
        return sums;
    }
}
