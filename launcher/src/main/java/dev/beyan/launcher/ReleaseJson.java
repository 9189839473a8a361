package dev.beyan.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Brings a release in JSON to the ingest API's fields. Corpus-style files name the external id {@code id} and the
 * date {@code published}, and carry fields the API does not take (such as {@code license}), which are left out.
 * Everything else, validation included, is the server's: a body that is not a JSON object goes as it is, so the
 * answer is the server's own problem report.
 */
final class ReleaseJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> API_FIELDS = Set.of("externalId", "source", "url", "publishedAt", "category",
            "title", "dateline", "text");
    private static final Map<String, String> CORPUS_NAMES = Map.of("id", "externalId", "published", "publishedAt");

    private ReleaseJson() {
    }

    static byte[] toSubmission(byte[] json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            return json;
        }
        if (node == null || !node.isObject()) {
            return json;
        }
        ObjectNode submission = MAPPER.createObjectNode();
        node.fields().forEachRemaining(field -> {
            if (API_FIELDS.contains(field.getKey())) {
                submission.set(field.getKey(), field.getValue());
            }
        });
        // the API's own name wins where a file has both
        CORPUS_NAMES.forEach((corpusName, apiName) -> {
            if (node.has(corpusName) && !submission.has(apiName)) {
                submission.set(apiName, node.get(corpusName));
            }
        });
        try {
            return MAPPER.writeValueAsBytes(submission);
        } catch (IOException e) {
            return json;
        }
    }
}
