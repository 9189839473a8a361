package dev.beyan.query.ui;

import dev.beyan.query.statement.StatementHit;

/** A statement found, with the addresses of its place in the release text and of its speaker's page. */
public record StatementLink(StatementHit hit, String releaseHref, String speakerHref) {

    static StatementLink of(StatementHit hit) {
        String speaker = hit.speaker() == null || hit.speaker().officialId() == null ? null
                : Links.official(hit.speaker().officialId());
        return new StatementLink(hit, Links.release(hit.release().id()) + "#q-" + hit.offsets().start(), speaker);
    }
}
