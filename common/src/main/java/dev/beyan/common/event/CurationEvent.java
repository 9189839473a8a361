package dev.beyan.common.event;

/**
 * An editor's correction of the registry's automatic decisions. Every correction goes to one stream, so that
 * corrections have one order, and projections apply them in it after the automatic resolution, on every rebuild.
 */
public sealed interface CurationEvent extends DomainEvent permits OfficialsMerged, OfficialSplit {
    /** The one stream of corrections to officials. */
    String STREAM = "curation-officials";

    /** Who made the correction (the token's subject). */
    String editor();

    /** Why, in the editor's words. */
    String reason();
}
