package dev.beyan.ingest.release;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text release format of {@code seeds/}: a header line {@code date YYYY-MM <category>}, then the body.
 * The stored text is the body exactly as received (the blank lines between header and body belong to the
 * format, not the text); a leading dateline such as {@code (İZMİR)-} stays in the text and is also returned
 * as a field.
 */
final class SeedTextFormat {
    private static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\S+)(?:\\s+(.+?))?\\s*$");
    private static final Pattern DATELINE = Pattern.compile("^\\(([^()\\n]{2,40})\\)\\s*[-–—]");

    private SeedTextFormat() {
    }

    static Submission parse(String body) {
        int lineEnd = body.indexOf('\n');
        String firstLine = lineEnd < 0 ? body : body.substring(0, lineEnd);
        Matcher header = HEADER.matcher(firstLine);
        if (!header.matches()) {
            return new Submission(body, null, null, null, null, null, null, dateline(body));
        }
        String text = lineEnd < 0 ? "" : stripLeadingLineBreaks(body.substring(lineEnd + 1));
        String date = PublicationDate.validate(header.group(1), "date");
        return new Submission(text, null, null, null, date, header.group(2), null, dateline(text));
    }

    private static String stripLeadingLineBreaks(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
            i++;
        }
        return s.substring(i);
    }

    /** The place name of a leading {@code (PLACE)-} dateline, as printed. */
    static String dateline(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.find() ? m.group(1).trim() : null;
    }
}
