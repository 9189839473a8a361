package dev.beyan.extract.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text release format of {@code seeds/}: a first line {@code date <date> [<category>]} (spaces around it
 * allowed), then the body. The one parser of that format: the ingest service stores {@link #text()} and the
 * analyse command reads it through {@link ReleaseText}, so every offset the extractor gives into a file's text is an
 * offset into the stored text. The text is the body exactly as received, starting at {@link #textStart()} of the
 * file: the blank lines between header and body belong to the format, not the text; a leading dateline such as
 * {@code (İZMİR)-} stays in the text.
 *
 * @param date      the header's date as written (the caller checks it is one), or null without a header
 * @param category  the header's category, or null
 * @param text      the release text
 * @param textStart where {@code text} starts in the file: {@code file.substring(textStart).equals(text)}
 */
public record SeedText(String date, String category, String text, int textStart) {
    private static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\S+)(?:\\s+(.+?))?\\s*$");
    private static final Pattern DATELINE = Pattern.compile("^\\(([^()\\n]{2,40})\\)\\s*[-–—]");

    /** Splits {@code file} into header fields and text; a file whose first line is no header is all text. */
    public static SeedText parse(String file) {
        int lineEnd = file.indexOf('\n');
        Matcher header = HEADER.matcher(lineEnd < 0 ? file : file.substring(0, lineEnd));
        if (!header.matches()) {
            return new SeedText(null, null, file, 0);
        }
        int start = lineEnd < 0 ? file.length() : lineEnd + 1;
        while (start < file.length() && (file.charAt(start) == '\n' || file.charAt(start) == '\r')) {
            start++;
        }
        return new SeedText(header.group(1), header.group(2), file.substring(start), start);
    }

    /** The place name of a leading {@code (PLACE)-} dateline of {@code text}, as printed; null without one. */
    public static String dateline(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.find() ? m.group(1).trim() : null;
    }
}
