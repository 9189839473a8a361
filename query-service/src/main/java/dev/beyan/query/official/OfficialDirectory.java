package dev.beyan.query.official;

import dev.beyan.query.api.Cursor;
import dev.beyan.query.api.Page;
import dev.beyan.query.gazetteer.Gazetteer;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Officials from the read model: filtered lists, existence checks, office holders of a place. */
@ApplicationScoped
@WithSession
public class OfficialDirectory {
    private final Gazetteer gazetteer;
    private final Vocabulary vocabulary;
    private final OfficialRedirects redirects;

    public OfficialDirectory(Gazetteer gazetteer, Vocabulary vocabulary, OfficialRedirects redirects) {
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
        this.redirects = redirects;
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

    /** The official; an id that names none answers where it points (301, 300) or 404. */
    public Uni<OfficialEntity> find(String id) {
        return OfficialEntity.<OfficialEntity>findById(id)
                .chain(o -> o != null ? Uni.createFrom().item(o) : redirects.moved(id));
    }

    /** Officials with an office in the district, by name. */
    public Uni<List<OfficialSummary>> holdingOfficeIn(int districtId) {
        return OfficialEntity.<OfficialEntity>find("from OfficialEntity o where exists (select 1 from PositionEntity p "
                        + "where p.officialId = o.id and p.districtId = ?1) order by o.nameFolded, o.id", districtId)
                .list()
                .map(rows -> rows.stream().map(OfficialSummary::of).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
