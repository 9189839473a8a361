package dev.beyan.query.release;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.query.api.Cursor;
import dev.beyan.query.api.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Releases as they stand now, from the read model. */
@ApplicationScoped
@WithSession
public class ReleaseCatalog {
    private static final Sort NEWEST_FIRST = Sort.descending("receivedAt", "id");

    /** Newest first, keyset-paged on (receivedAt, id) so that pages stay stable while releases arrive. */
    public Uni<Page<ReleaseSummary>> list(String cursorParam, int limit) {
        Cursor cursor = Cursor.decode(cursorParam, 2);
        var query = cursor == null
                ? ReleaseEntity.<ReleaseEntity>findAll(NEWEST_FIRST)
                : ReleaseEntity.<ReleaseEntity>find("receivedAt < ?1 or (receivedAt = ?1 and id < ?2)", NEWEST_FIRST,
                        instant(cursor.part(0)), cursor.part(1));
        return query.range(0, limit).list()
                .map(rows -> Page.of(rows, limit, ReleaseSummary::of, r -> Cursor.of(r.receivedAt, r.id)));
    }

    /** The releases an official appears in, newest first. */
    public Uni<Page<ReleaseSummary>> withOfficial(String officialId, String cursorParam, int limit) {
        return page("exists (select 1 from ReleaseOfficialEntity ro where ro.releaseId = r.id and ro.officialId = :of)",
                Parameters.with("of", officialId), cursorParam, limit);
    }

    /** The latest {@code n} releases that mention a place. */
    public Uni<List<ReleaseSummary>> mentioning(String placeKind, int placeId, int n) {
        return page("exists (select 1 from ReleasePlaceEntity rp where rp.releaseId = r.id and rp.placeKind = :kind "
                + "and rp.placeId = :place)", Parameters.with("kind", placeKind).and("place", placeId), null, n)
                .map(Page::items);
    }

    private Uni<Page<ReleaseSummary>> page(String condition, Parameters parameters, String cursorParam, int limit) {
        Cursor cursor = Cursor.decode(cursorParam, 2);
        String where = condition;
        if (cursor != null) {
            where += " and (r.receivedAt < :afterAt or (r.receivedAt = :afterAt and r.id < :afterId))";
            parameters.and("afterAt", instant(cursor.part(0))).and("afterId", cursor.part(1));
        }
        return ReleaseEntity.<ReleaseEntity>find("from ReleaseEntity r where " + where
                        + " order by r.receivedAt desc, r.id desc", parameters)
                .range(0, limit).list()
                .map(rows -> Page.of(rows, limit, ReleaseSummary::of, r -> Cursor.of(r.receivedAt, r.id)));
    }

    public Uni<ReleaseView> get(String id) {
        return ReleaseEntity.<ReleaseEntity>findById(id)
                .map(r -> {
                    if (r == null) {
                        throw notFound(id);
                    }
                    return ReleaseView.of(r);
                });
    }

    static ProblemException notFound(String id) {
        return ProblemException.notFound("no release with id '" + id + "'");
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(Cursor.PARAM, "cursor is malformed; pass the 'next' value of a previous page");
        }
    }
}
