package dev.beyan.query.place;

import dev.beyan.query.gazetteer.ProvinceEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A province with its mention counts; {@code districts} is filled only for the single-province view. */
@Schema(name = "Province", description = "A province; districts only in the single-province answer, else null")
public record ProvinceView(int id, String name, boolean metropolitan, int mentionCount, int releaseCount,
                           @Schema(nullable = true) List<DistrictSummary> districts) {

    static ProvinceView of(ProvinceEntity p, List<DistrictSummary> districts) {
        return new ProvinceView(p.id, p.name, p.metropolitan, p.mentionCount, p.releaseCount, districts);
    }
}
