package dev.beyan.ingest.release;

import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class ReleaseApiTest {
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String TOKEN = TestTokens.of("release-api-test", "ingest");

    /** Every call here is a client allowed to ingest; refusals are {@code AccessControlTest}'s. */
    private static RequestSpecification given() {
        return RestAssured.given().auth().oauth2(TOKEN);
    }

    private static String uniqueText() {
        return "(ANKARA)- Deneme Belediye Başkanı Ali Veli bugün açıklama yaptı. " + UUID.randomUUID();
    }

    private static Response postJson(String json) {
        return given().contentType(JSON).body(json.getBytes(StandardCharsets.UTF_8))
                .post("/v1/releases");
    }

    @Test
    void seedInTextFormatIsCreatedOnceAndThenUnchanged() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("../seeds/000_d70b2ed9d009a380.txt"));

        String id = given().contentType(TEXT).body(seed).post("/v1/releases")
                .then().statusCode(201)
                .header("Location", endsWith("/v1/releases/" + given().contentType(TEXT).body(seed)
                        .post("/v1/releases").then().statusCode(200).body("status", equalTo("unchanged"))
                        .extract().path("id")))
                .body("status", equalTo("created"))
                .body("version", equalTo(1))
                .body("position", notNullValue())
                .extract().path("id");
        assertThat(id).hasSize(16);
    }

    @Test
    void jsonWithOnlyTextIsEnough() {
        postJson("{\"text\":\"" + uniqueText() + "\"}").then().statusCode(201).body("status", equalTo("created"));
    }

    @Test
    void newTextUnderAKnownExternalIdRevisesTheRelease() {
        String ext = UUID.randomUUID().toString();
        String id = postJson("{\"externalId\":\"" + ext + "\",\"source\":\"test\",\"text\":\"" + uniqueText() + "\"}")
                .then().statusCode(201).extract().path("id");
        postJson("{\"externalId\":\"" + ext + "\",\"source\":\"test\",\"text\":\"" + uniqueText() + "\"}")
                .then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("revised"))
                .body("version", equalTo(2));
    }

    @Test
    void reviseWithStaleVersionIsAConflictAndAppendsNothing() {
        String id = postJson("{\"text\":\"" + uniqueText() + "\"}").then().statusCode(201).extract().path("id");
        given().contentType(TEXT).header("If-Match", "\"1\"").body(uniqueText()).put("/v1/releases/" + id)
                .then().statusCode(200).body("version", equalTo(2));
        given().contentType(TEXT).header("If-Match", "1").body(uniqueText()).put("/v1/releases/" + id)
                .then().statusCode(409).contentType("application/problem+json").body("field", equalTo("If-Match"));
        given().contentType(TEXT).header("If-Match", "2").body(uniqueText()).put("/v1/releases/" + id)
                .then().statusCode(200).body("version", equalTo(3));
    }

    @Test
    void twoConcurrentRevisionsAtTheSameVersionHaveExactlyOneWinner() {
        String id = postJson("{\"text\":\"" + uniqueText() + "\"}").then().statusCode(201).extract().path("id");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return given().contentType(JSON).header("If-Match", "1")
                        .body("{\"text\":\"" + uniqueText() + "\",\"reason\":\"race\"}")
                        .put("/v1/releases/" + id).statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
    }

    @Test
    void revisionWithoutIfMatchIsRefused() {
        String id = postJson("{\"text\":\"" + uniqueText() + "\"}").then().statusCode(201).extract().path("id");
        given().contentType(TEXT).body(uniqueText()).put("/v1/releases/" + id)
                .then().statusCode(428).contentType("application/problem+json");
    }

    @Test
    void retractionAppendsOnceAndUnknownIdsAreNotFound() {
        String id = postJson("{\"text\":\"" + uniqueText() + "\"}").then().statusCode(201).extract().path("id");
        given().delete("/v1/releases/" + id).then().statusCode(200).body("status", equalTo("retracted"))
                .body("version", equalTo(2));
        given().delete("/v1/releases/" + id).then().statusCode(200).body("status", equalTo("unchanged"));
        given().delete("/v1/releases/0000000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        postJson("{\"text\":\"   \"}").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("text")).body("detail", equalTo("the release text is missing or blank"));
        postJson("{\"source\":\"x\"}").then().statusCode(400).body("field", equalTo("text"))
                .body("detail", equalTo("the release text is missing or blank"));
        postJson("{\"text\": 42}").then().statusCode(400).body("field", equalTo("text"))
                .body("detail", equalTo("field 'text' must be a string"));
        postJson("{\"text\":\"" + uniqueText() + "\",\"publishedAt\":\"12.05.2024\"}").then().statusCode(400)
                .body("field", equalTo("publishedAt"))
                .body("detail", equalTo("'12.05.2024' is not a date: use YYYY-MM-DD or YYYY-MM"));
        postJson("{\"text\":\"" + uniqueText() + "\",\"publishedAt\":\"2024-13\"}").then().statusCode(400)
                .body("field", equalTo("publishedAt"))
                .body("detail", equalTo("'2024-13' is not a date: use YYYY-MM-DD or YYYY-MM"));
        // a value is never read as a message template: expressions and parameters come back as sent
        postJson("{\"text\":\"" + uniqueText() + "\",\"publishedAt\":\"${1+1}{value}\"}").then().statusCode(400)
                .body("detail", equalTo("'${1+1}{value}' is not a date: use YYYY-MM-DD or YYYY-MM"));
        given().contentType(TEXT).body("date 2024-13 Güncel\n\nBelediye meclisi bugün toplandı.").post("/v1/releases")
                .then().statusCode(400).body("field", equalTo("date"))
                .body("detail", equalTo("'2024-13' is not a date: use YYYY-MM-DD or YYYY-MM"));
        postJson("{\"text\": \"unterminated").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("body"));
        postJson("{\"text\":\"" + uniqueText() + "\",\"titel\":\"typo\"}").then().statusCode(400)
                .body("field", equalTo("titel"));
        given().contentType(TEXT).body(new byte[]{'a', (byte) 0xC3, (byte) 0x28, 'b'}).post("/v1/releases")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("body"))
                .body("type", startsWith("https://"));
        given().contentType(TEXT).body("date 2024-05 Güncel\n\n").post("/v1/releases")
                .then().statusCode(400).body("field", equalTo("text"));
    }

    @Test
    void textOverTheLimitIsRefused() {
        String big = "a".repeat(1024 * 1024 + 1);
        given().contentType(TEXT).body(big).post("/v1/releases")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("text"))
                .body("detail", equalTo("the text is 1048577 bytes; the limit is 1048576"));
    }

    @Test
    void theLimitCountsTheTextsBytesInUtf8NotItsChars() {
        // a UUID's 36 ASCII bytes make each text new; 'ş' is 2 bytes of UTF-8, '🙂' 4 (two chars). The accepted text
        // is long enough to be counted (over a third of the limit in chars) and stays under the limit (a text at the
        // limit is EventSizeLimitTest's)
        String unique = UUID.randomUUID().toString();
        int limit = 1024 * 1024;
        String counted = unique + "ş".repeat(400_000);
        postJson("{\"text\":\"" + counted + "\"}").then().statusCode(201);
        String overTheLimit = unique + "🙂".repeat((limit - 36) / 4) + "x";
        postJson("{\"text\":\"" + overTheLimit + "\"}").then().statusCode(400).body("field", equalTo("text"))
                .body("detail", equalTo("the text is 1048577 bytes; the limit is 1048576"));
    }

    @Test
    void batchSkipsLinesOfWhiteSpaceOnlyIncludingBeyondAscii() {
        String ndjson = "{\"text\":\"" + uniqueText() + "\"}\n"
                + " \t\r\n"
                + "\u3000\u2003\n"
                + "{\"text\":\"" + uniqueText() + "\"}\n";
        String answer = given().urlEncodingEnabled(false).contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/v1/releases:batch")
                .then().statusCode(200).extract().asString();
        List<String> lines = answer.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"line\":1", "\"status\":\"created\"");
        assertThat(lines.get(1)).contains("\"line\":4", "\"status\":\"created\"");
    }

    @Test
    void batchAnswersEveryLineAndABadLineDoesNotStopTheOthers() {
        String first = uniqueText();
        String ndjson = "{\"text\":\"" + first + "\"}\n"
                + "{\"text\": 7}\n"
                + "\n"
                + "{\"text\":\"" + first + "\"}\n"
                + "not json\n"
                + "{\"text\":\"" + uniqueText() + "\"}\n";
        String answer = given().urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/v1/releases:batch")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<String> lines = answer.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("\"line\":1", "\"status\":\"created\"");
        assertThat(lines.get(1)).contains("\"line\":2", "\"status\":\"rejected\"", "\"field\":\"text\"");
        assertThat(lines.get(2)).contains("\"line\":4", "\"status\":\"unchanged\"");
        assertThat(lines.get(3)).contains("\"line\":5", "\"status\":\"rejected\"");
        assertThat(lines.get(4)).contains("\"line\":6", "\"status\":\"created\"");
    }
    @Test
    void batchRevisesAKnownReleaseOnceAndCreatesTheNewOnesTogether() {
        String externalId = "batch-" + UUID.randomUUID();
        given().contentType("application/json").body("{\"externalId\":\"" + externalId + "\",\"source\":\"t\",\"text\":\""
                + uniqueText() + "\"}").post("/v1/releases").then().statusCode(201);
        String revised = "{\"externalId\":\"" + externalId + "\",\"source\":\"t\",\"text\":\"" + uniqueText() + "\"}\n";
        String ndjson = revised + "{\"text\":\"" + uniqueText() + "\"}\n" + revised + "{\"text\":\"" + uniqueText() + "\"}\n";

        List<String> lines = given().urlEncodingEnabled(false).contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/v1/releases:batch")
                .then().statusCode(200).extract().asString().lines().toList();

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("\"line\":1", "\"status\":\"revised\"", "\"version\":2");
        assertThat(lines.get(1)).contains("\"line\":2", "\"status\":\"created\"", "\"version\":1");
        assertThat(lines.get(2)).contains("\"line\":3", "\"status\":\"unchanged\"", "\"version\":2");
        assertThat(lines.get(3)).contains("\"line\":4", "\"status\":\"created\"");
    }
}
