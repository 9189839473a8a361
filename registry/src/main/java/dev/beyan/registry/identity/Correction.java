package dev.beyan.registry.identity;

import java.util.List;

/**
 * An editor's correction as the read models keep it: {@code seq} is its version in the curation stream. A merge has
 * {@code into}; a split has the {@code releaseIds} that leave {@code officialId}.
 */
public record Correction(long seq, Kind kind, String officialId, String into, List<String> releaseIds, String editor,
                         String reason) {

    public enum Kind { MERGE, SPLIT }

    /** The id the official split off by this correction gets; null for a merge. */
    public String splitId() {
        return kind == Kind.SPLIT ? Handles.split(seq, officialId) : null;
    }

    /** Every official id the correction names or makes: what finds the corrections that concern an official. */
    public List<String> refs() {
        return kind == Kind.MERGE ? List.of(officialId, into) : List.of(officialId, splitId());
    }
}
