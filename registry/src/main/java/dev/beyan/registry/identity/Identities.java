package dev.beyan.registry.identity;

import dev.beyan.common.subscription.GlobalLock;
import dev.beyan.common.subscription.LockSpace;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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
 *
 * <p>Locks. Sightings are compared only within their block and the blocks corrections tie it to (its closure), so a
 * resolution needs a stable view of its closure and nothing else. The invariant: whoever resolves a block, or deletes
 * its sightings, holds that block's lock to the commit, taken with the corrections gate shared; whoever adds a
 * correction holds the gate exclusively. (New sightings may be inserted before: no one sees them before the commit,
 * and the resolution that follows in their transaction takes the lock.) So once a projection holds the locks of its
 * closure, no other transaction changes those sightings or adds a correction until it commits, and projections whose
 * closures share no block never wait for each other. The gate then the blocks are taken in one statement, the blocks
 * in ascending key order, so no two projections wait on each other in a ring. A closure is computed before its locks
 * are granted, so it is checked again under them, from the same read as the sightings: it can only have grown through
 * a correction concerning its blocks. The blocks it grew by, and those a caller that already holds locks needs in
 * addition, are taken without waiting; when another transaction holds one, this one fails with {@link Contended}, to
 * be retried whole: taking them in any other order could deadlock.
 */
public final class Identities {
    private static final long GATE = GlobalLock.CORRECTIONS_GATE.key();
    private static final int BLOCK_SPACE = LockSpace.NAME_BLOCK.key();

    private final IdentityResolver resolver;

    public Identities(RegisterPeople registers) {
        this.resolver = new IdentityResolver(registers);
    }

    /** A lock another transaction holds was needed out of order; the whole transaction should be retried. */
    public static final class Contended extends RuntimeException {
        Contended(Set<String> blocks) {
            super("name blocks held by another transaction: " + blocks);
        }
    }

    /**
     * Takes the gate exclusively, to the commit: a correction, which may tie any block to any other, or a rebuild's
     * resolution of every block. It waits for every transaction holding block locks, and holds new ones off.
     */
    public static Uni<Void> lockExclusive(SqlConnection tx) {
        return tx.preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(GATE)).replaceWithVoid();
    }

    /**
     * Takes the locks of {@code blocks} and of the blocks corrections tie them to, to the commit; answers the blocks
     * held. A projection takes them before it deletes any sighting: a resolution in progress updates the rows of
     * every sighting it read, and must not wait for a row the caller has deleted.
     */
    public static Uni<Set<String>> lock(SqlConnection tx, Set<String> blocks) {
        if (blocks.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return withCorrections(tx, new TreeSet<>(blocks)).chain(closure -> take(tx, closure, Set.of()));
    }

    /**
     * Re-resolves {@code blocks} and the blocks corrections tie them to, taking their locks; {@code held} are the
     * blocks whose locks the caller already holds ({@link #lock}). Answers every official id their sightings had
     * before or have now.
     */
    public Uni<Set<String>> resolve(SqlConnection tx, Set<String> blocks, Set<String> held) {
        if (blocks.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return withCorrections(tx, new TreeSet<>(blocks))
                .chain(closure -> take(tx, closure, held).chain(locked -> decide(tx, closure, locked)));
    }

    /** Reads the sightings of a closure whose locks are held, checks it is still closed, decides and writes. */
    private Uni<Set<String>> decide(SqlConnection tx, Set<String> blocks, Set<String> held) {
        // deciding is CPU work: on a worker thread, so that the event loop (every connection's statements, among them
        // the next batch's) is not held up by it while this transaction holds its locks
        return sightings(tx, blocks).emitOn(Infrastructure.getDefaultWorkerPool()).chain(read -> {
            if (!read.concerned()) {
                return write(tx, read.rows(), decideApart(read.rows(), List.of()));
            }
            return withCorrections(tx, blocks).chain(closure -> closure.equals(blocks)
                    ? corrections(tx, blocks).chain(cs -> write(tx, read.rows(), decideApart(read.rows(), cs)))
                    : take(tx, closure, held).chain(more -> decide(tx, closure, more)));
        });
    }

    /**
     * Takes the locks of {@code blocks} not in {@code held}; answers every block held then. With none held they are
     * taken waiting, after the gate, in ascending key order, in one statement (unnest yields the array in order and
     * the aggregate calls the function row by row, the null first for the gate). With some held they are only tried,
     * since waiting for a lock out of order could close a ring: {@link Contended} when one is taken elsewhere.
     */
    private static Uni<Set<String>> take(SqlConnection tx, Set<String> blocks, Set<String> held) {
        Set<String> missing = new TreeSet<>(blocks);
        missing.removeAll(held);
        if (missing.isEmpty()) {
            return Uni.createFrom().item(held);
        }
        Set<String> all = new TreeSet<>(held);
        all.addAll(missing);
        Integer[] keys = missing.stream().map(String::hashCode) // specified by the JDK: the same key in every instance
                .distinct().sorted().toArray(Integer[]::new);
        if (!held.isEmpty()) {
            return tx.preparedQuery("SELECT bool_and(pg_try_advisory_xact_lock($1, k)) AS taken FROM unnest($2::int[]) AS k")
                    .execute(Tuple.of(BLOCK_SPACE, keys))
                    .map(rows -> {
                        if (!rows.iterator().next().getBoolean("taken")) {
                            throw new Contended(missing);
                        }
                        return all;
                    });
        }
        Integer[] gateFirst = new Integer[keys.length + 1];
        System.arraycopy(keys, 0, gateFirst, 1, keys.length);
        return tx.preparedQuery("""
                        SELECT count(CASE WHEN k IS NULL THEN pg_advisory_xact_lock_shared($1)
                                          ELSE pg_advisory_xact_lock($2, k) END)
                        FROM unnest($3::int[]) AS k""")
                .execute(Tuple.of(GATE, BLOCK_SPACE, gateFirst))
                .replaceWith(all);
    }

    /**
     * Resolves every block: the end of a replay, which projected the sightings without resolving them. Sightings are
     * compared only within a block, so each block (with the blocks the corrections tie to it, as {@link #resolve}
     * takes them) is decided on its own: one resolution of everything would compare every sighting with every other.
     */
    public Uni<Void> resolveAll(SqlConnection tx) {
        return lockExclusive(tx)
                .chain(() -> tx.query(SIGHTINGS).execute().map(Identities::currents))
                .chain(all -> tx.query(CORRECTIONS + " FROM readmodel.official_corrections c ORDER BY seq").execute()
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .chain(cs -> write(tx, all, decideApart(all, corrections(cs)))))
                .replaceWithVoid();
    }

    /**
     * The decisions for every group of blocks that sightings or corrections tie together, each group alone: a sighting is
     * only ever compared with the sightings of its group, so a batch's hundreds of blocks are not compared all with all.
     */
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

    /** Adds, until nothing changes, the blocks of every id named by a correction that concerns these blocks. */
    private static Uni<Set<String>> withCorrections(SqlConnection tx, Set<String> blocks) {
        return tx.preparedQuery("SELECT DISTINCT unnest(c.refs) AS ref " + CONCERNING)
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

    private record Current(Sighting sighting, String block, String registryHandle, String officialId, String rule,
                           String detail) {
    }

    private static final String SIGHTING_COLUMNS = """
            ro.release_id, ro.name_key, ro.name, r.received_at, ro.title, ro.org, ro.party,
                   ro.province_id, ro.district_id, ro.former, ro.seen_on, ro.registry_entry,
                   ro.block, ro.registry_handle, ro.official_id, ro.identity_rule, ro.identity_detail
            FROM readmodel.release_officials ro JOIN readmodel.releases r ON r.id = ro.release_id""";
    private static final String SIGHTINGS = "SELECT " + SIGHTING_COLUMNS;
    private static final String CORRECTIONS = """
            SELECT seq, kind, official_id, into_id, release_ids, editor, reason""";
    /** The corrections that name an id of a sighting of the blocks {@code $1}. */
    private static final String CONCERNING = """
            FROM readmodel.official_corrections c
            WHERE c.refs && (SELECT coalesce(array_agg(id), '{}') FROM readmodel.release_officials ro,
                               LATERAL (VALUES (ro.official_id), (ro.handle), (ro.registry_handle)) v(id)
                             WHERE ro.block = ANY($1) AND id IS NOT NULL)""";

    /** The sightings of some blocks, and whether a correction concerns any of them (none: no corrections to read). */
    private record Read(List<Current> rows, boolean concerned) {
    }

    private static Uni<Read> sightings(SqlConnection tx, Set<String> blocks) {
        // the EXISTS names no column of the outer query: PostgreSQL computes it once
        return tx.preparedQuery("SELECT EXISTS (SELECT 1 " + CONCERNING + ") AS concerned, " + SIGHTING_COLUMNS
                        + " WHERE ro.block = ANY($1)")
                .execute(Tuple.of(blocks.toArray(String[]::new)))
                .map(rows -> new Read(currents(rows), rows.size() > 0 && rows.iterator().next().getBoolean("concerned")));
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
        return tx.preparedQuery(CORRECTIONS + " " + CONCERNING + " ORDER BY seq")
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
