package dev.beyan.query.place;

/** A district in a list, with its province's plate code and its mention counts. */
public record DistrictSummary(int id, String name, int provinceId, int mentionCount, int releaseCount) {

    static DistrictSummary of(DistrictEntity d) {
        return new DistrictSummary(d.id, d.name, d.provinceId, d.mentionCount, d.releaseCount);
    }
}
