package dev.beyan.ingest.release;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A release as a client submitted it, validated; only {@code text} is required. */
@Schema(name = "ReleaseSubmission", description = "A release as JSON; a new text under a known source and "
        + "externalId revises that release")
record Submission(@Schema(required = true, minLength = 1, description = "The release text, at most 1 MiB of UTF-8")
                  String text,
                  @Schema(description = "The publisher's id for it") String externalId,
                  @Schema(description = "Who published it") String source,
                  String url,
                  @Schema(description = "YYYY-MM-DD or YYYY-MM", pattern = "^\\d{4}-\\d{2}(-\\d{2})?$")
                  String publishedAt,
                  String category, String title,
                  @Schema(description = "The place line the text starts with, e.g. İZMİR; taken from the text "
                          + "when absent") String dateline) {
}
