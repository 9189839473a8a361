package dev.beyan.query.official;

import dev.beyan.query.gazetteer.Gazetteer;
import dev.beyan.registry.projection.ReadModelTables;
import dev.beyan.registry.projection.ReadModelTables.Mentions;
import dev.beyan.registry.projection.ReadModelTables.OfficialCorrections;
import dev.beyan.registry.projection.ReadModelTables.Officials;
import dev.beyan.registry.projection.ReadModelTables.Positions;
import dev.beyan.registry.projection.ReadModelTables.ReleaseOfficials;
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
 * every other read. The identity evidence and the corrections follow in two more (the answer is cached). Table and
 * column names are the read models' owner's ({@link ReadModelTables}).
 */
@ApplicationScoped
public class OfficialLookup {
    private static final String P_FIRST_SEEN = "p_first_seen";
    private static final String P_LAST_SEEN = "p_last_seen";
    private static final String P_RELEASE_COUNT = "p_release_count";
    private static final String MENTIONS = "mentions";

    private static final String SQL = "SELECT " + ReadModelTables.columns("o", Officials.ID, Officials.NAME,
            Officials.ALIASES, Officials.FIRST_SEEN, Officials.LAST_SEEN, Officials.RELEASE_COUNT,
            Officials.STATEMENT_COUNT) + ", m." + MENTIONS + ", "
            + ReadModelTables.columns("p", Positions.TITLE, Positions.ORG, Positions.PARTY, Positions.PARTY_SOURCE,
            Positions.PROVINCE_ID, Positions.DISTRICT_ID, Positions.FORMER) + ", "
            + "p." + Positions.FIRST_SEEN + " AS " + P_FIRST_SEEN + ", p." + Positions.LAST_SEEN + " AS " + P_LAST_SEEN
            + ", p." + Positions.RELEASE_COUNT + " AS " + P_RELEASE_COUNT
            + " FROM " + Officials.QUALIFIED + " o"
            + " CROSS JOIN LATERAL (SELECT count(*) AS " + MENTIONS + " FROM " + Mentions.QUALIFIED
            + " WHERE " + Mentions.ENTITY_KIND + " = 'official' AND " + Mentions.ENTITY_ID + " = o." + Officials.ID
            + ") m"
            + " LEFT JOIN " + Positions.QUALIFIED + " p ON p." + Positions.OFFICIAL_ID + " = o." + Officials.ID
            + " WHERE o." + Officials.ID + " = $1"
            + " ORDER BY p." + Positions.LAST_SEEN + " DESC, " + ReadModelTables.columns("p", Positions.FIRST_SEEN,
            Positions.TITLE, Positions.ORG, Positions.PARTY, Positions.PROVINCE_ID, Positions.DISTRICT_ID);

    private static final String EVIDENCE = "SELECT " + String.join(", ", ReleaseOfficials.RELEASE_ID,
            ReleaseOfficials.NAME, ReleaseOfficials.NAME_KEY, ReleaseOfficials.IDENTITY_RULE,
            ReleaseOfficials.IDENTITY_DETAIL, ReleaseOfficials.REGISTRY_ENTRY)
            + " FROM " + ReleaseOfficials.QUALIFIED + " WHERE " + ReleaseOfficials.OFFICIAL_ID + " = $1"
            + " ORDER BY " + String.join(", ", ReleaseOfficials.SEEN_ON, ReleaseOfficials.RELEASE_ID,
            ReleaseOfficials.NAME_KEY);
    /** The corrections that name any id the official's mentions had: their own, their handle, their register's. */
    private static final String CORRECTIONS = "SELECT " + String.join(", ", OfficialCorrections.SEQ,
            OfficialCorrections.POSITION, OfficialCorrections.KIND, OfficialCorrections.OFFICIAL_ID,
            OfficialCorrections.INTO_ID, OfficialCorrections.RELEASE_IDS, OfficialCorrections.EDITOR,
            OfficialCorrections.REASON, OfficialCorrections.RECORDED_AT)
            + " FROM " + OfficialCorrections.QUALIFIED
            + " WHERE " + OfficialCorrections.REFS + " && (SELECT array_agg(id) FROM " + ReleaseOfficials.QUALIFIED
            + " ro, LATERAL (VALUES (ro." + ReleaseOfficials.OFFICIAL_ID + "), (ro." + ReleaseOfficials.HANDLE
            + "), (ro." + ReleaseOfficials.REGISTRY_HANDLE + ")) v(id)"
            + " WHERE ro." + ReleaseOfficials.OFFICIAL_ID + " = $1 AND id IS NOT NULL)"
            + " ORDER BY " + OfficialCorrections.SEQ;

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
                String entry = r.getString(ReleaseOfficials.REGISTRY_ENTRY);
                if (entry != null) {
                    entries.add(entry);
                }
                why.add(new OfficialIdentity.Evidence(r.getString(ReleaseOfficials.RELEASE_ID),
                        r.getString(ReleaseOfficials.NAME), r.getString(ReleaseOfficials.NAME_KEY),
                        r.getString(ReleaseOfficials.IDENTITY_RULE), r.getString(ReleaseOfficials.IDENTITY_DETAIL),
                        entry));
            }
            List<OfficialIdentity.Correction> history = new ArrayList<>(made.size());
            for (Row r : made) {
                history.add(new OfficialIdentity.Correction(r.getLong(OfficialCorrections.SEQ),
                        r.getLong(OfficialCorrections.POSITION),
                        r.getString(OfficialCorrections.KIND).equals("merge") ? "OfficialsMerged" : "OfficialSplit",
                        r.getString(OfficialCorrections.OFFICIAL_ID), r.getString(OfficialCorrections.INTO_ID),
                        List.of(r.getArrayOfStrings(OfficialCorrections.RELEASE_IDS)),
                        r.getString(OfficialCorrections.EDITOR), r.getString(OfficialCorrections.REASON),
                        r.getOffsetDateTime(OfficialCorrections.RECORDED_AT).toInstant()));
            }
            return new OfficialIdentity(List.copyOf(entries), why, history);
        }));
    }

    private static OfficialView view(RowSet<Row> rows, Gazetteer.Names places, OfficialIdentity identity) {
        List<PositionView> positions = new ArrayList<>(rows.size());
        Row first = null;
        for (Row row : rows) {
            first = first == null ? row : first;
            if (row.getString(Positions.TITLE) != null) {
                positions.add(new PositionView(row.getString(Positions.TITLE),
                        blankToNull(row.getString(Positions.ORG)), blankToNull(row.getString(Positions.PARTY)),
                        row.getString(Positions.PARTY_SOURCE), places.province(row.getInteger(Positions.PROVINCE_ID)),
                        places.district(row.getInteger(Positions.DISTRICT_ID)), row.getBoolean(Positions.FORMER),
                        row.getLocalDate(P_FIRST_SEEN), row.getLocalDate(P_LAST_SEEN), row.getInteger(P_RELEASE_COUNT)));
            }
        }
        return new OfficialView(first.getString(Officials.ID), first.getString(Officials.NAME),
                List.of(first.getArrayOfStrings(Officials.ALIASES)), positions,
                first.getLocalDate(Officials.FIRST_SEEN), first.getLocalDate(Officials.LAST_SEEN),
                new OfficialView.Counts(first.getInteger(Officials.RELEASE_COUNT),
                        first.getInteger(Officials.STATEMENT_COUNT), first.getLong(MENTIONS)), identity);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
