package dev.beyan.extract.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * The text to analyse from a release file, in one of three formats:
 * <ul>
 *   <li>seed text: a first line {@code date YYYY-MM <category>} (spaces around it allowed), then the body; the
 *   text is everything after that header line, exactly as the ingest service stores it (a leading dateline such
 *   as "(İZMİR)-" stays);</li>
 *   <li>JSON with a string field {@code text};</li>
 *   <li>anything else: plain text, analysed as it is.</li>
 * </ul>
 */
public final class ReleaseText {
    private static final String SEED_HEADER_WORD = "date";
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
        return isSeedHeader(firstLine(content)) ? content.substring(content.indexOf('\n') + 1) : content;
    }

    private static String firstLine(String content) {
        int newline = content.indexOf('\n');
        return newline < 0 ? "" : content.substring(0, newline);
    }

    /** "date 2024-05 Güncel": the word "date", a year-month, a category. */
    static boolean isSeedHeader(String line) {
        String[] parts = line.strip().split("\\s+", 3);
        return parts.length == 3 && parts[0].equals(SEED_HEADER_WORD) && isYearMonth(parts[1]);
    }

    private static boolean isYearMonth(String s) {
        if (s.length() != 7 || s.charAt(4) != '-') {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            if (i != 4 && !Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
