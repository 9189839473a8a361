package dev.beyan.extract.statement;

import dev.beyan.extract.text.Tokenizer;
import dev.beyan.extract.text.TurkishText;

/**
 * The quotation marks of Turkish news and how to tell what a mark does where it stands. Turkish press copy
 * mixes straight and typographic marks, and writes the apostrophe that separates a proper name from its
 * suffix ("CHP'li", "Sakarsu’yu") with the same glyphs as single quotes; only the position tells them apart:
 * a mark with a letter on both sides is an apostrophe, a mark after a space and before a word opens, a mark
 * after a word and before a space or punctuation closes.
 */
final class QuoteMarks {

    static final char QUOTATION_MARK = '"';
    static final char APOSTROPHE = '\'';
    static final char LEFT_DOUBLE_QUOTE = '\u201C';
    static final char RIGHT_DOUBLE_QUOTE = '\u201D';
    static final char DOUBLE_LOW_QUOTE = '\u201E';
    static final char DOUBLE_PRIME = '\u2033';
    static final char LEFT_SINGLE_QUOTE = '\u2018';
    static final char RIGHT_SINGLE_QUOTE = '\u2019';
    static final char LEFT_GUILLEMET = '\u00AB';
    static final char RIGHT_GUILLEMET = '\u00BB';
    static final char LEFT_SINGLE_GUILLEMET = '\u2039';
    static final char RIGHT_SINGLE_GUILLEMET = '\u203A';
    static final char PRIME = '\u2032';
    static final char GRAVE = '`';
    static final char ACUTE = '\u00B4';

    /** Marks that pair only with marks of their own family. */
    enum Family { DOUBLE, SINGLE, GUILLEMET }

    /** What a mark does where it stands. */
    enum Role { OPEN, CLOSE, EITHER, NONE }

    private QuoteMarks() {
    }

    static Family family(char c) {
        if (c < LEFT_GUILLEMET && c != QUOTATION_MARK && c != APOSTROPHE && c != GRAVE) {
            return null; // the common case, decided without the switch
        }
        return switch (c) {
            case QUOTATION_MARK, LEFT_DOUBLE_QUOTE, RIGHT_DOUBLE_QUOTE, DOUBLE_LOW_QUOTE, DOUBLE_PRIME -> Family.DOUBLE;
            case APOSTROPHE, LEFT_SINGLE_QUOTE, RIGHT_SINGLE_QUOTE, PRIME, GRAVE, ACUTE -> Family.SINGLE;
            case LEFT_GUILLEMET, RIGHT_GUILLEMET, LEFT_SINGLE_GUILLEMET, RIGHT_SINGLE_GUILLEMET -> Family.GUILLEMET;
            default -> null;
        };
    }

    static boolean isQuoteMark(char c) {
        return family(c) != null;
    }

    /** Glyphs that Turkish copy uses as the proper-name apostrophe. */
    static boolean isApostropheLike(char c) {
        return TurkishText.isApostrophe(c);
    }

    /** The role of the mark at {@code i}, from the characters on either side of it. */
    static Role role(String text, int i) {
        char c = text.charAt(i);
        Family family = family(c);
        if (family == null) {
            return Role.NONE;
        }
        if (c == LEFT_GUILLEMET || c == LEFT_SINGLE_GUILLEMET) {
            return Role.OPEN;
        }
        if (c == RIGHT_GUILLEMET || c == RIGHT_SINGLE_GUILLEMET) {
            return Role.CLOSE;
        }
        char prev = i > 0 ? text.charAt(i - 1) : '\n';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        if (family == Family.SINGLE && Tokenizer.isWordChar(prev) && Tokenizer.isWordChar(next)) {
            return Role.NONE; // the suffix apostrophe: CHP'li, Edirne’ye, 2016’dan
        }
        boolean opens = opensAfter(prev) && !Character.isWhitespace(next);
        boolean closes = !Character.isWhitespace(prev) && closesBefore(next);
        if (opens && !closes) {
            return Role.OPEN;
        }
        if (closes && !opens) {
            return Role.CLOSE;
        }
        if (opens) {
            return Role.EITHER;
        }
        if (family == Family.DOUBLE && !Character.isWhitespace(prev) && !Character.isWhitespace(next)) {
            return Role.EITHER; // glued on both sides: ..."dedi, or a typo; decided by the open quote
        }
        if (family == Family.DOUBLE && spacedAfterAStop(text, i) && lowerCaseOrLineEndAfter(text, i + 1)) {
            return Role.CLOSE; // a space typed before the closing mark: "... geçirilmelidir. \" dedi"
        }
        if ((c == LEFT_DOUBLE_QUOTE || c == '"' || c == LEFT_SINGLE_QUOTE) && opensAfter(prev)
                && wordAfterSpaces(text, i + 1)) {
            // a space typed after the opening mark: ...konuşarak: “ Tüm ilçelerimizde, Özel, " Biz, vurgulayarak ‘ Yeni
            return Role.OPEN;
        }
        if (c == RIGHT_DOUBLE_QUOTE && opensAfter(prev) && wordAfterSpaces(text, i + 1) && afterCommaOrColon(text, i)) {
            return Role.OPEN; // the closing glyph typed for the opening one, spaced: "... diyen Bakırhan, ” Bitlis’te"
        }

        return Role.NONE;
    }

    /** A letter or digit after one or two spaces, on the same line. */
    static boolean wordAfterSpaces(String text, int from) {
        for (int k = from; k < text.length() && k < from + 3; k++) {
            char c = text.charAt(k);
            if (c != ' ') {
                return k > from && Character.isLetterOrDigit(c);
            }
        }
        return false;
    }

    /** One space between a sentence's stop (or a comma) and the mark at {@code i}. */
    private static boolean spacedAfterAStop(String text, int i) {
        return i >= 2 && text.charAt(i - 1) == ' ' && ".!?,\u2026".indexOf(text.charAt(i - 2)) >= 0;
    }

    /** After spaces, a lower-case letter (the cue: "dedi", "diye") or the line's end; a quote opens with a capital. */
    private static boolean lowerCaseOrLineEndAfter(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k == text.length() || text.charAt(k) == '\n' || Character.isLowerCase(text.charAt(k));
    }

    /** A comma or colon before the spaces before the mark at {@code i}: where a quote is introduced. */
    private static boolean afterCommaOrColon(String text, int i) {
        int k = i - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && (text.charAt(k) == ',' || text.charAt(k) == ':');
    }

    private static boolean opensAfter(char prev) {
        return Character.isWhitespace(prev) || isQuoteMark(prev) || "([{-\u2013\u2014/:;".indexOf(prev) >= 0;
    }

    private static boolean closesBefore(char next) {
        return Character.isWhitespace(next) || isQuoteMark(next) || ".,;:!?\u2026)]}-\u2013\u2014/".indexOf(next) >= 0;
    }
}
