package dev.beyan.registry.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a batch changes in the provinces' and districts' counts: each contribution row removed takes its mentions and
 * one release off its place, each one written adds them. Applied as increments, the counts cost the batch's own rows
 * instead of a scan of every release that mentions a place (a province's grows with the registry); a rebuild still
 * computes them from all the contributions ({@link Aggregates#recomputeAll}), and both give the same numbers.
 */
final class PlaceCounts {
    /** Per place kind ("province", "district"), per place id: {mentions, releases} to add. */
    private final Map<String, Map<Integer, int[]>> changes = new TreeMap<>();

    void removed(String kind, int placeId, int mentions) {
        change(kind, placeId, -mentions, -1);
    }

    void added(String kind, int placeId, int mentions) {
        change(kind, placeId, mentions, 1);
    }

    private void change(String kind, int placeId, int mentions, int releases) {
        int[] counts = changes.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(placeId, id -> new int[2]);
        counts[0] += mentions;
        counts[1] += releases;
    }

    /** The ids of the places of {@code kind} whose counts change. */
    Set<Integer> changed(String kind) {
        Map<Integer, int[]> ofKind = changes.getOrDefault(kind, Map.of());
        Set<Integer> ids = new TreeSet<>();
        ofKind.forEach((id, counts) -> {
            if (counts[0] != 0 || counts[1] != 0) {
                ids.add(id);
            }
        });
        return ids;
    }

    /**
     * Adds the changes, one statement per kind. The caller holds the places' aggregate locks, taken in key order, so two
     * batches never wait on each other's rows in a ring.
     */
    Uni<Void> apply(SqlConnection tx) {
        return apply(tx, "provinces", "province").chain(() -> apply(tx, "districts", "district"));
    }

    private Uni<Void> apply(SqlConnection tx, String table, String kind) {
        Set<Integer> ids = changed(kind);
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Integer> mentions = new ArrayList<>();
        List<Integer> releases = new ArrayList<>();
        for (Integer id : ids) {
            int[] counts = changes.get(kind).get(id);
            mentions.add(counts[0]);
            releases.add(counts[1]);
        }
        return tx.preparedQuery("""
                        UPDATE readmodel.%s p SET mention_count = p.mention_count + d.mentions,
                          release_count = p.release_count + d.releases
                        FROM unnest($1::int[], $2::int[], $3::int[]) AS d(id, mentions, releases)
                        WHERE p.id = d.id""".formatted(table))
                .execute(Tuple.of(ids.toArray(Integer[]::new), mentions.toArray(Integer[]::new),
                        releases.toArray(Integer[]::new)))
                .replaceWithVoid();
    }
}
