package dev.beyan.extract.text;

import java.util.Locale;

/** Turkish-aware case folding: dotted and dotless i are different letters (İ/i, I/ı). */
public final class TurkishText {
    public static final Locale TURKISH = Locale.forLanguageTag("tr");

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
        String lower = lower(s);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            out.append(asciiOf(lower.charAt(i)));
        }
        return out.toString();
    }

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

    /** Proper Turkish capitalisation of each word: "ŞENOL ASLANOĞLU" becomes "Şenol Aslanoğlu". */
    public static String capitalizeWords(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            String c = String.valueOf(s.charAt(i));
            out.append(start ? upper(c) : lower(c));
            start = !Character.isLetter(s.charAt(i));
        }
        return out.toString();
    }
}
