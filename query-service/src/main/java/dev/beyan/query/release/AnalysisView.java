package dev.beyan.query.release;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One recorded analysis: {@code textVersion} is the stream version of the text it read, {@code version} and
 * {@code position} where its own event stands; {@code analysis} follows {@code contracts/analysis.schema.json}.
 */
public record AnalysisView(String releaseId, long version, long position, long textVersion, String extractorName,
                           String extractorVersion, Instant recordedAt, JsonNode analysis) {
}
