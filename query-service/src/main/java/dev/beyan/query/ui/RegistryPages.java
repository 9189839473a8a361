package dev.beyan.query.ui;

import dev.beyan.query.api.Limit;
import dev.beyan.query.official.OfficialDirectory;
import dev.beyan.query.official.OfficialFilter;
import dev.beyan.query.official.OfficialLookup;
import dev.beyan.query.official.OfficialSummary;
import dev.beyan.query.official.OfficialView;
import dev.beyan.query.place.DistrictView;
import dev.beyan.query.place.PlaceDirectory;
import dev.beyan.query.place.ProvinceView;
import dev.beyan.query.release.ReleaseCatalog;
import dev.beyan.query.release.ReleaseSummary;
import dev.beyan.query.statement.StatementSearch;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The registry's pages (an official, the provinces, a province, a district), each from the services the JSON API
 * answers with, so a page shows exactly what the API says. The reads run one after another: they share the
 * request's database session.
 */
@ApplicationScoped
public class RegistryPages {
    static final int STATEMENTS = 50;
    static final int RELEASES = 20;
    static final int PROVINCES = 81;
    static final int LATEST = 10;

    private final OfficialLookup officialLookup;
    private final OfficialDirectory officials;
    private final StatementSearch statements;
    private final ReleaseCatalog releases;
    private final PlaceDirectory places;

    public RegistryPages(OfficialLookup officialLookup, OfficialDirectory officials, StatementSearch statements,
                         ReleaseCatalog releases, PlaceDirectory places) {
        this.officialLookup = officialLookup;
        this.officials = officials;
        this.statements = statements;
        this.releases = releases;
        this.places = places;
    }

    public record OfficialPage(OfficialView official, List<StatementLink> statements, String moreStatements,
                               List<ReleaseSummary> releases, String moreReleases) {
    }

    public record ProvincePage(ProvinceView province, List<OfficialSummary> officials, boolean moreOfficials,
                               List<ReleaseSummary> latestReleases) {
    }

    Uni<OfficialPage> official(String id, String statementsCursor, String releasesCursor) {
        String self = Links.official(id);
        return officialLookup.get(id)
                .chain(official -> statements.bySpeaker(id, statementsCursor, STATEMENTS)
                        .chain(said -> releases.withOfficial(id, releasesCursor, RELEASES)
                                .map(in -> new OfficialPage(official,
                                        said.items().stream().map(StatementLink::of).toList(),
                                        said.next() == null ? null : self + "?statements=" + said.next() + "#statements",
                                        in.items(),
                                        in.next() == null ? null : self + "?releases=" + in.next() + "#releases"))));
    }

    Uni<List<ProvinceView>> provinces() {
        return places.provinces(null, PROVINCES).map(page -> page.items());
    }

    Uni<ProvincePage> province(int id) {
        OfficialFilter filter = new OfficialFilter();
        filter.province = Integer.toString(id);
        return places.province(id)
                .chain(province -> officials.list(filter, Limit.MAX)
                        .chain(holders -> releases.mentioning("province", id, LATEST)
                                .map(latest -> new ProvincePage(province, holders.items(), holders.next() != null,
                                        latest))));
    }

    Uni<DistrictView> district(int id) {
        return places.district(id);
    }
}
