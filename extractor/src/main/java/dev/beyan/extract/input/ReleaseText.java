package dev.beyan.extract.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * The text to analyse from a release file, in one of three formats:
 * <ul>
 *   <li>seed text ({@link SeedText}: a first line {@code date YYYY-MM[-DD] [<category>]}, then the body): the text
 *   the ingest service stores, so that offsets agree with the registry's;</li>
 *   <li>JSON with a string field {@code text}, and {@code source} and {@code url} when it has them;</li>
 *   <li>anything else: plain text, analysed as it is.</li>
 * </ul>
 */
public final class ReleaseText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReleaseText() {
    }

    private static String origin(JsonNode root) {
        return origin(textual(root.get("source")), textual(root.get("url")));
    }

    private static String textual(JsonNode value) {
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /**
     * A release's origin for {@link dev.beyan.extract.Extractor#analyze(String, String)}: its source and web address
     * (either may be null), as the CLI and the services both pass it; null when it has neither.
     */
    public static String origin(String source, String url) {
        if (source == null || url == null) {
            return source == null ? url : source;
        }
        return source + " " + url;
    }

    /** The text of {@code content}; {@code fileName} decides JSON by its ending. */
    public static String of(String fileName, String content) throws IOException {
        return read(fileName, content).text();
    }

    /** A release's text and where it came from: JSON's {@code source} and {@code url} fields, null elsewhere. */
    public record Release(String text, String origin) {
    }

    /** The text of {@code content} and, for JSON, its origin; {@code fileName} decides JSON by its ending. */
    public static Release read(String fileName, String content) throws IOException {
        if (fileName.endsWith(".json")) {
            JsonNode root = JSON.readTree(content);
            JsonNode text = root == null ? null : root.get("text");
            if (text == null || !text.isTextual()) {
                throw new IOException(fileName + ": JSON without a string field \"text\"");
            }
            return new Release(text.asText(), origin(root));
        }
        return new Release(SeedText.parse(content).text(), null);
    }
}
