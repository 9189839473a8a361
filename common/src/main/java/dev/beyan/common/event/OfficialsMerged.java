package dev.beyan.common.event;

/**
 * An editor decided that {@code officialId} and {@code into} are one person: from now on the registry shows them as
 * {@code into}, and {@code officialId} answers with where it went. Ids are the ones the editor saw; they keep
 * naming the same mentions however the automatic resolution later groups them.
 */
public record OfficialsMerged(String officialId, String into, String editor, String reason) implements CurationEvent {
}
