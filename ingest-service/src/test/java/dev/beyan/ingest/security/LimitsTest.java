package dev.beyan.ingest.security;

import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** The per-client write rate and the lines per batch, with limits small enough to reach. */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
@QuarkusTestResource(RealServersResource.class)
class LimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("beyan.ingest.writes-per-second", "1", "beyan.ingest.write-burst", "3",
                    "beyan.ingest.max-batch-lines", "2");
        }
    }

    private static String release() {
        return "{\"text\":\"Vali açıklama yaptı. " + UUID.randomUUID() + "\"}";
    }

    @Test
    void aClientOverItsWriteRateGets429WithRetryAfterWhileAnotherStillWrites() {
        String busy = TestTokens.of("busy-" + UUID.randomUUID(), "ingest");
        for (int i = 0; i < 3; i++) {
            RestAssured.given().auth().oauth2(busy).contentType("application/json").body(release())
                    .post("/v1/releases").then().statusCode(201);
        }
        RestAssured.given().auth().oauth2(busy).contentType("application/json").body(release())
                .post("/v1/releases").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", equalTo("1"));
        RestAssured.given().auth().oauth2(TestTokens.of("quiet-" + UUID.randomUUID(), "ingest"))
                .contentType("application/json").body(release()).post("/v1/releases").then().statusCode(201);
    }

    @Test
    void aBatchOverTheLineLimitIs413() {
        String ndjson = release() + "\n\n" + release() + "\n" + release() + "\n";
        RestAssured.given().auth().oauth2(TestTokens.of("batch-" + UUID.randomUUID(), "ingest"))
                .urlEncodingEnabled(false).contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/v1/releases:batch")
                .then().statusCode(413).contentType("application/problem+json").body("field", equalTo("body"));
    }
}
