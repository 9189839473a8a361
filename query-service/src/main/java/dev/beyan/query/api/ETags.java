package dev.beyan.query.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Entity tags: strong, quoted, the first 128 bits of a SHA-256. */
public final class ETags {
    private ETags() {
    }

    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String of(String fingerprint) {
        return of(fingerprint.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an {@code If-None-Match} header value names {@code tag} (or is {@code *}). */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(tag) || c.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }
}
