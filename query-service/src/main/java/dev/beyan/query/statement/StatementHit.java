package dev.beyan.query.statement;

import java.time.LocalDate;

/**
 * A statement found: its text, its speaker (the official id is null for a speaker who holds no office), the
 * release it is in, and its character offsets into that release's text, from the first segment's start to the
 * last one's end.
 */
public record StatementHit(String id, String kind, String text, String cue, Speaker speaker, Release release,
                           LocalDate publishedOn, Offsets offsets) {

    public record Speaker(String officialId, String name) {
    }

    public record Release(String id, String title, String dateline) {
    }

    public record Offsets(int start, int end) {
    }
}
