package dev.beyan.common.event;

/**
 * Every event the store keeps: what happened to a release, and what editors corrected in the registry. Each kind has
 * its own streams; the codec, the store and the relay handle them alike.
 */
public sealed interface DomainEvent permits ReleaseEvent, CurationEvent {
}
