package dev.beyan.query.ui;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The pages' language: English when the client prefers it to Turkish, Turkish otherwise (the default). */
final class UiLanguage {
    static final Locale TURKISH = Locale.forLanguageTag("tr");
    static final Locale ENGLISH = Locale.ENGLISH;

    private UiLanguage() {
    }

    /** The first of the client's languages, by preference, that the pages are written in. */
    static Locale of(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            String language = wanted.getLanguage();
            if (language.equals("tr") || language.equals("*")) {
                return TURKISH;
            }
            if (language.equals("en")) {
                return ENGLISH;
            }
        }
        return TURKISH;
    }
}
