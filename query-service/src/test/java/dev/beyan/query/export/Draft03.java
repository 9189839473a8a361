package dev.beyan.query.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Just enough JSON Schema draft-03 to check a document against the Popolo schemas: {@code type} (with
 * unions and null), {@code required: true} inside a property, {@code pattern}, the {@code date-time},
 * {@code uri} and {@code email} formats, {@code items} and {@code $ref} to a sibling schema file. No validator on
 * Maven Central reads draft-03's boolean {@code required}, which is why this exists.
 */
final class Draft03 {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Path folder;

    Draft03(Path folder) {
        this.folder = folder;
    }

    /** The violations of {@code value} against the named schema file, as "path: problem" lines. */
    List<String> validate(String schemaFile, JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(load(schemaFile), value, schemaFile.replace(".json", ""), errors, 0);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> errors, int depth) {
        if (schema.has("$ref")) {
            if (depth < 4) {
                check(load(fileOf(schema.get("$ref").asText())), value, path, errors, depth + 1);
            }
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(path + ": " + value.getNodeType() + " is not " + schema.get("type"));
            return;
        }
        if (value.isTextual()) {
            String s = value.asText();
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
                errors.add(path + ": '" + s + "' does not match " + schema.get("pattern").asText());
            }
            String format = schema.path("format").asText("");
            if (!formatMatches(format, s)) {
                errors.add(path + ": '" + s + "' is not a " + format);
            }
        }
        if (value.isObject() && schema.has("properties")) {
            schema.get("properties").fields().forEachRemaining(p -> {
                JsonNode child = value.get(p.getKey());
                if (child == null) {
                    if (p.getValue().path("required").asBoolean(false)) {
                        errors.add(path + "." + p.getKey() + ": required");
                    }
                } else {
                    check(p.getValue(), child, path + "." + p.getKey(), errors, depth);
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", errors, depth);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static boolean formatMatches(String format, String s) {
        try {
            switch (format) {
                case "date-time" -> OffsetDateTime.parse(s);
                case "uri" -> new URI(s);
                case "email" -> {
                    return s.contains("@");
                }
                default -> {
                    return true;
                }
            }
            return true;
        } catch (DateTimeParseException | URISyntaxException e) {
            return false;
        }
    }

    private static String fileOf(String ref) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        return name.endsWith("#") ? name.substring(0, name.length() - 1) : name;
    }

    private JsonNode load(String file) {
        try {
            return MAPPER.readTree(Files.readString(folder.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
