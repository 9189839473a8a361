package dev.beyan.extract.place;

import java.util.Locale;

/**
 * A word spelled like a place name without the name's diacritics ("Cine" for Çine, "Gole" for Göle) in a text that
 * writes diacritics elsewhere is another word: a writer who types "ç" and "ö" would type them in the place name too.
 * Only ç, ğ, ö, ş and ü count: dotted and dotless i are too often confused in capitals.
 */
final class AsciiSpelling {
    private static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final String MARKED = "çğöşü";
    private static final String PLAIN = "cgosu";
    /** How many marked letters show that a text is written with diacritics. */
    private static final int MARKED_LETTERS_IN_TEXT = 3;

    private AsciiSpelling() {
    }

    static boolean writesDiacritics(String text) {
        int seen = 0;
        for (int i = 0; i < text.length() && seen < MARKED_LETTERS_IN_TEXT; i++) {
            if (MARKED.indexOf(Character.toLowerCase(text.charAt(i))) >= 0) {
                seen++;
            }
        }
        return seen >= MARKED_LETTERS_IN_TEXT;
    }

    /** Whether {@code written} is {@code name} with at least one of its marked letters written plain. */
    static boolean dropsDiacriticsOf(String written, String name) {
        String w = written.toLowerCase(TURKISH);
        String n = name.toLowerCase(TURKISH);
        if (w.length() != n.length()) {
            return false;
        }
        boolean dropped = false;
        for (int i = 0; i < n.length(); i++) {
            int marked = MARKED.indexOf(n.charAt(i));
            if (marked >= 0 && w.charAt(i) == PLAIN.charAt(marked)) {
                dropped = true;
            }
        }
        return dropped;
    }
}
