package dev.beyan.query.statement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A statement found: its text, its speaker (the official id is null for a speaker who holds no office), the
 * release it is in, and its character offsets into that release's text, from the first segment's start to the
 * last one's end.
 */
@Schema(name = "Statement", description = "A statement with its speaker, release and offsets")
public record StatementHit(String id, @Schema(enumeration = {"direct", "indirect"}) String kind, String text,
                           @Schema(nullable = true) String cue, Speaker speaker, Release release,
                           LocalDate publishedOn, Offsets offsets) {

    @Schema(name = "Speaker", description = "Who spoke; officialId is null for a speaker who holds no office")
    public record Speaker(@Schema(nullable = true) String officialId, String name) {
    }

    @Schema(name = "StatementRelease", description = "The release a statement is in")
    public record Release(String id, @Schema(nullable = true) String title, @Schema(nullable = true) String dateline) {
    }

    @Schema(name = "Offsets", description = "Character offsets into the release text, end exclusive")
    public record Offsets(int start, int end) {
    }
}
