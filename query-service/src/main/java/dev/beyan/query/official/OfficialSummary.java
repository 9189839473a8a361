package dev.beyan.query.official;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** An official in a list. */
@Schema(name = "OfficialSummary", description = "An official in a list")
public record OfficialSummary(String id, String name, List<String> aliases, int releaseCount, int statementCount,
                              LocalDate firstSeen, LocalDate lastSeen) {

    static OfficialSummary of(OfficialEntity o) {
        return new OfficialSummary(o.id, o.name, List.of(o.aliases), o.releaseCount, o.statementCount, o.firstSeen,
                o.lastSeen);
    }
}
