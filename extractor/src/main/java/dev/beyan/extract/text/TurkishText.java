package dev.beyan.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turkish-aware case folding: dotted and dotless i are different letters (İ/i, I/ı). */
public final class TurkishText {
    public static final Locale TURKISH = Locale.forLanguageTag("tr");

    /**
     * The conjunctions that join the items of a list: "ve", "ile", "veya". A name followed by one is one of several
     * or a company ("A ve B", "A ile görüşerek"), not the subject.
     */
    public static final Set<String> COORDINATORS = Set.of("ve", "ile", "veya");

    /** Locative endings after an apostrophe, with the buffer "n" of a compound ("Karadeniz'de", "Şalpazarı'nda"). */
    public static final Set<String> LOCATIVE_SUFFIXES = Set.of("da", "de", "ta", "te", "nda", "nde");

    private TurkishText() {
    }

    /** Lower case by Turkish rules: "İZMİR" becomes "izmir", "ISPARTA" becomes "ısparta". */
    public static String lower(String s) {
        return s.toLowerCase(TURKISH);
    }

    /** Upper case by Turkish rules: "izmir" becomes "İZMİR". */
    public static String upper(String s) {
        return s.toUpperCase(TURKISH);
    }

    /**
     * Turkish lower case, then the Turkish letters and circumflexed vowels to ASCII, so that
     * "Bayındır", "BAYINDIR" and "bayindir" all fold to "bayindir" (the gazetteer's {@code ascii} key).
     */
    public static String asciiFold(String s) {
        return foldKey(s, 0, s.length());
    }

    /**
     * The ASCII-folded key of {@code s[start, end)}, char by char and without an intermediate lower-case string:
     * the tokenizer calls it once per word. Both I and İ fold to i, which is what Turkish lower case followed by
     * the ASCII mapping gives.
     */
    public static String foldKey(CharSequence s, int start, int end) {
        return foldKey(s, start, end, new char[end - start]);
    }

    /** {@link #foldKey(CharSequence, int, int)} into a caller's scratch buffer of at least {@code end - start}. */
    static String foldKey(CharSequence s, int start, int end, char[] out) {
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == COMBINING_DOT_ABOVE) {
                continue; // "İ" decomposed as I + U+0307: the dot belongs to the i already written
            }
            out[n++] = c < FOLD.length ? FOLD[c] : asciiOf(Character.toLowerCase(c));
        }
        return new String(out, 0, n);
    }

    private static final char CAPITAL_I_WITH_DOT = '\u0130';
    /**
     * The folded form of every Latin-1 and Latin Extended-A character (which hold all Turkish letters),
     * precomputed: I and İ both become i (ı folds to i anyway).
     */
    private static final char[] FOLD = new char[0x180];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            FOLD[c] = c == 'I' || c == CAPITAL_I_WITH_DOT ? 'i' : asciiOf(Character.toLowerCase(c));
        }
    }
    private static final char COMBINING_DOT_ABOVE = '\u0307';

    private static char asciiOf(char c) {
        return switch (c) {
            case 'ç' -> 'c';
            case 'ğ' -> 'g';
            case 'ı', 'î' -> 'i';
            case 'ö' -> 'o';
            case 'ş' -> 's';
            case 'ü', 'û' -> 'u';
            case 'â' -> 'a';
            default -> c;
        };
    }

    /**
     * Proper Turkish capitalisation of each word: "ŞENOL ASLANOĞLU" becomes "Şenol Aslanoğlu". A letter after an
     * apostrophe starts a case suffix, not a word, so it stays lower case: "SAKARSU'YU" becomes "Sakarsu'yu".
     */
    public static String capitalizeWords(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String one = String.valueOf(c);
            out.append(start ? upper(one) : lower(one));
            start = !Character.isLetter(c) && !isApostrophe(c);
        }
        return out.toString();
    }

    /** The apostrophe and the marks typed for it: ' ’ ‘ ` ′ ´ (all separate a proper name from its suffix). */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u2032' || c == '\u00b4';
    }

    /**
     * Turkish lower case of {@code s[start, end)} without its apostrophes ("Aslanoğlu'nun" gives "aslanoğlunun"):
     * the form the statement rules compare words in. A decomposed "İ" (I + U+0307) becomes "i", as the composed
     * one does.
     */
    public static String lowerWithoutApostrophes(CharSequence s, int start, int end) {
        char[] out = new char[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isApostrophe(c)) {
                continue;
            }
            if (c == 'I' && i + 1 < end && s.charAt(i + 1) == COMBINING_DOT_ABOVE) {
                out[n++] = 'i';
                i++;
            } else {
                out[n++] = c < LOWER.length ? LOWER[c] : Character.toLowerCase(c);
            }
        }
        return new String(out, 0, n);
    }

    /** The length of {@link #lowerWithoutApostrophes} of {@code s[start, end)}, without building it. */
    public static int lowerLength(CharSequence s, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!isApostrophe(c) && !(c == COMBINING_DOT_ABOVE && i > start && s.charAt(i - 1) == 'I')) {
                n++;
            }
        }
        return n;
    }

    /** The Turkish lower case of every Latin-1 and Latin Extended-A character, precomputed: I → ı, İ → i. */
    private static final char[] LOWER = new char[0x180];

    static {
        for (char c = 0; c < LOWER.length; c++) {
            LOWER[c] = c == 'I' ? 'ı' : c == CAPITAL_I_WITH_DOT ? 'i' : Character.toLowerCase(c);
        }
    }

    /**
     * Whether {@code key} starts with one of {@code prefixes}; a loop that compares first letters before whole
     * prefixes, for it runs on every word and most words share no first letter with any prefix.
     */
    public static boolean startsWithAny(String key, List<String> prefixes) {
        if (key.isEmpty()) {
            return false;
        }
        char first = key.charAt(0);
        for (String prefix : prefixes) {
            if (prefix.charAt(0) == first && key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code key} ends with one of {@code suffixes}. */
    public static boolean endsWithAny(String key, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (key.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** One letter added, dropped or changed: the typos of hurried copy ("Arslanoğlu" for "Aslanoğlu"). */
    public static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int ja = la - 1;
        int jb = lb - 1;
        while (ja >= i && jb >= i && a.charAt(ja) == b.charAt(jb)) {
            ja--;
            jb--;
        }
        return ja - i < 1 && jb - i < 1;
    }

    /** The possessive and a case, ASCII-folded: "-sının", "-sine", "-sında", "-sından", "-sını", "-sıyla". */
    private static final String[] POSSESSIVE_CASES = {"sinin", "sunun", "sine", "suna", "sina", "sini", "sunu",
        "sinde", "sunda", "sinda", "sinden", "sundan", "sindan", "siyle", "siyla", "suyla"};

    /**
     * A word with the possessive and a case written on it without an apostrophe ("İdaresinin", "Toplantısını"): a
     * common noun, for a name takes its case after an apostrophe. ASCII-folded key.
     */
    public static boolean inflectedPossessive(String key) {
        for (String ending : POSSESSIVE_CASES) {
            if (key.length() > ending.length() + 2 && key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
