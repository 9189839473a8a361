package dev.beyan.common.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Says where a body stops being JSON without quoting the parser, whose messages name its own classes and
 * settings (a nesting error cites {@code StreamReadConstraints.getMaxNestingDepth()}).
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    public static String describe(JsonProcessingException e) {
        String what = e instanceof StreamConstraintsException
                ? "the body exceeds a JSON size or nesting limit"
                : "the body is not valid JSON";
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? what
                : what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
