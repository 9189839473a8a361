package dev.beyan.common.store;

import dev.beyan.common.event.DomainEvent;

import java.util.UUID;

/** An event about to be appended; a retried append with the same {@code eventId} is a no-op. */
public record NewEvent(UUID eventId, DomainEvent event, EventMetadata metadata) {
}
