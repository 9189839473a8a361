package dev.beyan.extract.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * The text to analyse from a release file, in one of three formats:
 * <ul>
 *   <li>seed text: a first line {@code date YYYY-MM[-DD] [<category>]} (spaces around it allowed), then the body;
 *   the text is the body exactly as the ingest service stores it: everything after the header line without the
 *   blank lines that separate it (they belong to the format), so that offsets agree with the registry's; a
 *   leading dateline such as "(İZMİR)-" stays;</li>
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
        int newline = content.indexOf('\n');
        if (newline < 0 || !isSeedHeader(content.substring(0, newline))) {
            return content;
        }
        int body = newline + 1;
        while (body < content.length() && (content.charAt(body) == '\n' || content.charAt(body) == '\r')) {
            body++;
        }
        return content.substring(body);
    }

    /** "date 2024-05 Güncel": the word "date", a year-month or a day, maybe a category. */
    static boolean isSeedHeader(String line) {
        String[] parts = line.strip().split("\\s+", 3);
        return parts.length >= 2 && parts[0].equals(SEED_HEADER_WORD) && isDate(parts[1]);
    }

    /** YYYY-MM or YYYY-MM-DD. */
    private static boolean isDate(String s) {
        if ((s.length() != 7 && s.length() != 10) || s.charAt(4) != '-' || (s.length() == 10 && s.charAt(7) != '-')) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (i != 4 && i != 7 && !Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
