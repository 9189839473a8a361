package dev.beyan.extract.statement;

import dev.beyan.extract.Span;
import dev.beyan.extract.statement.QuoteMarks.Family;
import dev.beyan.extract.statement.QuoteMarks.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in one left-to-right pass over the lines of a text. A quote opened and not closed
 * by the end of its paragraph goes on in the next paragraph when that paragraph opens with the same kind
 * of mark again (the convention of repeating the opening mark per paragraph) or when the quote is closed,
 * without being opened again, within a few paragraphs (the convention of closing only at the end); all-caps
 * subhead lines in between are skipped.
 * Otherwise the quote ends with its paragraph. Marks of another family inside a quote are nested quotes
 * and belong to its text.
 */
final class QuoteScanner {

    /**
     * How many paragraphs a quote closed only at its end may run over: a statement or post quoted whole runs to a
     * dozen short paragraphs.
     */
    private static final int MAX_RUN_ON = 12;

    /** How many paragraphs a quote never closed may run over to the end of a text cut off inside it. */
    private static final int MAX_RUN_TO_CUT = 4;

    private QuoteScanner() {
    }

    static List<RawQuote> scan(String text) {
        List<int[]> lines = lines(text);
        List<RawQuote> out = new ArrayList<>();
        Family open = null;
        int depth = 0;
        int openMark = -1;
        int openLine = -1;
        int segStart = -1;
        List<Span> segments = new ArrayList<>();
        int li = 0;
        int from = lines.isEmpty() ? 0 : lines.get(0)[0];
        while (li < lines.size()) {
            int lineStart = lines.get(li)[0];
            int lineEnd = lines.get(li)[1];
            for (int i = Math.max(from, lineStart); i < lineEnd; i++) {
                Family f = QuoteMarks.family(text.charAt(i));
                if (f == null) {
                    continue;
                }
                Role role = QuoteMarks.role(text, i);
                if (open == null) {
                    if (role == Role.OPEN || (role == Role.EITHER && opensHere(text, i))
                            || opensAfterComma(text, i, lineEnd) || opensAfterFullStop(text, i, lineEnd)) {
                        open = f;
                        depth = 0;
                        openMark = i;
                        openLine = li;
                        segStart = i + 1;
                        segments = new ArrayList<>();
                    } else if (role == Role.CLOSE && f == Family.DOUBLE && closesUnopenedParagraph(text, lines, li, i)) {
                        int start = afterBullet(text, lineStart, i);
                        List<Span> one = new ArrayList<>();
                        addSegment(text, one, start, commaTrimmed(text, start, i));
                        if (!one.isEmpty()) {
                            out.add(new RawQuote(start, i, List.copyOf(one)));
                        }
                    }
                } else if (f == open) {
                    if (role == Role.OPEN) {
                        depth++;
                    } else if (role == Role.CLOSE || role == Role.EITHER) {
                        if (depth > 0) {
                            depth--;
                        } else {
                            addSegment(text, segments, segStart, commaTrimmed(text, segStart, i));
                            if (!segments.isEmpty()) {
                                out.add(new RawQuote(openMark, i, List.copyOf(segments)));
                            }
                            open = null;
                        }
                    }
                }
            }
            from = 0;
            if (open == null) {
                li++;
                continue;
            }
            addSegment(text, segments, segStart, lineEnd);
            int next = open == Family.SINGLE ? singleRunOn(text, lines, li + 1) : nextContentLine(text, lines, li + 1);
            if (next >= 0) {
                int ns = firstNonSpace(text, lines.get(next)[0], lines.get(next)[1]);
                char c = text.charAt(ns);
                if (QuoteMarks.family(c) == open && QuoteMarks.role(text, ns) == Role.OPEN) {
                    segStart = ns + 1; // the opening mark repeated at the head of each paragraph
                    depth = 0;
                    li = next;
                    from = ns + 1;
                    continue;
                }
                if (closedLater(text, lines, next, open) || runsToTheCut(text, lines, next, open)) {
                    segStart = ns; // closed only at the end of the last paragraph, or cut off before its close
                    depth = 0;
                    li = next;
                    from = ns;
                    continue;
                }
            }
            if (open == Family.SINGLE) {
                // an unclosed single mark is more likely a name's closing one glued to its suffix ("‘İyi Parti’ye"):
                // no quote, so the quotes it seemed to hold are read again from right after it
                open = null;
                li = openLine;
                from = openMark + 1;
                continue;
            }
            if (!segments.isEmpty()) {
                out.add(new RawQuote(openMark, -1, List.copyOf(segments)));
            }
            open = null;
            li++;
        }
        return out;
    }

    /**
     * Single marks run on only to the line right after, which closes the quote before it opens any: a stray one is
     * a suffix apostrophe, not a quote ("...yok.\nKaymakamımıza ... eder' dedi" is one quote); -1 otherwise.
     */
    private static int singleRunOn(String text, List<int[]> lines, int next) {
        if (next >= lines.size()) {
            return -1;
        }
        int s = firstNonSpace(text, lines.get(next)[0], lines.get(next)[1]);
        return s < lines.get(next)[1] && closesBeforeOpening(text, s, lines.get(next)[1], Family.SINGLE) ? next : -1;
    }

    /** A mark glued on both sides opens only after punctuation that can precede a quote. */
    private static boolean opensHere(String text, int i) {
        return i == 0 || ":;([".indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * "aktaran Memiş,\" Bu yıl ... dağıttık\" diye konuştu", "diyen Tan,“Bu yıl ...": with no quote open, a double
     * mark typed right after the comma that ends the speaker's phrase, with a space or a capital after it, opens a
     * quote that closes later on the same line. (Inside a quote the same mark closes it: "...dağıttık,\" dedi".)
     */
    private static boolean opensAfterComma(String text, int i, int lineEnd) {
        if (i == 0 || text.charAt(i - 1) != ',' || QuoteMarks.family(text.charAt(i)) != Family.DOUBLE
                || !(QuoteMarks.wordAfterSpaces(text, i + 1)
                    || (i + 1 < lineEnd && Character.isUpperCase(text.charAt(i + 1))))) {
            return false;
        }
        return closedLaterOnLine(text, i, lineEnd);
    }

    /**
     * "... şu sözlere yer verdi.”Yollarımız bu yıl bitecek.” Bal ...": with no quote open, a double mark glued
     * between a sentence's final stop and a capital letter (the space lost) opens a quote that closes later on the
     * same line.
     */
    private static boolean opensAfterFullStop(String text, int i, int lineEnd) {
        return i > 0 && i + 1 < lineEnd && ".!?".indexOf(text.charAt(i - 1)) >= 0
                && QuoteMarks.family(text.charAt(i)) == Family.DOUBLE && Character.isUpperCase(text.charAt(i + 1))
                && closedLaterOnLine(text, i, lineEnd);
    }

    /** Whether the next double mark after {@code i} on its line closes. */
    private static boolean closedLaterOnLine(String text, int i, int lineEnd) {
        for (int k = i + 1; k < lineEnd; k++) {
            if (QuoteMarks.family(text.charAt(k)) == Family.DOUBLE) {
                return QuoteMarks.role(text, k) == Role.CLOSE;
            }
        }
        return false;
    }

    /**
     * "Türk, şunları söyledi:\n* Eğer bir aksilik olmazsa, ... düşünüyorum.”": a paragraph after a line that ends in a
     * colon, closed at its end by a double mark it never opened, is the quote the colon announced (the opening mark
     * lost, often to a list bullet).
     */
    private static boolean closesUnopenedParagraph(String text, List<int[]> lines, int li, int i) {
        int lineStart = lines.get(li)[0];
        int lineEnd = lines.get(li)[1];
        if (firstNonSpace(text, i + 1, lineEnd) < lineEnd || hasMark(text, lineStart, i, Family.DOUBLE)) {
            return false;
        }
        for (int j = li - 1; j >= 0; j--) {
            String line = text.substring(lines.get(j)[0], lines.get(j)[1]).strip();
            if (!line.isEmpty()) {
                return line.endsWith(":");
            }
        }
        return false;
    }

    /** The first word of a line, after spaces and a list bullet. */
    private static int afterBullet(String text, int from, int to) {
        int k = firstNonSpace(text, from, to);
        while (k < to && BULLETS.indexOf(text.charAt(k)) >= 0) {
            k = firstNonSpace(text, k + 1, to);
        }
        return k;
    }

    private static final String BULLETS = "*•-\u2013\u2014";

    /**
     * The quote left open goes on from paragraph {@code next}: a paragraph within {@link #MAX_RUN_ON} closes a mark
     * of its family that it never opened, and none before it has a mark of that family.
     */
    private static boolean closedLater(String text, List<int[]> lines, int next, Family family) {
        int j = next;
        for (int seen = 0; j >= 0 && seen < MAX_RUN_ON; seen++) {
            int s = firstNonSpace(text, lines.get(j)[0], lines.get(j)[1]);
            if (closesBeforeOpening(text, s, lines.get(j)[1], family)) {
                return true;
            }
            if (hasMark(text, s, lines.get(j)[1], family)) {
                return false;
            }
            j = nextContentLine(text, lines, j + 1);
        }
        return false;
    }

    /**
     * "Er, \"Yol bitti.\n\nKöprü de yazın bitecek." and the text ends: an excerpt cut inside a quote that runs over
     * paragraphs; the quote goes on to the end when the paragraphs left, at most {@link #MAX_RUN_TO_CUT}, have no mark
     * of its family (a later quote would show the first one was left open by mistake).
     */
    private static boolean runsToTheCut(String text, List<int[]> lines, int next, Family family) {
        if (family == Family.SINGLE) {
            return false; // a single mark left open is a suffix apostrophe more often than a quote
        }
        int j = next;
        for (int seen = 0; j >= 0; seen++) {
            if (seen == MAX_RUN_TO_CUT || hasMark(text, lines.get(j)[0], lines.get(j)[1], family)) {
                return false;
            }
            j = nextContentLine(text, lines, j + 1);
        }
        return true;
    }

    private static boolean hasMark(String text, int from, int to, Family family) {
        for (int i = from; i < to; i++) {
            if (QuoteMarks.family(text.charAt(i)) == family) {
                return true;
            }
        }
        return false;
    }

    private static boolean closesBeforeOpening(String text, int from, int to, Family family) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (QuoteMarks.family(c) != family) {
                continue;
            }
            Role role = QuoteMarks.role(text, i);
            if (role == Role.OPEN) {
                depth++;
            } else if (role == Role.CLOSE || gluedAfterAStop(text, i, role) || gluedBeforeTheCue(text, i, role)) {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }

    /** "...ortadadır.\"dedi.": a mark glued between a sentence's stop and the cue after it closes the quote. */
    private static boolean gluedAfterAStop(String text, int i, Role role) {
        return role == Role.EITHER && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * "...giderilsin”dedi": a mark glued between the last word and the lower-case cue after it closes the quote; a
     * quote opens with a capital.
     */
    private static boolean gluedBeforeTheCue(String text, int i, Role role) {
        return role == Role.EITHER && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLowerCase(text.charAt(i + 1));
    }

    private static int nextContentLine(String text, List<int[]> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            int s = lines.get(j)[0];
            int e = lines.get(j)[1];
            if (firstNonSpace(text, s, e) >= e) {
                continue;
            }
            if (SubheadFilter.isHeadingLine(text, s, e) || SubheadFilter.isShortHeading(text, s, e)) {
                continue;
            }
            return j;
        }
        return -1;
    }

    private static int firstNonSpace(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }

    /**
     * The end of a quote without the comma that belongs to the narrative sentence around it
     * ("\"...,\" dedi"), which Turkish copy writes inside the closing mark.
     */
    private static int commaTrimmed(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > start && text.charAt(e - 1) == ',' ? e - 1 : end;
    }

    /** A segment without the spaces and doubled marks at its edges ("''Bu iş bitti''" gives "Bu iş bitti"). */
    private static void addSegment(String text, List<Span> segments, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start))
                || (QuoteMarks.isQuoteMark(text.charAt(start)) && !nestedQuoteOpens(text, start, end)))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1))
                || (QuoteMarks.isQuoteMark(text.charAt(end - 1)) && !nestedQuoteCloses(text, start, end - 1)))) {
            end--;
        }
        if (end > start) {
            segments.add(new Span(start, end));
        }
    }

    /**
     * “‘Ne zaman başlayacak?’ Bu soruların...”: a mark at a passage's start that a mark of its family closes
     * inside the passage opens a quote within the quote, and is part of its text like its closing mark; a mark
     * doubled (''...'') is one quotation mark.
     */
    private static boolean nestedQuoteOpens(String text, int mark, int end) {
        Family family = QuoteMarks.family(text.charAt(mark));
        if (mark > 0 && QuoteMarks.family(text.charAt(mark - 1)) == family) {
            return false;
        }
        for (int j = mark + 2; j < end; j++) {
            if (QuoteMarks.family(text.charAt(j)) == family && QuoteMarks.role(text, j) == Role.CLOSE) {
                return true;
            }
        }
        return false;
    }

    /** The mirror of {@link #nestedQuoteOpens}: a mark at a passage's end that closes a quote opened inside it. */
    private static boolean nestedQuoteCloses(String text, int start, int mark) {
        Family family = QuoteMarks.family(text.charAt(mark));
        if (mark + 1 < text.length() && QuoteMarks.family(text.charAt(mark + 1)) == family) {
            return false;
        }
        for (int j = mark - 2; j >= start; j--) {
            if (QuoteMarks.family(text.charAt(j)) == family && QuoteMarks.role(text, j) == Role.OPEN) {
                return true;
            }
        }
        return false;
    }

    /** Lines as {@code [start, end)} pairs, split at line feeds (a carriage return stays whitespace). */
    static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(new int[] {s, i});
                s = i + 1;
            }
        }
        out.add(new int[] {s, text.length()});
        return out;
    }
}
