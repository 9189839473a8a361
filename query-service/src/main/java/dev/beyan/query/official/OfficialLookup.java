package dev.beyan.query.official;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.query.place.Gazetteer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.PreparedQuery;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /v1/officials/{id}}, the hottest read, in one round trip on the reactive SQL client that Hibernate
 * Reactive itself runs on: the official, its mention count and its offices come back as one row per office.
 * Going through a Hibernate session here cost several times the query itself (session, persistence context,
 * query-plan cache) and kept the endpoint far from its 500 requests/s target; the entities stay the mapping of
 * every other read.
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

    private final PreparedQuery<RowSet<Row>> query;
    private final Gazetteer gazetteer;

    public OfficialLookup(Pool pool, Gazetteer gazetteer) {
        this.query = pool.preparedQuery(SQL);
        this.gazetteer = gazetteer;
    }

    public Uni<OfficialView> get(String id) {
        return gazetteer.names().chain(places -> query.execute(Tuple.of(id)).map(rows -> view(id, rows, places)));
    }

    private static OfficialView view(String id, RowSet<Row> rows, Gazetteer.Names places) {
        if (rows.size() == 0) {
            throw ProblemException.notFound("no official with id '" + id + "'");
        }
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
                first.getInteger("statement_count"), first.getLong("mentions")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
