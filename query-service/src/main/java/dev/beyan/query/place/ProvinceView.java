package dev.beyan.query.place;

import java.util.List;

/** A province with its mention counts; {@code districts} is filled only for the single-province view. */
public record ProvinceView(int id, String name, boolean metropolitan, int mentionCount, int releaseCount,
                           List<DistrictSummary> districts) {

    static ProvinceView of(ProvinceEntity p, List<DistrictSummary> districts) {
        return new ProvinceView(p.id, p.name, p.metropolitan, p.mentionCount, p.releaseCount, districts);
    }
}
