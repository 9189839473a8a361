package dev.beyan.query.official;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.registry.projection.ReadModelTables.OfficialCorrections;
import dev.beyan.registry.projection.ReadModelTables.Officials;
import dev.beyan.registry.projection.ReadModelTables.ReleaseOfficials;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an id that names no official points: the officials whose mentions it named (an old name-based id, the id a
 * mention or a register person would mint) or, for an id an editor merged away, where the merge took it. It reads
 * ids only, on the reactive SQL client of {@link OfficialLookup} (whose Hibernate session cost several times the
 * query): there is no entity to map on this path.
 */
@ApplicationScoped
public class OfficialRedirects {
    /** Merges of merges are followed this far; a longer chain is an editor's loop, not a history. */
    private static final int MAX_HOPS = 8;

    private static final String MERGED_AWAY = "SELECT 1 FROM " + OfficialCorrections.QUALIFIED + " WHERE "
            + OfficialCorrections.KIND + " = 'merge' AND " + OfficialCorrections.OFFICIAL_ID + " = $1";
    private static final String NAMED_BY = "SELECT DISTINCT " + ReleaseOfficials.OFFICIAL_ID + " FROM "
            + ReleaseOfficials.QUALIFIED + " WHERE " + ReleaseOfficials.HANDLE + " = $1 OR "
            + ReleaseOfficials.REGISTRY_HANDLE + " = $1 OR " + ReleaseOfficials.NAME_KEY + " = $1 ORDER BY "
            + ReleaseOfficials.OFFICIAL_ID;
    private static final String MERGED_INTO = "SELECT " + OfficialCorrections.INTO_ID + " FROM "
            + OfficialCorrections.QUALIFIED + " WHERE " + OfficialCorrections.KIND + " = 'merge' AND "
            + OfficialCorrections.OFFICIAL_ID + " = $1 ORDER BY " + OfficialCorrections.SEQ + " DESC LIMIT 1";
    private static final String EXISTS = "SELECT 1 FROM " + Officials.QUALIFIED + " WHERE " + Officials.ID + " = $1";

    private final Pool pool;

    public OfficialRedirects(Pool pool) {
        this.pool = pool;
    }

    /** Fails with {@link OfficialMovedException} when {@code id} points somewhere, else with a 404. */
    public <T> Uni<T> moved(String id) {
        return locate(id, 0).chain(targets -> pool.preparedQuery(MERGED_AWAY).execute(Tuple.of(id))
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
        return pool.preparedQuery(NAMED_BY).execute(Tuple.of(id))
                .chain(rows -> {
                    List<String> ids = new ArrayList<>();
                    for (Row r : rows) {
                        ids.add(r.getString(ReleaseOfficials.OFFICIAL_ID));
                    }
                    if (!ids.isEmpty() || hops >= MAX_HOPS) {
                        return Uni.createFrom().item(ids);
                    }
                    return pool.preparedQuery(MERGED_INTO).execute(Tuple.of(id))
                            .chain(merges -> merges.size() == 0 ? Uni.createFrom().item(ids)
                                    : exists(merges.iterator().next().getString(OfficialCorrections.INTO_ID), hops));
                });
    }

    private Uni<List<String>> exists(String id, int hops) {
        return pool.preparedQuery(EXISTS).execute(Tuple.of(id))
                .chain(rows -> rows.size() > 0 ? Uni.createFrom().item(List.of(id)) : locate(id, hops + 1));
    }
}
