package dev.beyan.query.place;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.query.api.Cursor;
import dev.beyan.query.api.Page;
import dev.beyan.query.gazetteer.DistrictEntity;
import dev.beyan.query.gazetteer.Gazetteer;
import dev.beyan.query.gazetteer.ProvinceEntity;
import dev.beyan.query.official.OfficialDirectory;
import dev.beyan.query.release.ReleaseCatalog;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;


/** Provinces and districts with their counts, keyset-paged by id. */
@ApplicationScoped
@WithSession
public class PlaceDirectory {
    static final int LATEST_RELEASES = 10;

    private final Gazetteer gazetteer;
    private final OfficialDirectory officials;
    private final ReleaseCatalog releases;

    public PlaceDirectory(Gazetteer gazetteer, OfficialDirectory officials, ReleaseCatalog releases) {
        this.gazetteer = gazetteer;
        this.officials = officials;
        this.releases = releases;
    }

    public Uni<Page<ProvinceView>> provinces(String cursorParam, int limit) {
        Cursor cursor = Cursor.decode(cursorParam, 1);
        int after = cursor == null ? 0 : (int) cursor.longPart(0);
        return ProvinceEntity.<ProvinceEntity>find("id > ?1", Sort.by("id"), after).range(0, limit).list()
                .map(rows -> Page.of(rows, limit, p -> ProvinceView.of(p, null), p -> Cursor.of(p.id)));
    }

    public Uni<ProvinceView> province(int id) {
        return ProvinceEntity.<ProvinceEntity>findById(id).chain(p -> {
            if (p == null) {
                throw ProblemException.notFound("no province with plate code " + id);
            }
            return DistrictEntity.<DistrictEntity>list("provinceId", Sort.by("name"), id)
                    .map(ds -> ProvinceView.of(p, ds.stream().map(DistrictSummary::of).toList()));
        });
    }

    /** Districts by id, all or those of the province the parameter names. */
    public Uni<Page<DistrictSummary>> districts(String provinceParam, String cursorParam, int limit) {
        Cursor cursor = Cursor.decode(cursorParam, 1);
        int after = cursor == null ? 0 : (int) cursor.longPart(0);
        return gazetteer.names().chain(names -> {
            var query = provinceParam == null || provinceParam.isBlank()
                    ? DistrictEntity.<DistrictEntity>find("id > ?1", Sort.by("id"), after)
                    : DistrictEntity.<DistrictEntity>find("provinceId = ?1 and id > ?2", Sort.by("id"),
                    names.resolveProvince("province", provinceParam), after);
            return query.range(0, limit).list();
        }).map(rows -> Page.of(rows, limit, DistrictSummary::of, d -> Cursor.of(d.id)));
    }

    public Uni<DistrictView> district(int id) {
        return DistrictEntity.<DistrictEntity>findById(id).chain(d -> {
            if (d == null) {
                throw ProblemException.notFound("no district with id " + id);
            }
            return gazetteer.names().chain(names -> officials.holdingOfficeIn(id)
                    .chain(holders -> releases.mentioning("district", id, LATEST_RELEASES)
                            .map(latest -> new DistrictView(d.id, d.name, names.province(d.provinceId),
                                    d.mentionCount, d.releaseCount, holders, latest))));
        });
    }

}
