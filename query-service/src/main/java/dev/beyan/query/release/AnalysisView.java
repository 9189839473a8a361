package dev.beyan.query.release;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * One recorded analysis: {@code textVersion} is the stream version of the text it read, {@code version} and
 * {@code position} where its own event stands; {@code analysis} follows {@code contracts/analysis.schema.json}.
 */
@Schema(name = "Analysis", description = "One recorded analysis of a release's text")
public record AnalysisView(String releaseId, long version, long position, long textVersion, String extractorName,
                           String extractorVersion, Instant recordedAt,
                           @Schema(type = SchemaType.OBJECT, implementation = Object.class, description = "The extractor's analysis: officials, "
                                   + "functionaries (holders of career posts such as police chiefs and prosecutors), places "
                                   + "and statements with offsets (contracts/analysis.schema.json)")
                           JsonNode analysis) {
}
