package dev.beyan.ingest.security;

import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Input PostgreSQL cannot store, bodies over the limit, and error bodies that give nothing away. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class HostileInputTest {
    private static final String TOKEN = TestTokens.of("hostile-input-test", "ingest");
    private static final int TWENTY_MB = 20 * 1024 * 1024;

    @TestHTTPResource("/v1/releases")
    URI releases;

    private static RequestSpecification given() {
        return RestAssured.given().auth().oauth2(TOKEN);
    }

    private static long lastPosition() {
        return TestDatabase.superuserPool().query("SELECT coalesce(max(position), 0) AS p FROM eventstore.events")
                .execute().await().indefinitely().iterator().next().getLong("p");
    }

    @Test
    void aNulCharacterIsA400NamingTheFieldAndTheOffset() {
        long before = lastPosition();
        given().contentType("application/json").body("{\"text\":\"\\u0000abc\"}").post("/v1/releases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("text")).body("detail", containsString("offset 0"));
        given().contentType("application/json").body("{\"text\":\"Vali konuştu.\",\"title\":\"ab\\u0000\"}")
                .post("/v1/releases").then().statusCode(400).body("field", equalTo("title"))
                .body("detail", equalTo("field 'title' has the NUL character U+0000 at offset 2 (UTF-16 code units), "
                        + "which cannot be stored"));
        given().contentType("text/plain; charset=UTF-8").body("Vali\u0000 konuştu.".getBytes(StandardCharsets.UTF_8))
                .post("/v1/releases").then().statusCode(400).body("field", equalTo("text"))
                .body("detail", containsString("offset 4"));
        assertThat(lastPosition()).isEqualTo(before);
    }

    @Test
    void anUnpairedSurrogateIsA400() {
        given().contentType("application/json").body("{\"text\":\"Vali \\ud800 konuştu.\"}").post("/v1/releases")
                .then().statusCode(400).body("field", equalTo("text"))
                .body("detail", equalTo("field 'text' has an unpaired surrogate U+D800 at offset 5 (UTF-16 code units), "
                        + "which cannot be stored"));
    }

    @Test
    void aNulCharacterInARevisionOrARetractionReasonIsA400() {
        String id = given().contentType("application/json").body("{\"text\":\"Vali konuştu. " + UUID.randomUUID() + "\"}")
                .post("/v1/releases").then().statusCode(201).extract().path("id");
        long before = lastPosition();
        given().contentType("application/json").header("If-Match", "1")
                .body("{\"text\":\"Vali yine konuştu.\",\"reason\":\"\\u0000\"}").put("/v1/releases/" + id)
                .then().statusCode(400).body("field", equalTo("reason"))
                .body("detail", equalTo("field 'reason' has the NUL character U+0000 at offset 0 (UTF-16 code units), "
                        + "which cannot be stored"));
        given().queryParam("reason", "a\u0000b").delete("/v1/releases/" + id)
                .then().statusCode(400).body("field", equalTo("reason"));
        assertThat(lastPosition()).isEqualTo(before);
    }

    @Test
    void aBodyDeclaredOverTheLimitIsA413ProblemNotAReset() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.BodyPublishers.ofByteArray(twentyMegabytes()));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"status\":413", "\"field\":\"body\"");
    }

    /**
     * A chunked body has no length to refuse up front: Quarkus answers 413 when the limit is crossed and closes the
     * connection, which a client still writing may see as a broken pipe before it reads the answer (it depends on
     * timing). Either way the body is refused and nothing is stored.
     */
    @Test
    void aStreamedBodyOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
        long before = lastPosition();
        try {
            HttpResponse<String> answer = send(HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(twentyMegabytes())));
            assertThat(answer.statusCode()).isEqualTo(413);
        } catch (IOException closedWhileWriting) {
            // refused by closing the connection before the client had sent it all: also a refusal
        }
        assertThat(lastPosition()).isEqualTo(before);
    }

    @Test
    void errorBodiesNameNoClassesSettingsOrSql() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String[] bodies = {deep, "{\"text\":", "{\"text\": 12}", "{\"text\":\"a\",\"sql\":\"'; DROP TABLE x;--\"}"};
        for (String body : bodies) {
            String answer = given().contentType("application/json").body(body).post("/v1/releases")
                    .then().statusCode(400).contentType("application/problem+json").extract().asString();
            assertThat(answer).doesNotContainIgnoringCase("exception").doesNotContain("java.", "jackson",
                    "StreamReadConstraints", "eventstore", "SELECT", "dev.beyan");
        }
        String unsupported = given().contentType("application/xml").body("<a/>").post("/v1/releases")
                .then().statusCode(415).contentType("application/problem+json").extract().asString();
        assertThat(unsupported).doesNotContainIgnoringCase("exception").doesNotContain("java.", "resteasy");
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(releases).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(body).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] twentyMegabytes() {
        byte[] body = new byte[TWENTY_MB];
        Arrays.fill(body, (byte) 'a');
        return body;
    }
}
