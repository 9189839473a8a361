package dev.beyan.extract.text;

/**
 * What stands between two words, as bit flags. Names, titles and place phrases hold together only across plain
 * spaces; a comma separates the items of a list; anything that ends a sentence or a line breaks every phrase.
 */
public final class Separator {
    /** Only spaces and tabs. */
    public static final int SPACE = 0;
    public static final int COMMA = 1;
    /** A full stop, question or exclamation mark that ends a sentence (not the dot of "Dr." or "27."). */
    public static final int SENTENCE_END = 1 << 1;
    public static final int NEWLINE = 1 << 2;
    /** Colon or semicolon. */
    public static final int COLON = 1 << 3;
    public static final int QUOTE = 1 << 4;
    public static final int PARENTHESIS = 1 << 5;
    public static final int DASH = 1 << 6;
    /** A dot that does not end a sentence: after an abbreviation or an ordinal number, or before a lower-case word. */
    public static final int INNER_DOT = 1 << 7;
    public static final int OTHER = 1 << 8;
    /** Start of the text. */
    public static final int START = 1 << 9;

    private static final int BOUNDARY = SENTENCE_END | NEWLINE | COLON | QUOTE | DASH | OTHER | START;

    private Separator() {
    }

    public static boolean isBoundary(int sep) {
        return (sep & BOUNDARY) != 0;
    }

    /** Spaces, an inner dot ("Dr. Ahmet") or parentheses ("(DEM Parti)"): a phrase may continue across it. */
    public static boolean isPhraseInternal(int sep) {
        return (sep & ~(INNER_DOT | PARENTHESIS)) == 0;
    }

    /** A comma and nothing stronger: the next item of a list. */
    public static boolean isListComma(int sep) {
        return sep == COMMA;
    }
}
