package dev.beyan.registry.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the officials of some name blocks inside the caller's transaction: reads every sighting of those blocks
 * (and of the blocks the editors' corrections tie them to), decides with {@link IdentityResolver}, and writes the
 * decisions back to the contributions, the mentions and the statements.
 */
public final class Identities {
    /**
     * Held from the resolution to the commit. A resolution reads every sighting of its blocks, so two releases
     * naming the same person must not resolve at once, each without the other's uncommitted sighting; and the
     * corrections may tie any block to any other, so one lock covers them all.
     */
    private static final long RESOLVE_LOCK = 0x6265_7961_6E_04L;

    private final IdentityResolver resolver;

    public Identities(RegisterPeople registers) {
        this.resolver = new IdentityResolver(registers);
    }

    /**
     * Takes the resolution lock, to the commit. A projection takes it before it changes any sighting: a resolution
     * in progress updates the rows of every sighting it read, and must not wait for a row the caller has deleted.
     */
    public static Uni<Void> lock(SqlConnection tx) {
        return tx.preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(RESOLVE_LOCK)).replaceWithVoid();
    }

    /**
     * Re-resolves {@code blocks} under the resolution lock (taken here if the caller has not); answers every
     * official id their sightings had before or have now.
     */
    public Uni<Set<String>> resolve(SqlConnection tx, Set<String> blocks) {
        if (blocks.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return lock(tx)
                .chain(() -> withCorrections(tx, new TreeSet<>(blocks)))
                .chain(all -> sightings(tx, all).chain(rows -> corrections(tx, all).chain(cs -> write(tx, rows, cs))));
    }

    /** Resolves every block: the end of a replay, which projected the sightings without resolving them. */
    public Uni<Void> resolveAll(SqlConnection tx) {
        return tx.query("SELECT DISTINCT block FROM readmodel.release_officials").execute()
                .chain(rows -> {
                    Set<String> blocks = new TreeSet<>();
                    rows.forEach(r -> blocks.add(r.getString("block")));
                    return resolve(tx, blocks);
                })
                .replaceWithVoid();
    }

    /** The blocks that ids name: the ids of officials, of mentions, of register people. */
    public static Uni<Set<String>> blocksOf(SqlConnection tx, List<String> ids) {
        return tx.preparedQuery("""
                        SELECT DISTINCT block FROM readmodel.release_officials
                        WHERE official_id = ANY($1) OR handle = ANY($1) OR registry_handle = ANY($1)""")
                .execute(Tuple.of(ids.toArray(String[]::new)))
                .map(rows -> {
                    Set<String> blocks = new TreeSet<>();
                    rows.forEach(r -> blocks.add(r.getString("block")));
                    return blocks;
                });
    }

    /** Adds, until nothing changes, the blocks of every id named by a correction that concerns these blocks. */
    private static Uni<Set<String>> withCorrections(SqlConnection tx, Set<String> blocks) {
        return tx.preparedQuery("""
                        SELECT DISTINCT unnest(c.refs) AS ref FROM readmodel.official_corrections c
                        WHERE c.refs && (SELECT coalesce(array_agg(id), '{}') FROM readmodel.release_officials ro,
                                           LATERAL (VALUES (ro.official_id), (ro.handle), (ro.registry_handle)) v(id)
                                         WHERE ro.block = ANY($1) AND id IS NOT NULL)""")
                .execute(Tuple.of(blocks.toArray(String[]::new)))
                .chain(rows -> {
                    List<String> refs = new ArrayList<>();
                    rows.forEach(r -> refs.add(r.getString("ref")));
                    return refs.isEmpty() ? Uni.createFrom().item(blocks) : blocksOf(tx, refs).chain(more -> {
                        Set<String> all = new TreeSet<>(blocks);
                        all.addAll(more);
                        return all.size() == blocks.size() ? Uni.createFrom().item(all) : withCorrections(tx, all);
                    });
                });
    }

    private record Current(Sighting sighting, String officialId, String rule, String detail) {
    }

    private static Uni<List<Current>> sightings(SqlConnection tx, Set<String> blocks) {
        return tx.preparedQuery("""
                        SELECT ro.release_id, ro.name_key, ro.name, r.received_at, ro.title, ro.org, ro.party,
                               ro.province_id, ro.district_id, ro.former, ro.seen_on, ro.registry_entry,
                               ro.official_id, ro.identity_rule, ro.identity_detail
                        FROM readmodel.release_officials ro JOIN readmodel.releases r ON r.id = ro.release_id
                        WHERE ro.block = ANY($1)""")
                .execute(Tuple.of(blocks.toArray(String[]::new)))
                .map(rows -> {
                    List<Current> out = new ArrayList<>(rows.size());
                    for (Row r : rows) {
                        out.add(new Current(new Sighting(r.getString("release_id"), r.getString("name_key"),
                                r.getString("name"), r.getOffsetDateTime("received_at").toInstant(),
                                r.getString("title"), r.getString("org"), r.getString("party"),
                                zeroIfNull(r.getInteger("province_id")), zeroIfNull(r.getInteger("district_id")),
                                r.getBoolean("former"), r.getLocalDate("seen_on"), r.getString("registry_entry")),
                                r.getString("official_id"), r.getString("identity_rule"),
                                r.getString("identity_detail")));
                    }
                    return out;
                });
    }

    private static Uni<List<Correction>> corrections(SqlConnection tx, Set<String> blocks) {
        return tx.preparedQuery("""
                        SELECT seq, kind, official_id, into_id, release_ids, editor, reason
                        FROM readmodel.official_corrections c
                        WHERE c.refs && (SELECT coalesce(array_agg(id), '{}') FROM readmodel.release_officials ro,
                                           LATERAL (VALUES (ro.official_id), (ro.handle), (ro.registry_handle)) v(id)
                                         WHERE ro.block = ANY($1) AND id IS NOT NULL)
                        ORDER BY seq""")
                .execute(Tuple.of(blocks.toArray(String[]::new)))
                .map(Identities::corrections);
    }

    private static List<Correction> corrections(RowSet<Row> rows) {
        List<Correction> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Correction(r.getLong("seq"), r.getString("kind").equals("merge") ? Correction.Kind.MERGE
                    : Correction.Kind.SPLIT, r.getString("official_id"), r.getString("into_id"),
                    List.of(r.getArrayOfStrings("release_ids")), r.getString("editor"), r.getString("reason")));
        }
        return out;
    }

    private Uni<Set<String>> write(SqlConnection tx, List<Current> current, List<Correction> corrections) {
        Set<String> touched = new TreeSet<>();
        List<Tuple> changed = new ArrayList<>();
        List<Tuple> moved = new ArrayList<>();
        List<IdentityResolver.Decision> decisions = resolver.resolve(current.stream().map(Current::sighting).toList(),
                corrections);
        Map<String, Current> byKey = new HashMap<>();
        current.forEach(c -> byKey.put(c.sighting().releaseId() + "/" + c.sighting().nameKey(), c));
        for (IdentityResolver.Decision d : decisions) {
            Current was = byKey.get(d.sighting().releaseId() + "/" + d.sighting().nameKey());
            touched.add(was.officialId());
            touched.add(d.officialId());
            if (!was.officialId().equals(d.officialId())) {
                moved.add(Tuple.of(d.sighting().releaseId(), d.sighting().nameKey(), d.officialId()));
            }
            if (!was.officialId().equals(d.officialId()) || !was.rule().equals(d.rule())
                    || !was.detail().equals(d.detail())) {
                changed.add(Tuple.tuple(Arrays.asList(d.sighting().releaseId(), d.sighting().nameKey(),
                        d.officialId(), d.rule(), d.detail())));
            }
        }
        return batch(tx, """
                UPDATE readmodel.release_officials SET official_id = $3, identity_rule = $4, identity_detail = $5
                WHERE release_id = $1 AND name_key = $2""", changed)
                .chain(() -> batch(tx, """
                        UPDATE readmodel.mentions SET entity_id = $3
                        WHERE release_id = $1 AND entity_kind = 'official' AND name_key = $2""", moved))
                .chain(() -> batch(tx, """
                        UPDATE readmodel.statements SET speaker_official_id = $3
                        WHERE release_id = $1 AND speaker_name_key = $2""", moved))
                .replaceWith(touched);
    }

    private static Uni<Void> batch(SqlConnection tx, String sql, List<Tuple> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : tx.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
