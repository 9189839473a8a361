package dev.beyan.query;

import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** With beyan.query.reads-require-role set, every read needs a token with role read; cached answers too. */
@QuarkusTest
@TestProfile(ReadAccessTest.ReadsNeedARole.class)
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class ReadAccessTest {

    public static class ReadsNeedARole implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("beyan.query.reads-require-role", "true");
        }
    }

    @BeforeAll
    static void registry() {
        Registry.pipeline();
    }

    @Test
    void aReaderTokenReadsAndTheAnswerMayBeCached() {
        String reader = TestTokens.of("reader", "read");
        RestAssured.given().auth().oauth2(reader).get("/v1/provinces/35").then().statusCode(200);
        RestAssured.given().auth().oauth2(reader).get("/v1/provinces/35").then().statusCode(200);
    }

    @Test
    void withoutATokenEvenACachedAnswerIs401() {
        RestAssured.given().auth().oauth2(TestTokens.of("reader", "read")).get("/v1/provinces/35").then().statusCode(200);
        RestAssured.given().get("/v1/provinces/35").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        RestAssured.given().auth().oauth2(TestTokens.expired("reader", "read")).get("/v1/officials")
                .then().statusCode(401);
    }

    @Test
    void aTokenWithoutTheReadRoleIs403() {
        RestAssured.given().auth().oauth2(TestTokens.of("writer", "ingest", "admin")).get("/v1/releases")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void healthAndTheApiDocumentStayOpen() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        RestAssured.given().get("/q/openapi").then().statusCode(200);
    }
}
