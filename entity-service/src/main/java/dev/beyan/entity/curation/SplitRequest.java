package dev.beyan.entity.curation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SplitRequest", description = "Split the official of the path: in these releases it is another person")
public record SplitRequest(@Schema(required = true, description = "Releases whose mention of the official is "
                                   + "another person; the rest keep the id") List<String> releaseIds,
                           @Schema(required = true, description = "Why, for the audit trail") String reason) {
}
