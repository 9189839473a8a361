package dev.beyan.query.gazetteer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A province or district named by id, inside another resource. */
@Schema(name = "PlaceRef", description = "A province (by plate code) or a district, by id and name")
public record PlaceRef(int id, String name) {
}
