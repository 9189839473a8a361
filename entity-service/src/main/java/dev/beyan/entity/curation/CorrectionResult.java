package dev.beyan.entity.curation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a correction appended, and the official it leaves: the merged one, or the one split off. */
@Schema(name = "CorrectionResult", description = "The correction event appended to the curation stream and the "
        + "official it leaves: for a merge the one merged into, for a split the new one")
public record CorrectionResult(@Schema(description = "OfficialsMerged or OfficialSplit") String type,
                               @Schema(description = "The correction's version in the stream curation-officials")
                               long version,
                               @Schema(description = "The event's global position") long position,
                               @Schema(description = "The official the correction leaves") String officialId) {
}
