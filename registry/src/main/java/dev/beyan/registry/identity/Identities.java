package dev.beyan.registry.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

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
                .chain(() -> withCorrections(tx, new TreeSet<>(blocks), false))
                .chain(closure -> sightings(tx, closure.blocks()).chain(rows -> (closure.corrected()
                        ? corrections(tx, closure.blocks()) : Uni.createFrom().item(List.<Correction>of()))
                        .chain(cs -> write(tx, rows, resolver.resolve(rows.stream().map(Current::sighting).toList(),
                                cs)))));
    }

    /**
     * Resolves every block: the end of a replay, which projected the sightings without resolving them. Sightings are
     * compared only within a block, so each block (with the blocks the corrections tie to it, as {@link #resolve}
     * takes them) is decided on its own: one resolution of everything would compare every sighting with every other.
     */
    public Uni<Void> resolveAll(SqlConnection tx) {
        return lock(tx)
                .chain(() -> tx.query(SIGHTINGS).execute().map(Identities::currents))
                .chain(all -> tx.query(CORRECTIONS + " ORDER BY seq").execute()
                        .chain(cs -> write(tx, all, decideApart(all, corrections(cs)))))
                .replaceWithVoid();
    }

    /** The decisions for every group of blocks that sightings or corrections tie together, each group alone. */
    private List<IdentityResolver.Decision> decideApart(List<Current> all, List<Correction> corrections) {
        Groups groups = new Groups();
        for (Current c : all) {
            String block = "block " + c.block();
            Stream.of(c.officialId(), c.sighting().handle(), c.registryHandle()).filter(Objects::nonNull)
                    .forEach(id -> groups.tie(block, "id " + id));
        }
        for (Correction c : corrections) {
            c.refs().forEach(ref -> groups.tie("id " + c.refs().get(0), "id " + ref));
        }
        Map<String, List<Sighting>> sightings = new LinkedHashMap<>();
        all.forEach(c -> sightings.computeIfAbsent(groups.of("block " + c.block()), k -> new ArrayList<>())
                .add(c.sighting()));
        Map<String, List<Correction>> applying = new HashMap<>();
        corrections.forEach(c -> applying.computeIfAbsent(groups.of("id " + c.refs().get(0)), k -> new ArrayList<>())
                .add(c));
        List<IdentityResolver.Decision> decisions = new ArrayList<>(all.size());
        sightings.forEach((group, members) ->
                decisions.addAll(resolver.resolve(members, applying.getOrDefault(group, List.of()))));
        return decisions;
    }

    /** Union-find over names of blocks and ids: what is tied together ends in one group. */
    private static final class Groups {
        private final Map<String, String> parent = new HashMap<>();

        String of(String node) {
            String p = parent.getOrDefault(node, node);
            if (p.equals(node)) {
                return node;
            }
            String root = of(p);
            parent.put(node, root);
            return root;
        }

        void tie(String a, String b) {
            String ra = of(a);
            String rb = of(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }
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

    /** Blocks to resolve together, and whether a correction concerns them (none does: no need to read any). */
    private record Closure(Set<String> blocks, boolean corrected) {
    }

    /** Adds, until nothing changes, the blocks of every id named by a correction that concerns these blocks. */
    private static Uni<Closure> withCorrections(SqlConnection tx, Set<String> blocks, boolean corrected) {
        return tx.preparedQuery("""
                        SELECT DISTINCT unnest(c.refs) AS ref FROM readmodel.official_corrections c
                        WHERE c.refs && (SELECT coalesce(array_agg(id), '{}') FROM readmodel.release_officials ro,
                                           LATERAL (VALUES (ro.official_id), (ro.handle), (ro.registry_handle)) v(id)
                                         WHERE ro.block = ANY($1) AND id IS NOT NULL)""")
                .execute(Tuple.of(blocks.toArray(String[]::new)))
                .chain(rows -> {
                    List<String> refs = new ArrayList<>();
                    rows.forEach(r -> refs.add(r.getString("ref")));
                    return refs.isEmpty() ? Uni.createFrom().item(new Closure(blocks, corrected))
                            : blocksOf(tx, refs).chain(more -> {
                                Set<String> all = new TreeSet<>(blocks);
                                all.addAll(more);
                                return all.size() == blocks.size() ? Uni.createFrom().item(new Closure(all, true))
                                        : withCorrections(tx, all, true);
                            });
                });
    }

    private record Current(Sighting sighting, String block, String registryHandle, String officialId, String rule,
                           String detail) {
    }

    private static final String SIGHTINGS = """
            SELECT ro.release_id, ro.name_key, ro.name, r.received_at, ro.title, ro.org, ro.party,
                   ro.province_id, ro.district_id, ro.former, ro.seen_on, ro.registry_entry,
                   ro.block, ro.registry_handle, ro.official_id, ro.identity_rule, ro.identity_detail
            FROM readmodel.release_officials ro JOIN readmodel.releases r ON r.id = ro.release_id""";
    private static final String CORRECTIONS = """
            SELECT seq, kind, official_id, into_id, release_ids, editor, reason
            FROM readmodel.official_corrections c""";

    private static Uni<List<Current>> sightings(SqlConnection tx, Set<String> blocks) {
        return tx.preparedQuery(SIGHTINGS + " WHERE ro.block = ANY($1)")
                .execute(Tuple.of(blocks.toArray(String[]::new)))
                .map(Identities::currents);
    }

    private static List<Current> currents(RowSet<Row> rows) {
        List<Current> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Current(new Sighting(r.getString("release_id"), r.getString("name_key"),
                    r.getString("name"), r.getOffsetDateTime("received_at").toInstant(),
                    r.getString("title"), r.getString("org"), r.getString("party"),
                    zeroIfNull(r.getInteger("province_id")), zeroIfNull(r.getInteger("district_id")),
                    r.getBoolean("former"), r.getLocalDate("seen_on"), r.getString("registry_entry")),
                    r.getString("block"), r.getString("registry_handle"), r.getString("official_id"),
                    r.getString("identity_rule"), r.getString("identity_detail")));
        }
        return out;
    }

    private static Uni<List<Correction>> corrections(SqlConnection tx, Set<String> blocks) {
        return tx.preparedQuery(CORRECTIONS + """

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

    /** Writes the decisions that change a sighting; answers every official id the sightings had or have. */
    private static Uni<Set<String>> write(SqlConnection tx, List<Current> current,
                                          List<IdentityResolver.Decision> decisions) {
        Set<String> touched = new TreeSet<>();
        List<Tuple> changed = new ArrayList<>();
        List<Tuple> moved = new ArrayList<>();
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
        // one statement per table for any number of rows, each row's values an array of the unnest
        return update(tx, """
                UPDATE readmodel.release_officials ro SET official_id = c.official_id, identity_rule = c.rule,
                  identity_detail = c.detail
                FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
                     AS c(release_id, name_key, official_id, rule, detail)
                WHERE ro.release_id = c.release_id AND ro.name_key = c.name_key""", changed, 5)
                .chain(() -> update(tx, """
                        UPDATE readmodel.mentions m SET entity_id = c.official_id
                        FROM unnest($1::text[], $2::text[], $3::text[]) AS c(release_id, name_key, official_id)
                        WHERE m.release_id = c.release_id AND m.entity_kind = 'official'
                          AND m.name_key = c.name_key""", moved, 3))
                .chain(() -> update(tx, """
                        UPDATE readmodel.statements s SET speaker_official_id = c.official_id
                        FROM unnest($1::text[], $2::text[], $3::text[]) AS c(release_id, name_key, official_id)
                        WHERE s.release_id = c.release_id AND s.speaker_name_key = c.name_key""", moved, 3))
                .replaceWith(touched);
    }

    private static Uni<Void> update(SqlConnection tx, String sql, List<Tuple> rows, int columns) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Object> arrays = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            String[] column = new String[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                column[r] = rows.get(r).getString(c);
            }
            arrays.add(column);
        }
        return tx.preparedQuery(sql).execute(Tuple.tuple(arrays)).replaceWithVoid();
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
