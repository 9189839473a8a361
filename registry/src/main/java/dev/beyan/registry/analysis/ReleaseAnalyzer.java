package dev.beyan.registry.analysis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.json.Json;
import dev.beyan.extract.Analysis;
import dev.beyan.extract.Extractor;
import dev.beyan.extract.input.ReleaseText;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the extractor (loaded once; thread-safe) and wraps its result as the event that records it. */
@ApplicationScoped
public class ReleaseAnalyzer {
    private final Extractor extractor = new Extractor();

    /** {@code source} and {@code url}: where the release came from, as received (either may be null). */
    public ReleaseAnalyzed analyze(String releaseId, String text, String source, String url, long textVersion) {
        Analysis analysis = extractor.analyze(text, ReleaseText.origin(source, url));
        ObjectNode json = Json.MAPPER.valueToTree(analysis);
        return new ReleaseAnalyzed(releaseId, Extractor.NAME, Extractor.VERSION, textVersion, json);
    }

    public String version() {
        return Extractor.VERSION;
    }
}
