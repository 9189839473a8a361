package dev.beyan.extract.official;

import dev.beyan.extract.text.TurkishText;

/**
 * The registry id of an official: the ASCII-folded full name with hyphens ("Şenol Aslanoğlu" → "senol-aslanoglu"),
 * so the same person gets the same id in every release and every version of the extractor.
 */
public final class OfficialIds {
    private OfficialIds() {
    }

    public static String of(String fullName) {
        String folded = TurkishText.asciiFold(fullName);
        StringBuilder out = new StringBuilder(folded.length());
        boolean hyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return out.toString();
    }
}
