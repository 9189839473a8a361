package dev.beyan.common.event;

import java.util.List;

/**
 * An editor decided that the official {@code officialId}, as named in {@code releaseIds}, is another person: those
 * mentions become an official of their own, and the rest keep the id.
 */
public record OfficialSplit(String officialId, List<String> releaseIds, String editor, String reason)
        implements CurationEvent {
}
