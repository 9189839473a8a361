package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.Span;

import java.util.List;

/**
 * A quotation that makes a line of its own, with no cue, no name and no full stop: a heading that quotes the section
 * it opens ("“Sahada her sorunu dinliyoruz”", then "İl Başkanı Kemal Tuna, ... dedi."). Its words are those of the
 * speaker the section names, not of the statement before it. A paragraph quoted whole that ends its sentence goes on
 * with the speech before it, and keeps its speaker.
 */
final class HeadingQuote {
    /** How far into the section its speaker may first speak. */
    private static final int SECTION_STATEMENTS = 3;

    private HeadingQuote() {
    }

    /** The statement's quotation stands alone on its line: only quotation marks and white space around it. */
    static boolean is(String text, Found f) {
        if (!f.kind().equals("direct")) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', f.position()) + 1;
        Span last = f.segments().get(f.segments().size() - 1);
        int lineEnd = text.indexOf('\n', last.end());
        String words = text.substring(last.start(), last.end()).strip();
        return f.segments().size() == 1 && !words.isEmpty() && ".!?…".indexOf(words.charAt(words.length() - 1)) < 0
                && blank(text, lineStart, f.position()) && blank(text, last.end(), lineEnd < 0 ? text.length() : lineEnd);
    }

    /** The speaker a statement of the next few names by itself, or null. */
    static Analysis.Speaker speakerOfNext(List<Found> found, int heading) {
        for (int k = heading + 1; k < found.size() && k <= heading + SECTION_STATEMENTS; k++) {
            if (found.get(k).speaker() != null) {
                return found.get(k).speaker();
            }
        }
        return null;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !QuoteMarks.isQuoteMark(c) && ".!?…".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
