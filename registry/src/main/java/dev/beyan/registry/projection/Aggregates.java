package dev.beyan.registry.projection;

import dev.beyan.common.subscription.LockSpace;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.Set;
import java.util.stream.Stream;

/**
 * Recomputes officials and their positions from the contributions, for just the ids a batch touched, and adds the
 * batch's changes to the place counts ({@link PlaceCounts}). Every value is a function of the contributions, ties
 * broken by name, so the result never depends on the order releases arrived in.
 */
final class Aggregates {
    /**
     * Releases are projected in parallel; two that share an official would otherwise each recompute without seeing
     * the other's uncommitted contributions, and the later commit would win with a count that misses one. So each
     * aggregate a release touches is locked ({@link LockSpace#AGGREGATE}) from its recomputation to the commit: the
     * later transaction waits, then (read committed) recomputes from what the earlier one committed.
     */
    private static final int LOCK_SPACE = LockSpace.AGGREGATE.key();
    private static final Uni<Void> NOTHING = Uni.createFrom().voidItem();

    Uni<Void> recompute(SqlConnection tx, Set<String> officialIds, PlaceCounts places) {
        return lock(tx, officialIds, places.changed("province"), places.changed("district"))
                .chain(() -> officialIds.isEmpty() ? NOTHING : officials(tx, Tuple.of(officialIds.toArray(String[]::new))))
                .chain(() -> places.apply(tx));
    }

    /**
     * Recomputes every aggregate that has contributions, officials through the same statements as {@link #recompute}: a
     * rebuild replays all releases first and computes each aggregate once at the end, instead of once per release
     * that touches it (a province mentioned by every release would otherwise cost a scan of all of them each time).
     * The caller holds the projection lock exclusively, so no key lock is needed.
     */
    Uni<Void> recomputeAll(SqlConnection tx) {
        return tx.query("""
                        SELECT (SELECT coalesce(array_agg(DISTINCT official_id), '{}') FROM readmodel.release_officials) AS o,
                               (SELECT coalesce(array_agg(DISTINCT place_id), '{}') FROM readmodel.release_places
                                WHERE place_kind = 'province') AS p,
                               (SELECT coalesce(array_agg(DISTINCT place_id), '{}') FROM readmodel.release_places
                                WHERE place_kind = 'district') AS d""")
                .execute()
                .chain(rows -> {
                    Row all = rows.iterator().next();
                    String[] officials = all.getArrayOfStrings("o");
                    return (officials.length == 0 ? NOTHING : officials(tx, Tuple.of(officials)))
                            .chain(() -> places(tx, "provinces", "province", Set.of(all.getArrayOfIntegers("p"))))
                            .chain(() -> places(tx, "districts", "district", Set.of(all.getArrayOfIntegers("d"))));
                });
    }

    /** Takes the touched aggregates' locks in ascending key order, so two releases never wait on each other in a ring. */
    private static Uni<Void> lock(SqlConnection tx, Set<String> officialIds, Set<Integer> provinceIds,
                                  Set<Integer> districtIds) {
        Integer[] keys = Stream.of(officialIds.stream().map(id -> "official:" + id),
                        provinceIds.stream().map(id -> "province:" + id),
                        districtIds.stream().map(id -> "district:" + id))
                .flatMap(s -> s)
                .map(String::hashCode) // specified by the JDK, so every instance derives the same key
                .distinct()
                .sorted()
                .toArray(Integer[]::new);
        if (keys.length == 0) {
            return NOTHING;
        }
        // unnest yields the array in order and the aggregate calls the function row by row, in that order
        return tx.preparedQuery("SELECT count(pg_advisory_xact_lock($1, k)) FROM unnest($2::int[]) AS k")
                .execute(Tuple.of(LOCK_SPACE, keys))
                .replaceWithVoid();
    }

    private static Uni<Void> officials(SqlConnection tx, Tuple ids) {
        return tx.preparedQuery("""
                        DELETE FROM readmodel.officials o WHERE o.id = ANY($1)
                          AND NOT EXISTS (SELECT 1 FROM readmodel.release_officials r WHERE r.official_id = o.id)""")
                .execute(ids)
                .chain(() -> tx.preparedQuery("""
                        INSERT INTO readmodel.officials (id, name, name_folded, aliases, aliases_folded, release_count,
                          statement_count, first_seen, last_seen)
                        SELECT r.official_id,
                               (array_agg(r.name ORDER BY length(r.name) DESC, r.name))[1],
                               (array_agg(r.name_folded ORDER BY length(r.name) DESC, r.name))[1],
                               coalesce((SELECT array_agg(DISTINCT a ORDER BY a)
                                         FROM readmodel.release_officials r2, unnest(r2.aliases) a
                                         WHERE r2.official_id = r.official_id), '{}'),
                               string_agg(DISTINCT r.search_folded, ' ' ORDER BY r.search_folded),
                               count(DISTINCT r.release_id),
                               (SELECT count(*) FROM readmodel.statements s WHERE s.speaker_official_id = r.official_id),
                               min(r.seen_on), max(r.seen_on)
                        FROM readmodel.release_officials r
                        WHERE r.official_id = ANY($1)
                        GROUP BY r.official_id
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded,
                          aliases = excluded.aliases, aliases_folded = excluded.aliases_folded,
                          release_count = excluded.release_count, statement_count = excluded.statement_count,
                          first_seen = excluded.first_seen, last_seen = excluded.last_seen""").execute(ids))
                .chain(() -> tx.preparedQuery("DELETE FROM readmodel.positions WHERE official_id = ANY($1)").execute(ids))
                .chain(() -> tx.preparedQuery("""
                        INSERT INTO readmodel.positions (official_id, title, org, party, party_source, registry_office,
                          province_id, district_id, former, first_seen, last_seen, release_count)
                        SELECT official_id, title, coalesce(org, ''), coalesce(party, ''), min(party_source),
                               min(registry_office), coalesce(province_id, 0), coalesce(district_id, 0), former,
                               min(seen_on), max(seen_on), count(*)
                        FROM readmodel.release_officials
                        WHERE official_id = ANY($1)
                        GROUP BY official_id, title, coalesce(org, ''), coalesce(party, ''), coalesce(province_id, 0),
                                 coalesce(district_id, 0), former""").execute(ids))
                .replaceWithVoid();
    }

    private static Uni<Void> places(SqlConnection tx, String table, String kind, Set<Integer> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("""
                        UPDATE readmodel.%s p SET mention_count = s.mentions, release_count = s.releases
                        FROM (SELECT ids.id, coalesce(sum(rp.mention_count), 0)::int AS mentions,
                                     count(rp.release_id)::int AS releases
                              FROM unnest($1::int[]) AS ids(id)
                              LEFT JOIN readmodel.release_places rp ON rp.place_kind = '%s' AND rp.place_id = ids.id
                              GROUP BY ids.id) s
                        WHERE p.id = s.id""".formatted(table, kind))
                .execute(Tuple.of(ids.toArray(Integer[]::new)))
                .replaceWithVoid();
    }
}
