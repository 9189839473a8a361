package dev.beyan.query.place;

import dev.beyan.query.official.OfficialSummary;
import dev.beyan.query.release.ReleaseSummary;

import java.util.List;

/** A district with its counts, the officials whose office is there, and the latest releases that mention it. */
public record DistrictView(int id, String name, PlaceRef province, int mentionCount, int releaseCount,
                           List<OfficialSummary> officials, List<ReleaseSummary> latestReleases) {
}
