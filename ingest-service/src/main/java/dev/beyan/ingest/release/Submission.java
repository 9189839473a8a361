package dev.beyan.ingest.release;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A release as a client submitted it; only {@code text} is required. Its rules are the constraints below, checked in
 * the order {@link SubmissionChecks} gives by {@link SubmissionParser}, each refusal a 400 naming the field.
 */
@Schema(name = "ReleaseSubmission", description = "A release as JSON; a new text under a known source and "
        + "externalId revises that release")
@StorableFields(groups = SubmissionChecks.Storage.class)
record Submission(@Schema(required = true, minLength = 1, description = "The release text, at most 1 MiB of UTF-8")
                  @NotBlank(message = SubmissionParser.BLANK_TEXT)
                  @TextLimit(groups = SubmissionChecks.Size.class)
                  String text,
                  @Schema(description = "The publisher's id for it") String externalId,
                  @Schema(description = "Who published it") String source,
                  String url,
                  @Schema(description = "YYYY-MM-DD or YYYY-MM", pattern = "^\\d{4}-\\d{2}(-\\d{2})?$")
                  @PublicationDate
                  String publishedAt,
                  String category, String title,
                  @Schema(description = "The place line the text starts with, e.g. İZMİR; taken from the text "
                          + "when absent") String dateline) {
}
