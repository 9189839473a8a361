package dev.beyan.query.place;

import dev.beyan.query.gazetteer.PlaceRef;
import dev.beyan.query.official.OfficialSummary;
import dev.beyan.query.release.ReleaseSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A district with its counts, the officials whose office is there, and the latest releases that mention it. */
@Schema(name = "District", description = "A district with counts, officials and latest releases")
public record DistrictView(int id, String name, PlaceRef province, int mentionCount, int releaseCount,
                           List<OfficialSummary> officials, List<ReleaseSummary> latestReleases) {
}
