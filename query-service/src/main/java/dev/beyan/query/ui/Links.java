package dev.beyan.query.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the pages, in one place: ids go into paths encoded, whatever they hold. */
final class Links {
    static final String ROOT = "/ui";

    private Links() {
    }

    static String release(String id) {
        return ROOT + "/releases/" + segment(id);
    }

    static String official(String id) {
        return ROOT + "/officials/" + segment(id);
    }

    static String place(String kind, String id) {
        return ROOT + ("province".equals(kind) ? "/provinces/" : "/districts/") + segment(id);
    }

    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
