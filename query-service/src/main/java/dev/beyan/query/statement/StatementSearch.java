package dev.beyan.query.statement;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.query.api.Cursor;
import dev.beyan.query.api.Dates;
import dev.beyan.query.api.Page;
import dev.beyan.query.gazetteer.Gazetteer;
import dev.beyan.query.official.OfficialDirectory;
import dev.beyan.query.official.OfficialEntity;
import dev.beyan.query.official.Vocabulary;
import dev.beyan.registry.projection.ReadModelTables.Statements;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds statements by words, speaker, party, place, dates and kind; newest first, keyset-paged on (day, id). The
 * search itself is one round trip on the reactive SQL client ({@link StatementQuery}); a Hibernate session is
 * opened only to check a speaker or resolve a party.
 */
@ApplicationScoped
public class StatementSearch {
    private static final Set<String> KINDS = Set.of("direct", "indirect");

    private final Gazetteer gazetteer;
    private final Vocabulary vocabulary;
    private final OfficialDirectory officials;
    private final Pool pool;

    public StatementSearch(Gazetteer gazetteer, Vocabulary vocabulary, OfficialDirectory officials, Pool pool) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
        this.officials = officials;
        this.pool = pool;
    }

    public Uni<Page<StatementHit>> search(StatementFilter f, int limit) {
        return resolve(f, limit).chain(this::run);
    }

    /** An official's statements; 404 when there is no such official. */
    public Uni<Page<StatementHit>> bySpeaker(String officialId, String cursor, int limit) {
        return officials.find(officialId).chain(o -> search(StatementFilter.bySpeaker(officialId, cursor), limit));
    }

    private Uni<StatementQuery> resolve(StatementFilter f, int limit) {
        Cursor after = cursor(f.cursor);
        LocalDate from = Dates.day("from", f.from);
        LocalDate to = Dates.day("to", f.to);
        String kind = blankToNull(f.kind);
        if (kind != null && !KINDS.contains(kind)) {
            throw ProblemException.badRequest("kind", "kind must be direct or indirect, got '" + f.kind + "'");
        }
        String q = blankToNull(f.q);
        String speaker = blankToNull(f.speaker);
        Uni<Void> speakerKnown = speaker == null ? Uni.createFrom().voidItem()
                : Panache.withSession(() -> OfficialEntity.findById(speaker)).map(o -> {
                    if (o == null) {
                        throw ProblemException.badRequest("speaker", "no official with id '" + speaker + "'");
                    }
                    return null;
                }).replaceWithVoid();
        return speakerKnown.chain(gazetteer::names).chain(places -> {
            Integer province = blankToNull(f.province) == null ? null : places.resolveProvince("province", f.province);
            List<Integer> districts = blankToNull(f.district) == null ? null
                    : places.resolveDistricts("district", f.district, province);
            Uni<List<String>> partiesNamed = blankToNull(f.party) == null ? Uni.createFrom().nullItem()
                    : Panache.withSession(() -> vocabulary.parties("party", f.party));
            return partiesNamed.map(parties -> new StatementQuery(q == null ? null : q.trim(),
                    speaker, parties, province, districts, from, to, kind, after, limit));
        });
    }

    private Uni<Page<StatementHit>> run(StatementQuery query) {
        StatementQuery.Sql sql = query.sql();
        return pool.preparedQuery(sql.text()).execute(sql.arguments()).map(rows -> {
            List<Row> list = new ArrayList<>(rows.size());
            rows.forEach(list::add);
            return Page.of(list, query.limit(), StatementSearch::hit, StatementSearch::key);
        });
    }

    private static StatementHit hit(Row s) {
        String speakerName = s.getString(Statements.SPEAKER_NAME);
        return new StatementHit(s.getString(Statements.ID), s.getString(Statements.KIND), s.getString(Statements.TEXT),
                s.getString(Statements.CUE), speakerName == null ? null
                        : new StatementHit.Speaker(s.getString(Statements.SPEAKER_OFFICIAL_ID), speakerName),
                new StatementHit.Release(s.getString(Statements.RELEASE_ID), s.getString(Statements.RELEASE_TITLE),
                        s.getString(Statements.RELEASE_DATELINE)),
                s.getLocalDate(Statements.PUBLISHED_ON), new StatementHit.Offsets(
                s.getInteger(Statements.START_OFFSET), s.getInteger(Statements.END_OFFSET)));
    }

    private static Cursor key(Row s) {
        LocalDate day = s.getLocalDate(Statements.PUBLISHED_ON);
        return Cursor.of(day == null ? "" : day, s.getString(Statements.ID));
    }

    private static Cursor cursor(String value) {
        Cursor cursor = Cursor.decode(value, 2);
        if (cursor != null && !cursor.part(0).isEmpty()) {
            try {
                LocalDate.parse(cursor.part(0));
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest(Cursor.PARAM, "cursor is malformed; pass the 'next' value of a previous page");
            }
        }
        return cursor;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
