package dev.beyan.query.place;

/** A province or district named by id, inside another resource. */
public record PlaceRef(int id, String name) {
}
