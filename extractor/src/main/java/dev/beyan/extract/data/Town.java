package dev.beyan.extract.data;

/** A belde (town with its own municipality) and the district it lies in. Not a place of the registry. */
public record Town(String name, AdminUnit district) {
}
