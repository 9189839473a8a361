package dev.beyan.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseJsonTest {

    @Test
    void mapsCorpusFieldNamesToTheApiAndLeavesOutTheRest() throws Exception {
        JsonNode mapped = map("""
                {"id": "webpol-002", "source": "a page", "license": "all rights reserved", "published": "2025-10",
                 "title": "Başlık", "text": "Metin."}""");

        assertThat(mapped.get("externalId").asText()).isEqualTo("webpol-002");
        assertThat(mapped.get("publishedAt").asText()).isEqualTo("2025-10");
        assertThat(mapped.get("source").asText()).isEqualTo("a page");
        assertThat(mapped.get("title").asText()).isEqualTo("Başlık");
        assertThat(mapped.get("text").asText()).isEqualTo("Metin.");
        assertThat(mapped.has("license")).isFalse();
        assertThat(mapped.has("id")).isFalse();
    }

    @Test
    void keepsTheApiNameWhenAFileHasBoth() throws Exception {
        JsonNode mapped = map("{\"id\": \"old\", \"externalId\": \"new\", \"text\": \"t\"}");

        assertThat(mapped.get("externalId").asText()).isEqualTo("new");
    }

    @Test
    void leavesWhatIsNotAnObjectToTheServerToJudge() {
        byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
        byte[] array = "[1, 2]".getBytes(StandardCharsets.UTF_8);

        assertThat(ReleaseJson.toSubmission(notJson)).isEqualTo(notJson);
        assertThat(ReleaseJson.toSubmission(array)).isEqualTo(array);
    }

    @Test
    void passesAFieldOfTheWrongTypeOnSoThatTheServerNamesIt() throws Exception {
        assertThat(map("{\"text\": 42}").get("text").isNumber()).isTrue();
    }

    private static JsonNode map(String json) throws Exception {
        return ReleaseJson.MAPPER.readTree(ReleaseJson.toSubmission(json.getBytes(StandardCharsets.UTF_8)));
    }
}
