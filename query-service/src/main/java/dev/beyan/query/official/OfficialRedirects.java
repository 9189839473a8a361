package dev.beyan.query.official;

import dev.beyan.common.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an id that names no official points: the officials whose mentions it named (an old name-based id, the id a
 * mention or a register person would mint) or, for an id an editor merged away, where the merge took it.
 */
@ApplicationScoped
public class OfficialRedirects {
    /** Merges of merges are followed this far; a longer chain is an editor's loop, not a history. */
    private static final int MAX_HOPS = 8;

    private final Pool pool;

    public OfficialRedirects(Pool pool) {
        this.pool = pool;
    }

    /** Fails with {@link OfficialMovedException} when {@code id} points somewhere, else with a 404. */
    public <T> Uni<T> moved(String id) {
        return locate(id, 0).chain(targets -> pool.preparedQuery("""
                        SELECT 1 FROM readmodel.official_corrections WHERE kind = 'merge' AND official_id = $1""")
                .execute(Tuple.of(id))
                .map(merges -> {
                    if (targets.isEmpty()) {
                        throw ProblemException.notFound("no official with id '" + id + "'");
                    }
                    String only = targets.size() == 1 ? targets.get(0) : null;
                    throw new OfficialMovedException(new OfficialMoved(id, only,
                            merges.size() > 0 ? only : null, targets));
                }));
    }

    private Uni<List<String>> locate(String id, int hops) {
        return pool.preparedQuery("""
                        SELECT DISTINCT official_id FROM readmodel.release_officials
                        WHERE handle = $1 OR registry_handle = $1 OR name_key = $1 ORDER BY official_id""")
                .execute(Tuple.of(id))
                .chain(rows -> {
                    List<String> ids = new ArrayList<>();
                    for (Row r : rows) {
                        ids.add(r.getString("official_id"));
                    }
                    if (!ids.isEmpty() || hops >= MAX_HOPS) {
                        return Uni.createFrom().item(ids);
                    }
                    return pool.preparedQuery("""
                                    SELECT into_id FROM readmodel.official_corrections
                                    WHERE kind = 'merge' AND official_id = $1 ORDER BY seq DESC LIMIT 1""")
                            .execute(Tuple.of(id))
                            .chain(merges -> merges.size() == 0 ? Uni.createFrom().item(ids)
                                    : exists(merges.iterator().next().getString("into_id"), hops));
                });
    }

    private Uni<List<String>> exists(String id, int hops) {
        return pool.preparedQuery("SELECT 1 FROM readmodel.officials WHERE id = $1").execute(Tuple.of(id))
                .chain(rows -> rows.size() > 0 ? Uni.createFrom().item(List.of(id)) : locate(id, hops + 1));
    }
}
