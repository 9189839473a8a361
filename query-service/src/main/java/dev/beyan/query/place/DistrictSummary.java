package dev.beyan.query.place;

import dev.beyan.query.gazetteer.DistrictEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A district in a list, with its province's plate code and its mention counts. */
@Schema(name = "DistrictSummary", description = "A district in a list")
public record DistrictSummary(int id, String name, int provinceId, int mentionCount, int releaseCount) {

    static DistrictSummary of(DistrictEntity d) {
        return new DistrictSummary(d.id, d.name, d.provinceId, d.mentionCount, d.releaseCount);
    }
}
