package dev.beyan.entity.curation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MergeRequest", description = "Merge the official of the path into another: they are one person")
public record MergeRequest(@Schema(required = true, description = "The official that stays") String into,
                           @Schema(required = true, description = "Why, for the audit trail") String reason) {
}
