package dev.beyan.query.api;

import dev.beyan.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A keyset cursor: the sort key of the last item a client saw, as base64url. Clients treat it as opaque; a
 * version prefix lets the format change without misreading old cursors.
 */
public record Cursor(List<String> key) {
    private static final String VERSION = "v1";
    private static final String SEPARATOR = "\u001f";
    public static final String PARAM = "cursor";

    public static Cursor of(Object... parts) {
        return new Cursor(java.util.Arrays.stream(parts).map(String::valueOf).toList());
    }

    public String encode() {
        String plain = VERSION + SEPARATOR + String.join(SEPARATOR, key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code value} with exactly {@code parts} key parts; null when absent; 400 when malformed. */
    public static Cursor decode(String value, int parts) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            String[] split = plain.split(SEPARATOR, -1);
            if (split.length == parts + 1 && split[0].equals(VERSION)) {
                return new Cursor(List.of(split).subList(1, split.length));
            }
        } catch (IllegalArgumentException e) {
            // not base64url: answered below
        }
        throw ProblemException.badRequest(PARAM, "cursor is malformed; pass the 'next' value of a previous page");
    }

    public String part(int i) {
        return key.get(i);
    }

    public long longPart(int i) {
        try {
            return Long.parseLong(key.get(i));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(PARAM, "cursor is malformed; pass the 'next' value of a previous page");
        }
    }
}
