package dev.beyan.extract.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * The text to analyse from a release file, in one of three formats:
 * <ul>
 *   <li>seed text ({@link SeedText}: a first line {@code date YYYY-MM[-DD] [<category>]}, then the body): the text
 *   the ingest service stores, so that offsets agree with the registry's;</li>
 *   <li>JSON with a string field {@code text};</li>
 *   <li>anything else: plain text, analysed as it is.</li>
 * </ul>
 */
public final class ReleaseText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReleaseText() {
    }

    /** The text of {@code content}; {@code fileName} decides JSON by its ending. */
    public static String of(String fileName, String content) throws IOException {
        if (fileName.endsWith(".json")) {
            JsonNode root = JSON.readTree(content);
            JsonNode text = root == null ? null : root.get("text");
            if (text == null || !text.isTextual()) {
                throw new IOException(fileName + ": JSON without a string field \"text\"");
            }
            return text.asText();
        }
        return SeedText.parse(content).text();
    }
}
