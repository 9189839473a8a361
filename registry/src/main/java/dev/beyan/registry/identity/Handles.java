package dev.beyan.registry.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Official ids: {@code o_} and 64 bits of SHA-256 of what the official is anchored on, so an id says nothing about
 * the name (a better spelling changes no id) and never looks like the old name-based ids, which have no underscore.
 */
public final class Handles {
    public static final String PREFIX = "o_";

    private Handles() {
    }

    /** The id a mention mints when it is the first sighting of an official: its release and the name it used. */
    public static String minted(String releaseId, String nameKey) {
        return of("mention:" + releaseId + "/" + nameKey);
    }

    /** The id of the person a register entry belongs to. */
    public static String registered(String person) {
        return of("register:" + person);
    }

    /** The id of the official an editor's split made, from the correction's place in the curation stream. */
    public static String split(long correction, String from) {
        return of("split:" + correction + "/" + from);
    }

    /** Whether {@code id} has the shape of an official id (else it may be an old name-based one). */
    public static boolean isOpaque(String id) {
        return id.startsWith(PREFIX);
    }

    private static String of(String anchor) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(anchor.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
