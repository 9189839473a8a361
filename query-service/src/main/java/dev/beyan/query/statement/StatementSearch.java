package dev.beyan.query.statement;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.query.api.Cursor;
import dev.beyan.query.api.Dates;
import dev.beyan.query.api.Page;
import dev.beyan.query.official.OfficialDirectory;
import dev.beyan.query.official.OfficialEntity;
import dev.beyan.query.official.Vocabulary;
import dev.beyan.query.place.Gazetteer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds statements by words, speaker, party, place, dates and kind; newest first, keyset-paged on (day, id). */
@ApplicationScoped
@WithSession
public class StatementSearch {
    private static final Set<String> KINDS = Set.of("direct", "indirect");

    private final Gazetteer gazetteer;
    private final Vocabulary vocabulary;
    private final OfficialDirectory officials;

    public StatementSearch(Gazetteer gazetteer, Vocabulary vocabulary, OfficialDirectory officials) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
        this.officials = officials;
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
                : OfficialEntity.findById(speaker).map(o -> {
                    if (o == null) {
                        throw ProblemException.badRequest("speaker", "no official with id '" + speaker + "'");
                    }
                    return null;
                }).replaceWithVoid();
        return speakerKnown.chain(gazetteer::names).chain(places -> {
            Integer province = blankToNull(f.province) == null ? null : places.resolveProvince("province", f.province);
            List<Integer> districts = blankToNull(f.district) == null ? null
                    : places.resolveDistricts("district", f.district, province);
            return vocabulary.parties("party", f.party).map(parties -> new StatementQuery(q == null ? null : q.trim(),
                    speaker, parties, province, districts, from, to, kind, after, limit));
        });
    }

    private Uni<Page<StatementHit>> run(StatementQuery query) {
        return Panache.getSession().chain(session -> {
            var native_ = session.createNativeQuery(query.sql(), StatementEntity.class);
            query.parameters().forEach(native_::setParameter);
            return native_.getResultList();
        }).chain(rows -> releases(rows).map(releases -> Page.of(rows, query.limit(),
                s -> hit(s, releases.get(s.releaseId)),
                s -> Cursor.of(s.publishedOn == null ? "" : s.publishedOn, s.id))));
    }

    /** The releases of the hits, without their texts: a projection, not entities. */
    private static Uni<Map<String, StatementHit.Release>> releases(List<StatementEntity> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<String> ids = rows.stream().map(s -> s.releaseId).distinct().toList();
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select r.id, r.title, r.dateline from ReleaseEntity r where r.id in :ids", Object[].class)
                        .setParameter("ids", ids).getResultList())
                .map(list -> list.stream().map(r -> new StatementHit.Release((String) r[0], (String) r[1], (String) r[2]))
                        .collect(Collectors.toMap(StatementHit.Release::id, Function.identity())));
    }

    private static StatementHit hit(StatementEntity s, StatementHit.Release r) {
        return new StatementHit(s.id, s.kind, s.text, s.cue,
                s.speakerName == null ? null : new StatementHit.Speaker(s.speakerOfficialId, s.speakerName),
                r != null ? r : new StatementHit.Release(s.releaseId, null, null),
                s.publishedOn, new StatementHit.Offsets(s.startOffset, s.endOffset));
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
