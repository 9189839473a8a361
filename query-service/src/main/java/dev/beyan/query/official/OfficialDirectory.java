package dev.beyan.query.official;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.query.api.Cursor;
import dev.beyan.query.api.Page;
import dev.beyan.query.place.Gazetteer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Officials from the read model: filtered lists, one official with offices and counts, office holders of a place. */
@ApplicationScoped
@WithSession
public class OfficialDirectory {
    private static final Sort POSITION_ORDER = Sort.by("lastSeen").descending().and("firstSeen").and("title")
            .and("org").and("party").and("provinceId").and("districtId");
    private final Gazetteer gazetteer;
    private final Vocabulary vocabulary;

    public OfficialDirectory(Gazetteer gazetteer, Vocabulary vocabulary) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
    }

    /** Officials by folded name, keyset-paged on (nameFolded, id). */
    public Uni<Page<OfficialSummary>> list(OfficialFilter filter, int limit) {
        Cursor after = Cursor.decode(filter.cursor(), 2);
        return gazetteer.names().chain(places -> {
            Integer province = filter.province() == null || filter.province().isBlank() ? null
                    : places.resolveProvince("province", filter.province());
            List<Integer> districts = filter.district() == null || filter.district().isBlank() ? null
                    : places.resolveDistricts("district", filter.district(), province);
            return vocabulary.parties("party", filter.party())
                    .chain(parties -> vocabulary.titles("title", filter.title())
                            .map(titles -> new OfficialQuery(blankToNull(filter.q()), parties, province, districts,
                                    titles, after)));
        }).chain(query -> OfficialEntity.<OfficialEntity>find("from OfficialEntity o" + query.where()
                                + " order by o.nameFolded, o.id", query.parameters())
                        .range(0, limit).list())
                .map(rows -> Page.of(rows, limit, OfficialSummary::of, o -> Cursor.of(o.nameFolded, o.id)));
    }

    /** Two round trips: the official with its mention count, then its offices. */
    public Uni<OfficialView> get(String id) {
        return Panache.getSession().chain(session -> session.createSelectionQuery("""
                                select o, (select count(*) from MentionEntity m
                                           where m.entityKind = 'official' and m.entityId = o.id)
                                from OfficialEntity o where o.id = :id""", Object[].class)
                        .setParameter("id", id).getSingleResultOrNull())
                .chain(row -> {
                    if (row == null) {
                        throw notFound(id);
                    }
                    OfficialEntity o = (OfficialEntity) row[0];
                    long mentions = (Long) row[1];
                    return PositionEntity.<PositionEntity>list("officialId", POSITION_ORDER, id)
                            .chain(positions -> gazetteer.names().map(places -> new OfficialView(o.id, o.name,
                                    List.of(o.aliases), positions.stream().map(p -> PositionView.of(p, places)).toList(),
                                    o.firstSeen, o.lastSeen,
                                    new OfficialView.Counts(o.releaseCount, o.statementCount, mentions))));
                });
    }

    /** The official, or 404. */
    public Uni<OfficialEntity> find(String id) {
        return OfficialEntity.<OfficialEntity>findById(id).map(o -> {
            if (o == null) {
                throw notFound(id);
            }
            return o;
        });
    }

    /** Officials with an office in the district, by name. */
    public Uni<List<OfficialSummary>> holdingOfficeIn(int districtId) {
        return OfficialEntity.<OfficialEntity>find("from OfficialEntity o where exists (select 1 from PositionEntity p "
                        + "where p.officialId = o.id and p.districtId = ?1) order by o.nameFolded, o.id", districtId)
                .list()
                .map(rows -> rows.stream().map(OfficialSummary::of).toList());
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("no official with id '" + id + "'");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
