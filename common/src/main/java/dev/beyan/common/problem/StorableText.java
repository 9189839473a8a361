package dev.beyan.common.problem;

import java.util.Locale;

/**
 * Refuses what PostgreSQL cannot store. Its {@code text} and {@code jsonb} hold neither U+0000 nor an unpaired
 * surrogate (which a JSON {@code \ud800} escape can produce), and storing a changed text would break the
 * promise that a release is kept exactly as given, so such input is a 400 naming the field and the offset.
 */
public final class StorableText {
    private StorableText() {
    }

    /** {@code value} itself when PostgreSQL can store it; {@code null} passes. */
    public static String check(String field, String value) {
        String refusal = refusal(field, value);
        if (refusal != null) {
            throw ProblemException.badRequest(field, refusal);
        }
        return value;
    }

    /** Why {@code value} cannot be stored, naming {@code field} and the offset; null when it can (or is null). */
    public static String refusal(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return refusal(field, i, "the NUL character U+0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return refusal(field, i, String.format(Locale.ROOT, "an unpaired surrogate U+%04X", (int) c));
            }
        }
        return null;
    }

    private static String refusal(String field, int offset, String what) {
        return "field '" + field + "' has " + what + " at offset " + offset + " (UTF-16 code units), which cannot be "
                + "stored";
    }
}
