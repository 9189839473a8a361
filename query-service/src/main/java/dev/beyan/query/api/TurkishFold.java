package dev.beyan.query.api;

/**
 * The ASCII-folded lower case the read models store beside names and texts ({@code name_folded},
 * {@code text_folded}, places' {@code ascii}): Turkish lower case, then each Turkish letter to its base Latin
 * letter, so that {@code ŞENOL}, {@code Şenol} and {@code senol} meet. Both I and İ fold to i, which is what
 * Turkish lower case followed by the ASCII mapping gives; it must agree with the extractor's folding.
 */
public final class TurkishFold {
    private static final char CAPITAL_I_WITH_DOT = '\u0130';
    private static final char COMBINING_DOT_ABOVE = '\u0307';

    private TurkishFold() {
    }

    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == COMBINING_DOT_ABOVE) {
                continue; // a decomposed İ: the dot belongs to the i already written
            }
            out.append(c == 'I' || c == CAPITAL_I_WITH_DOT ? 'i' : ascii(Character.toLowerCase(c)));
        }
        return out.toString();
    }

    private static char ascii(char c) {
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
}
