package dev.beyan.ingest.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.beyan.common.json.Json;
import dev.beyan.common.problem.JsonErrors;
import dev.beyan.common.problem.ProblemException;
import dev.beyan.extract.input.SeedText;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.HibernateValidatorFactory;

import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a request body into a valid {@link Submission} or {@link Revision}, or a 400 that names the field at fault.
 * Bodies are taken as bytes and decoded strictly, so invalid UTF-8 is refused instead of being stored with
 * replacement characters. The JSON's shape (an object of known fields, each a string) is checked here as it is
 * read; the values' rules are the records' Bean Validation constraints.
 */
@Singleton
public class SubmissionParser {
    static final Set<String> FIELDS = Set.of("text", "externalId", "source", "url", "publishedAt", "category",
            "title", "dateline");
    static final Set<String> REVISION_FIELDS = Set.of("text", "reason");
    static final String BLANK_TEXT = "the release text is missing or blank";
    /** In the seed text format the publication date is the header's {@code date}. */
    private static final Map<String, String> SEED_TEXT_FIELDS = Map.of("publishedAt", "date");

    private final Validator validator;

    public SubmissionParser(IngestConfig config, ValidatorFactory validation) {
        this.validator = validation.unwrap(HibernateValidatorFactory.class).usingContext()
                .constraintValidatorPayload(config)
                .getValidator();
    }

    Submission fromJson(byte[] body) {
        JsonNode json = objectOfStrings(body, FIELDS);
        String text = string(json, "text");
        String dateline = string(json, "dateline");
        return valid(new Submission(text, string(json, "externalId"), string(json, "source"), string(json, "url"),
                string(json, "publishedAt"), string(json, "category"), string(json, "title"),
                dateline == null && text != null ? SeedText.dateline(text) : dateline), Map.of());
    }

    Submission fromPlainText(byte[] body) {
        SeedText seed = SeedText.parse(decode(body));
        return valid(new Submission(seed.text(), null, null, null, seed.date(), seed.category(), null,
                SeedText.dateline(seed.text())), SEED_TEXT_FIELDS);
    }

    /** A revision: JSON {@code {text, reason}} or the new text as plain text. */
    Revision revision(byte[] body, boolean json) {
        if (!json) {
            return valid(new Revision(decode(body), null), Map.of());
        }
        JsonNode node = objectOfStrings(body, REVISION_FIELDS);
        return valid(new Revision(string(node, "text"), string(node, "reason")), Map.of());
    }

    @Schema(name = "ReleaseRevision", description = "A new text for a release, and why")
    @StorableFields(groups = SubmissionChecks.Storage.class)
    record Revision(@Schema(required = true, minLength = 1)
                    @NotBlank(message = BLANK_TEXT) @TextLimit(groups = SubmissionChecks.Size.class) String text,
                    String reason) {
    }

    /**
     * {@code value} when it keeps every rule, else a 400 for the first fault: of the first group of
     * {@link SubmissionChecks} that finds any, the one of the record's first field at fault. {@code fieldNames}
     * renames a record field to what the client wrote.
     */
    private <T extends Record> T valid(T value, Map<String, String> fieldNames) {
        Set<ConstraintViolation<T>> violations = validator.validate(value, SubmissionChecks.class);
        if (violations.isEmpty()) {
            return value;
        }
        List<String> order = Arrays.stream(value.getClass().getRecordComponents()).map(RecordComponent::getName)
                .toList();
        ConstraintViolation<T> first = violations.stream()
                .min(Comparator.comparingInt(v -> order.indexOf(field(v)))).orElseThrow();
        String field = field(first);
        throw ProblemException.badRequest(fieldNames.getOrDefault(field, field), first.getMessage());
    }

    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().iterator().next().getName();
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
