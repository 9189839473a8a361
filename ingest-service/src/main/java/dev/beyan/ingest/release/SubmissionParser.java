package dev.beyan.ingest.release;

import dev.beyan.common.problem.StorableText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.beyan.common.json.Json;
import dev.beyan.common.problem.JsonErrors;
import dev.beyan.common.problem.ProblemException;
import dev.beyan.extract.input.SeedText;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Turns a request body into a valid {@link Submission} or a 400 that names the field at fault. Bodies are taken
 * as bytes and decoded strictly, so invalid UTF-8 is refused instead of being stored with replacement characters.
 */
@Singleton
public class SubmissionParser {
    static final Set<String> FIELDS = Set.of("text", "externalId", "source", "url", "publishedAt", "category",
            "title", "dateline");
    static final Set<String> REVISION_FIELDS = Set.of("text", "reason");

    private final IngestConfig config;

    public SubmissionParser(IngestConfig config) {
        this.config = config;
    }

    Submission fromJson(byte[] body) {
        JsonNode json = objectOfStrings(body, FIELDS);
        Submission s = new Submission(string(json, "text"), string(json, "externalId"), string(json, "source"),
                string(json, "url"), PublicationDate.validate(string(json, "publishedAt"), "publishedAt"),
                string(json, "category"), string(json, "title"), string(json, "dateline"));
        if (s.dateline() == null && s.text() != null) {
            s = new Submission(s.text(), s.externalId(), s.source(), s.url(), s.publishedAt(), s.category(),
                    s.title(), SeedText.dateline(s.text()));
        }
        return checked(s);
    }

    Submission fromPlainText(byte[] body) {
        SeedText seed = SeedText.parse(decode(body));
        return checked(new Submission(seed.text(), null, null, null, PublicationDate.validate(seed.date(), "date"),
                seed.category(), null, SeedText.dateline(seed.text())));
    }

    /** A revision: JSON {@code {text, reason}} or the new text as plain text. */
    Revision revision(byte[] body, boolean json) {
        if (!json) {
            return new Revision(checkedText(decode(body)), null);
        }
        JsonNode node = objectOfStrings(body, REVISION_FIELDS);
        return new Revision(checkedText(string(node, "text")), StorableText.check("reason", string(node, "reason")));
    }

    @Schema(name = "ReleaseRevision", description = "A new text for a release, and why")
    record Revision(@Schema(required = true, minLength = 1) String text, String reason) {
    }

    private static JsonNode objectOfStrings(byte[] body, Set<String> allowed) {
        JsonNode json = parseJson(decode(body));
        if (!json.isObject()) {
            throw ProblemException.badRequest("body", "the body must be a JSON object with at least a 'text' field");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!allowed.contains(field.getKey())) {
                throw ProblemException.badRequest(field.getKey(), "unknown field '" + field.getKey()
                        + "'; known fields are " + allowed);
            }
            if (!field.getValue().isTextual() && !field.getValue().isNull()) {
                throw ProblemException.badRequest(field.getKey(), "field '" + field.getKey() + "' must be a string");
            }
        }
        return json;
    }

    private Submission checked(Submission s) {
        checkedText(s.text());
        StorableText.check("externalId", s.externalId());
        StorableText.check("source", s.source());
        StorableText.check("url", s.url());
        StorableText.check("category", s.category());
        StorableText.check("title", s.title());
        StorableText.check("dateline", s.dateline());
        return s;
    }

    private String checkedText(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("text", "the release text is missing or blank");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxTextBytes()) {
            throw ProblemException.badRequest("text", "the text is " + bytes + " bytes; the limit is "
                    + config.maxTextBytes());
        }
        return StorableText.check("text", text);
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("body", "the body is not valid UTF-8");
        }
    }

    private static JsonNode parseJson(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ProblemException.badRequest("body", "the body is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("body", JsonErrors.describe(e));
        }
    }

    private static String string(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
