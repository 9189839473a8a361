package dev.beyan.ingest.release;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.json.Json;
import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestTokens;
import dev.beyan.common.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Nothing ingest acknowledges is too large for the topic: the event of a text at the text limit is published, and a
 * release whose event JSON's escaping inflates past {@code beyan.ingest.max-event-bytes} is refused before anything is
 * stored, alone, in a batch and as a revision.
 */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class EventSizeLimitTest {
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String TOKEN = TestTokens.of("event-size-test", "ingest");
    private static final int TEXT_LIMIT = 1024 * 1024;
    /** 300,000 control characters, as JSON escapes: 300,000 bytes of UTF-8, 1,800,000 bytes in the event's JSON. */
    private static final String CONTROL_CHARACTERS = "\\u0001".repeat(300_000);
    private static final String REFUSAL = "the release's event would be ";

    @Inject
    Pool pool;

    private static RequestSpecification given() {
        return RestAssured.given().auth().oauth2(TOKEN);
    }

    private static String body(String externalId, String jsonText) {
        return "{\"externalId\":\"" + externalId + "\",\"source\":\"event-size-test\",\"text\":\"" + jsonText + "\"}";
    }

    private long eventsOf(String externalId) {
        String id = ReleaseIds.of(new Submission("-", externalId, "event-size-test", null, null, null, null, null), "");
        return pool.preparedQuery("SELECT count(*) AS n FROM eventstore.events WHERE stream_id = $1")
                .execute(Tuple.of(ReleaseEvent.streamId(id))).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong("n");
    }

    @Test
    void aTextAtTheTextLimitInLettersIsStoredAndReachesTheTopic() {
        String unique = UUID.randomUUID().toString();
        String text = unique + "a".repeat(TEXT_LIMIT - unique.length());

        String id = given().contentType(JSON).body(body(unique, text).getBytes(StandardCharsets.UTF_8))
                .post("/v1/releases").then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(EventMessage.TOPIC,
                read -> read.stream().anyMatch(r -> r.key().equals(id)), Duration.ofSeconds(60));
        ConsumerRecord<String, String> record = records.stream().filter(r -> r.key().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the release's event did not reach the topic"));
        assertThat(record.value().length()).isGreaterThan(TEXT_LIMIT);
        JsonNode data = EventMessage.fromJson(record.value()).data();
        assertThat(data.get("text").asText()).isEqualTo(text);
    }

    @Test
    void aTextUnderTheByteLimitWhoseEventIsTooLargeIsRefusedAndNothingIsStored() {
        String externalId = UUID.randomUUID().toString();

        given().contentType(JSON).body(body(externalId, CONTROL_CHARACTERS).getBytes(StandardCharsets.UTF_8))
                .post("/v1/releases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("text"))
                .body("detail", startsWith(REFUSAL))
                .body("detail", containsString("the limit is 1507328"));

        assertThat(eventsOf(externalId)).isZero();
    }

    @Test
    void aBatchRejectsTheLineWhoseEventIsTooLargeAndStoresTheOthers() {
        String tooLarge = UUID.randomUUID().toString();
        String fine = UUID.randomUUID().toString();
        String ndjson = body(fine, "Vali bugün kısa bir açıklama yaptı.") + "\n" + body(tooLarge, CONTROL_CHARACTERS) + "\n";

        String answer = given().urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/v1/releases:batch").then().statusCode(200).extract().asString();

        List<JsonNode> lines = answer.lines().map(EventSizeLimitTest::json).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("status").asText()).isEqualTo("created");
        assertThat(lines.get(1).get("status").asText()).isEqualTo("rejected");
        assertThat(lines.get(1).at("/problem/status").asInt()).isEqualTo(400);
        assertThat(lines.get(1).at("/problem/field").asText()).isEqualTo("text");
        assertThat(lines.get(1).at("/problem/detail").asText()).startsWith(REFUSAL);
        assertThat(eventsOf(fine)).isEqualTo(1);
        assertThat(eventsOf(tooLarge)).isZero();
    }

    @Test
    void aRevisionWhoseEventIsTooLargeIsRefusedAndNothingIsAppended() {
        String externalId = UUID.randomUUID().toString();
        String id = given().contentType(JSON).body(body(externalId, "Kaymakam ziyaret etti.").getBytes(StandardCharsets.UTF_8))
                .post("/v1/releases").then().statusCode(201).extract().path("id");

        given().contentType(JSON).header("If-Match", "1")
                .body(("{\"text\":\"" + CONTROL_CHARACTERS + "\",\"reason\":\"deneme\"}").getBytes(StandardCharsets.UTF_8))
                .put("/v1/releases/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("text")).body("detail", startsWith(REFUSAL));

        assertThat(eventsOf(externalId)).isEqualTo(1);
    }

    private static JsonNode json(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
