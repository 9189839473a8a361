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

    /** The statement's quotation stands alone on its line, with no full stop at its end. */
    static boolean is(String text, Found f) {
        if (!standsAlone(text, f)) {
            return false;
        }
        String words = f.text(text).strip();
        return !words.isEmpty() && ".!?…".indexOf(words.charAt(words.length() - 1)) < 0;
    }

    /**
     * "“Bu mu yüzyıl?”" on its own line, then "Tan, “... Bu mu yüzyıl?” dedi.": a quotation standing alone that a
     * later quotation repeats, whatever its last mark, is a heading of that later speech.
     */
    static boolean repeatedLater(String text, List<Found> found, int heading) {
        Found f = found.get(heading);
        if (!standsAlone(text, f)) {
            return false;
        }
        String words = RepeatedQuotes.words(f.text(text));
        for (int k = heading + 1; k < found.size(); k++) {
            Found later = found.get(k);
            if (later.kind().equals("direct") && RepeatedQuotes.words(later.text(text)).contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** A direct statement in one segment with only quotation marks and white space around it on its line. */
    private static boolean standsAlone(String text, Found f) {
        if (!f.kind().equals("direct") || f.segments().size() != 1) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', f.position()) + 1;
        Span last = f.segments().get(0);
        int lineEnd = text.indexOf('\n', last.end());
        return blank(text, lineStart, f.position()) && blank(text, last.end(), lineEnd < 0 ? text.length() : lineEnd);
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
