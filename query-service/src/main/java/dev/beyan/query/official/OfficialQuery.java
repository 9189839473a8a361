package dev.beyan.query.official;

import dev.beyan.extract.text.TurkishText;
import dev.beyan.query.api.Cursor;
import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * The officials list's filters, resolved to the values the tables hold, as one HQL condition. The position
 * filters must all hold for one office: "CHP officials in İzmir" means a CHP office in İzmir.
 */
record OfficialQuery(String q, List<String> parties, Integer provinceId, List<Integer> districtIds,
                     List<String> titles, Cursor after) {

    String where() {
        List<String> and = new ArrayList<>();
        if (q != null) {
            and.add("(o.nameFolded like :q or o.aliasesFolded like :q)");
        }
        List<String> position = new ArrayList<>();
        if (parties != null) {
            position.add("p.party in :parties");
        }
        if (provinceId != null) {
            position.add("p.provinceId = :province");
        }
        if (districtIds != null) {
            position.add("p.districtId in :districts");
        }
        if (titles != null) {
            position.add("p.title in :titles");
        }
        if (!position.isEmpty()) {
            and.add("exists (select 1 from PositionEntity p where p.officialId = o.id and "
                    + String.join(" and ", position) + ")");
        }
        if (after != null) {
            and.add("(o.nameFolded > :afterName or (o.nameFolded = :afterName and o.id > :afterId))");
        }
        return and.isEmpty() ? "" : " where " + String.join(" and ", and);
    }

    Parameters parameters() {
        Parameters p = new Parameters();
        if (q != null) {
            p.and("q", "%" + escapeLike(TurkishText.asciiFold(q.trim())) + "%");
        }
        if (parties != null) {
            p.and("parties", parties);
        }
        if (provinceId != null) {
            p.and("province", provinceId);
        }
        if (districtIds != null) {
            p.and("districts", districtIds);
        }
        if (titles != null) {
            p.and("titles", titles);
        }
        if (after != null) {
            p.and("afterName", after.part(0)).and("afterId", after.part(1));
        }
        return p;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
