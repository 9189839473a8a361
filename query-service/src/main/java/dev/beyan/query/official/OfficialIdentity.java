package dev.beyan.query.official;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Why the registry takes these mentions for one person: the register entries they are linked to, one piece of
 * evidence per release, and the editors' corrections that concern the official.
 */
@Schema(name = "OfficialIdentity", description = "How the official's identity was decided: register links, the "
        + "rule that put each release's mention here, and editors' corrections (docs/identity.md)")
public record OfficialIdentity(@Schema(description = "Register entries the mentions are linked to, e.g. "
                                       + "vali-trabzon-1 or mayor2024-35-1178") List<String> registryEntries,
                               List<Evidence> evidence, List<Correction> corrections) {

    @Schema(name = "IdentityEvidence", description = "Why one release's mention belongs to this official")
    public record Evidence(String releaseId, @Schema(description = "The name as the release gives it") String name,
                           @Schema(description = "The id the extractor gave the name (the old name-based id)")
                           String nameKey,
                           @Schema(enumeration = {"first-seen", "registry", "same-name", "name-variant", "merged",
                                   "split", "unresolved"}) String rule,
                           String detail, @Schema(nullable = true) String registryEntry) {
    }

    @Schema(name = "OfficialCorrection", description = "An editor's correction, as recorded in the stream "
            + "curation-officials")
    public record Correction(@Schema(description = "Version in the stream curation-officials") long version,
                             @Schema(description = "The event's global position") long position,
                             @Schema(enumeration = {"OfficialsMerged", "OfficialSplit"}) String type,
                             String officialId, @Schema(nullable = true) String into,
                             @Schema(description = "For a split, the releases that left") List<String> releaseIds,
                             String editor, String reason, Instant recordedAt) {
    }
}
