package dev.beyan.query.release;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.query.api.Cursor;
import dev.beyan.query.api.Page;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Releases as they stand now, from the read model. */
@ApplicationScoped
@WithSession
public class ReleaseCatalog {
    /** Newest first, keyset-paged on (receivedAt, id) so that pages stay stable while releases arrive. */
    public Uni<Page<ReleaseSummary>> list(String cursorParam, int limit) {
        return page(null, new Parameters(), cursorParam, limit);
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

    /**
     * The summaries alone, selected into {@link ReleaseSummary}: the texts stay in the database and no entity
     * enters the session, which made the first page of releases the costliest read under load.
     */
    private Uni<Page<ReleaseSummary>> page(String condition, Parameters parameters, String cursorParam, int limit) {
        Cursor cursor = Cursor.decode(cursorParam, 2);
        List<String> where = new ArrayList<>();
        if (condition != null) {
            where.add(condition);
        }
        if (cursor != null) {
            where.add("(r.receivedAt < :afterAt or (r.receivedAt = :afterAt and r.id < :afterId))");
            parameters.and("afterAt", instant(cursor.part(0))).and("afterId", cursor.part(1));
        }
        String hql = "select new " + ReleaseSummary.class.getName() + "(r.id, r.externalId, r.source, r.url, r.title, "
                + "r.publishedAt, r.category, r.dateline, r.status, r.version, r.receivedAt, r.updatedAt, "
                + "r.lastPosition) from ReleaseEntity r"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by r.receivedAt desc, r.id desc";
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql, ReleaseSummary.class).setMaxResults(limit + 1);
            parameters.map().forEach(query::setParameter);
            return query.getResultList();
        }).map(rows -> Page.of(rows, limit, r -> r, r -> Cursor.of(r.receivedAt(), r.id())));
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
