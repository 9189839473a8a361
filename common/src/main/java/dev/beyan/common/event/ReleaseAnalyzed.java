package dev.beyan.common.event;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The extractor's analysis of the text at stream version {@code analyzedVersion}, in the JSON of
 * {@code contracts/analysis.schema.json}; kept as JSON so that the event does not change with the extractor's classes.
 */
public record ReleaseAnalyzed(String releaseId, String extractorName, String extractorVersion, long analyzedVersion,
                              ObjectNode analysis) implements ReleaseEvent {
}
