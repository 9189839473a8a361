package dev.beyan.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into words, keeping the suffix a Turkish proper name carries after an apostrophe ("Tire'ye",
 * "Kurum’a") with its word, classifies each word once (see {@link WordClass}) and what stands between words (see
 * {@link Separator}). One pass over the characters; no regular expressions.
 */
public final class Tokenizer {
    private static final char FULL_STOP = '.';
    private static final char COMMA = ',';
    private static final char COLON = ':';
    private static final char SEMICOLON = ';';
    private static final char QUESTION_MARK = '?';
    private static final char EXCLAMATION_MARK = '!';
    private static final char ELLIPSIS = '\u2026';

    /**
     * Abbreviations whose dot does not end a sentence: academic and professional honorifics written before names
     * ("Prof. Dr. Ümit Özlale", "Av. Onur"), military ranks ("J. Bnb. Ali Er", "Kd. Alb. Cem Bal") and the usual
     * address abbreviations.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "prof", "prf", "doc", "ogr", "gor", "av", "op", "uzm", "yrd", "dt", "ecz", "muh", "mim", "org", "korg", "tumg",
            "tugg", "alb", "j", "kd", "kur", "bnb", "yzb", "yb", "tgm", "utgm", "sn", "no", "cad", "sok", "mah", "bul",
            "vb", "vs", "st", "yard");

    private final WordClassifier classifier;

    public Tokenizer(WordClassifier classifier) {
        this.classifier = classifier;
    }

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 6 + 4);
        char[] scratch = new char[text.length()];
        int n = text.length();
        int i = 0;
        int sepStart = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean allDigits = true;
            int letters = 0;
            int upper = 0;
            while (i < n && isWordChar(text.charAt(i))) {
                char w = text.charAt(i);
                if (i > start + 1 && gluedWordStarts(text, i)) {
                    break;
                }
                if (w < TABLE_SIZE) {
                    byte k = CLASS[w];
                    if ((k & LETTER) != 0) {
                        letters++;
                        allDigits = false;
                        upper += (k & UPPER) != 0 ? 1 : 0;
                    }
                } else if (Character.isLetter(w)) {
                    letters++;
                    allDigits = false;
                    if (Character.isUpperCase(w)) {
                        upper++;
                    }
                } else if (!Character.isDigit(w)) {
                    allDigits = false;
                }
                i++;
            }
            int stemEnd = i;
            int flags = 0;
            if (i + 1 < n && TurkishText.isApostrophe(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
                i++;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                flags |= Token.APOSTROPHE;
            }
            char first = text.charAt(start);
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                flags |= Token.CAPITALIZED;
            }
            if (letters >= 2 && upper == letters) {
                flags |= Token.ALL_CAPS;
            }
            if (allDigits) {
                flags |= Token.DIGITS;
            }
            Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            int sep = previous == null ? Separator.START : separator(text, sepStart, start, previous, first);
            String key = TurkishText.foldKey(text, start, stemEnd, scratch);
            tokens.add(new Token(start, stemEnd, i, key, flags, sep, classifier.classify(key)));
            sepStart = i;
        }
        return tokens;
    }

    /**
     * "Abone olŞanlıurfa", "Meral AkşenerBursa": a capitalised word glued to a lower-case one where a page lost the
     * space or line break between them (a capital, then a small letter, after a small letter).
     */
    private static boolean gluedWordStarts(String text, int i) {
        return i + 1 < text.length() && lower(text.charAt(i - 1)) && upper(text.charAt(i)) && lower(text.charAt(i + 1));
    }

    private static boolean lower(char c) {
        return c < TABLE_SIZE && (CLASS[c] & (LETTER | UPPER)) == LETTER;
    }

    private static boolean upper(char c) {
        return c < TABLE_SIZE && (CLASS[c] & UPPER) != 0;
    }

    /** A letter, a digit or a combining mark (the dot of a decomposed "İ"): what words are made of. */
    public static boolean isWordChar(char c) {
        if (c < TABLE_SIZE) {
            return (CLASS[c] & WORD) != 0;
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Character classes of Latin-1 and Latin Extended-A (all Turkish letters), precomputed. */
    private static final int TABLE_SIZE = 0x180;
    private static final byte WORD = 1;
    private static final byte LETTER = 1 << 1;
    private static final byte UPPER = 1 << 2;
    private static final byte[] CLASS = new byte[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            int k = 0;
            if (Character.isLetterOrDigit(c)) {
                k |= WORD;
            }
            if (Character.isLetter(c)) {
                k |= LETTER;
            }
            if (Character.isUpperCase(c)) {
                k |= UPPER;
            }
            CLASS[c] = (byte) k;
        }
    }

    private static int separator(String text, int from, int to, Token previous, char nextFirst) {
        int sep = Separator.SPACE;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                sep |= Separator.NEWLINE;
            } else if (c == ' ' || c == '\t' || c == '\u00a0') {
                continue;
            } else if (c == COMMA) {
                sep |= Separator.COMMA;
            } else if (c == FULL_STOP) {
                sep |= innerDot(previous, nextFirst) || (i == from && initial(previous)) ? Separator.INNER_DOT
                        : Separator.SENTENCE_END;
            } else if (c == QUESTION_MARK || c == EXCLAMATION_MARK || c == ELLIPSIS) {
                sep |= Separator.SENTENCE_END;
            } else if (c == COLON || c == SEMICOLON) {
                sep |= Separator.COLON;
            } else if (c == '(' || c == ')') {
                sep |= Separator.PARENTHESIS;
            } else if (c == '-' || c == '\u2013' || c == '\u2014') {
                sep |= Separator.DASH;
            } else if (isQuote(c)) {
                sep |= Separator.QUOTE;
            } else {
                sep |= Separator.OTHER;
            }
        }
        return sep;
    }

    /** The dot of "Dr.", of an ordinal ("27. dönem") or one followed by a lower-case word does not end a sentence. */
    private static boolean innerDot(Token previous, char nextFirst) {
        return previous.digits() || ABBREVIATIONS.contains(previous.key()) || Character.isLowerCase(nextFirst);
    }

    /** A capital letter alone, an initial when the dot is glued to it: "K. Selim Aydemir". */
    private static boolean initial(Token t) {
        return t != null && t.end() - t.start() == 1 && t.capitalized();
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb' || c == '\u201e'
                || TurkishText.isApostrophe(c);
    }
}
