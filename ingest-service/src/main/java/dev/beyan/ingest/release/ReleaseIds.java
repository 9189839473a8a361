package dev.beyan.ingest.release;

/**
 * Release ids are derived, not drawn: from the source and external id when the client gives one (so a new text
 * under that id revises the release), else from the text itself (so posting the same text again finds it).
 * 64 bits of SHA-256 in hex keep ids short and collisions negligible at news volumes.
 */
final class ReleaseIds {
    private static final int HEX_CHARS = 16;

    private ReleaseIds() {
    }

    static String of(Submission s, String textSha256) {
        String basis = s.externalId() != null
                ? "external\u0000" + (s.source() == null ? "" : s.source()) + "\u0000" + s.externalId()
                : "text\u0000" + textSha256;
        return Sha256.hex(basis).substring(0, HEX_CHARS);
    }

    static boolean isWellFormed(String id) {
        if (id.length() != HEX_CHARS) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
