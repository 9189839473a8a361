package dev.beyan.query.official;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The answer to an id that is no official's any more: an old name-based id, an id an editor merged away, or one
 * whose official is now anchored elsewhere. One official: 301 to it; several (namesakes under one old name): 300.
 */
@Schema(name = "OfficialMoved", description = "Where an id that names no official now points: movedTo (301) or, "
        + "for an old name-based id that several officials share, the candidates (300)")
public record OfficialMoved(String id, @Schema(nullable = true) String movedTo,
                            @Schema(nullable = true, description = "Set when an editor merged this id") String mergedInto,
                            List<String> candidates) {
}
