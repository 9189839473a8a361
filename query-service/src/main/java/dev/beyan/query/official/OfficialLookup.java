package dev.beyan.query.official;

import dev.beyan.query.gazetteer.Gazetteer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.PreparedQuery;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code GET /v1/officials/{id}}, the hottest read, in one round trip on the reactive SQL client that Hibernate
 * Reactive itself runs on: the official, its mention count and its offices come back as one row per office.
 * Going through a Hibernate session here cost several times the query itself (session, persistence context,
 * query-plan cache) and kept the endpoint far from its 500 requests/s target; the entities stay the mapping of
 * every other read. The identity evidence and the corrections follow in two more (the answer is cached).
 */
@ApplicationScoped
public class OfficialLookup {
    private static final String SQL = """
            SELECT o.id, o.name, o.aliases, o.first_seen, o.last_seen, o.release_count, o.statement_count,
                   m.mentions, p.title, p.org, p.party, p.party_source, p.province_id, p.district_id, p.former,
                   p.first_seen AS p_first_seen, p.last_seen AS p_last_seen, p.release_count AS p_release_count
            FROM readmodel.officials o
            CROSS JOIN LATERAL (SELECT count(*) AS mentions FROM readmodel.mentions
                                WHERE entity_kind = 'official' AND entity_id = o.id) m
            LEFT JOIN readmodel.positions p ON p.official_id = o.id
            WHERE o.id = $1
            ORDER BY p.last_seen DESC, p.first_seen, p.title, p.org, p.party, p.province_id, p.district_id""";

    private static final String EVIDENCE = """
            SELECT release_id, name, name_key, identity_rule, identity_detail, registry_entry
            FROM readmodel.release_officials WHERE official_id = $1 ORDER BY seen_on, release_id, name_key""";
    private static final String CORRECTIONS = """
            SELECT seq, position, kind, official_id, into_id, release_ids, editor, reason, recorded_at
            FROM readmodel.official_corrections
            WHERE refs && (SELECT array_agg(id) FROM readmodel.release_officials ro,
                             LATERAL (VALUES (ro.official_id), (ro.handle), (ro.registry_handle)) v(id)
                           WHERE ro.official_id = $1 AND id IS NOT NULL)
            ORDER BY seq""";

    private final PreparedQuery<RowSet<Row>> query;
    private final PreparedQuery<RowSet<Row>> evidence;
    private final PreparedQuery<RowSet<Row>> corrections;
    private final Gazetteer gazetteer;
    private final OfficialRedirects redirects;

    public OfficialLookup(Pool pool, Gazetteer gazetteer, OfficialRedirects redirects) {
        this.query = pool.preparedQuery(SQL);
        this.evidence = pool.preparedQuery(EVIDENCE);
        this.corrections = pool.preparedQuery(CORRECTIONS);
        this.gazetteer = gazetteer;
        this.redirects = redirects;
    }

    /** The official; an id that names none answers where it points (301, 300) or 404. */
    public Uni<OfficialView> get(String id) {
        return gazetteer.names().chain(places -> query.execute(Tuple.of(id)).chain(rows -> rows.size() == 0
                ? redirects.moved(id)
                : identity(id).map(identity -> view(rows, places, identity))));
    }

    private Uni<OfficialIdentity> identity(String id) {
        return evidence.execute(Tuple.of(id)).chain(found -> corrections.execute(Tuple.of(id)).map(made -> {
            Set<String> entries = new TreeSet<>();
            List<OfficialIdentity.Evidence> why = new ArrayList<>(found.size());
            for (Row r : found) {
                String entry = r.getString("registry_entry");
                if (entry != null) {
                    entries.add(entry);
                }
                why.add(new OfficialIdentity.Evidence(r.getString("release_id"), r.getString("name"),
                        r.getString("name_key"), r.getString("identity_rule"), r.getString("identity_detail"), entry));
            }
            List<OfficialIdentity.Correction> history = new ArrayList<>(made.size());
            for (Row r : made) {
                history.add(new OfficialIdentity.Correction(r.getLong("seq"), r.getLong("position"),
                        r.getString("kind").equals("merge") ? "OfficialsMerged" : "OfficialSplit",
                        r.getString("official_id"), r.getString("into_id"), List.of(r.getArrayOfStrings("release_ids")),
                        r.getString("editor"), r.getString("reason"), r.getOffsetDateTime("recorded_at").toInstant()));
            }
            return new OfficialIdentity(List.copyOf(entries), why, history);
        }));
    }

    private static OfficialView view(RowSet<Row> rows, Gazetteer.Names places, OfficialIdentity identity) {
        List<PositionView> positions = new ArrayList<>(rows.size());
        Row first = null;
        for (Row row : rows) {
            first = first == null ? row : first;
            if (row.getString("title") != null) {
                positions.add(new PositionView(row.getString("title"), blankToNull(row.getString("org")),
                        blankToNull(row.getString("party")), row.getString("party_source"),
                        places.province(row.getInteger("province_id")), places.district(row.getInteger("district_id")),
                        row.getBoolean("former"), row.getLocalDate("p_first_seen"), row.getLocalDate("p_last_seen"),
                        row.getInteger("p_release_count")));
            }
        }
        return new OfficialView(first.getString("id"), first.getString("name"),
                List.of(first.getArrayOfStrings("aliases")), positions, first.getLocalDate("first_seen"),
                first.getLocalDate("last_seen"), new OfficialView.Counts(first.getInteger("release_count"),
                first.getInteger("statement_count"), first.getLong("mentions")), identity);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
