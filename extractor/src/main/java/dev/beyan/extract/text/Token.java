package dev.beyan.extract.text;

import java.util.List;

/**
 * One word of a text: {@code [start, stemEnd)} is the word up to an apostrophe, {@code [start, end)} includes the
 * suffix written after it ("Bayındır'da": stem "Bayındır", suffix "da"). {@code key} is the ASCII-folded lower case
 * of the stem, the form every lexicon is looked up by. {@code sepBefore} describes the characters between the
 * previous word and this one (see {@link Separator}); {@code wordClass} what the lexicons know of the key (see
 * {@link WordClass}).
 */
public record Token(int start, int stemEnd, int end, String key, int flags, int sepBefore, int wordClass) {

    /** The first letter is upper case: a proper name, a title, or the first word of a sentence. */
    public static final int CAPITALIZED = 1;
    /** Every letter is upper case and there are at least two: headlines, datelines, names in capitals. */
    public static final int ALL_CAPS = 1 << 1;
    /** Only digits. */
    public static final int DIGITS = 1 << 2;
    /** A suffix follows an apostrophe. */
    public static final int APOSTROPHE = 1 << 3;

    public boolean capitalized() {
        return (flags & CAPITALIZED) != 0;
    }

    public boolean allCaps() {
        return (flags & ALL_CAPS) != 0;
    }

    public boolean digits() {
        return (flags & DIGITS) != 0;
    }

    public boolean hasApostrophe() {
        return (flags & APOSTROPHE) != 0;
    }

    /** Preceded by a sentence boundary, a line break, a quotation mark or a dash: capitals prove nothing here. */
    public boolean sentenceStart() {
        return Separator.isBoundary(sepBefore);
    }

    /** Only spaces (no punctuation, no line break) since the previous word. */
    public boolean spaceBefore() {
        return sepBefore == Separator.SPACE;
    }

    /** Whether the lexicons put this word in a {@link WordClass}. */
    public boolean is(int wordClassBit) {
        return (wordClass & wordClassBit) != 0;
    }

    /** The stem as written ("Bayındır" of "Bayındır'da"). */
    public String stem(String text) {
        return text.substring(start, stemEnd);
    }

    /**
     * Word {@code i} is an abbreviation alone in parentheses, "(İBB)", "(MEB)": news adds it inside a name or a
     * title, which goes on after it.
     */
    public static boolean abbreviationInParentheses(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.allCaps() && !t.hasApostrophe() && t.sepBefore() == Separator.PARENTHESIS && i + 1 < tokens.size()
                && (tokens.get(i + 1).sepBefore() & Separator.PARENTHESIS) != 0;
    }
}
