package dev.beyan.ingest.security;

import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Every write needs a token with role ingest; the event records the token's subject as who wrote it. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class AccessControlTest {
    @Inject
    JWTParser parser;

    private static final String EXISTING_ID = "0123456789abcdef";

    /** Each write endpoint, called with the given request. */
    private static final List<Function<RequestSpecification, Response>> WRITES = List.of(
            r -> r.contentType("application/json").body("{\"text\":\"" + text() + "\"}").post("/v1/releases"),
            r -> r.contentType("text/plain; charset=UTF-8").body(text()).post("/v1/releases"),
            r -> r.contentType("application/json").header("If-Match", "1").body("{\"text\":\"" + text() + "\"}")
                    .put("/v1/releases/" + EXISTING_ID),
            r -> r.delete("/v1/releases/" + EXISTING_ID),
            r -> r.urlEncodingEnabled(false).contentType("application/x-ndjson")
                    .body(("{\"text\":\"" + text() + "\"}\n").getBytes(UTF_8)).post("/v1/releases:batch"));

    private static String text() {
        return "Vali bugün açıklama yaptı. " + UUID.randomUUID();
    }

    private static long lastPosition() {
        return TestDatabase.superuserPool().query("SELECT coalesce(max(position), 0) AS p FROM eventstore.events")
                .execute().await().indefinitely().iterator().next().getLong("p");
    }

    @Test
    void writesWithoutATokenAre401WithABearerChallengeAndStoreNothing() {
        long before = lastPosition();
        for (var write : WRITES) {
            write.apply(RestAssured.given()).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401)).body("field", equalTo("Authorization"));
        }
        assertThat(lastPosition()).isEqualTo(before);
    }

    @Test
    void expiredForeignAndMalformedTokensAre401() {
        long before = lastPosition();
        for (String token : List.of(TestTokens.expired("late", "ingest"),
                TestTokens.signedByAStranger("stranger", "ingest"), "not-a-token", "a.b.c")) {
            for (var write : WRITES) {
                write.apply(RestAssured.given().auth().oauth2(token)).then().statusCode(401)
                        .contentType("application/problem+json")
                        .header("WWW-Authenticate", startsWith("Bearer"));
            }
        }
        assertThat(lastPosition()).isEqualTo(before);
    }

    @Test
    void aTokenWritesAgainFromTheVerifiedTokensButATamperedCopyIs401() {
        assertThat(parser).isInstanceOf(VerifiedTokens.class);
        String token = TestTokens.of("newsroom-b", "ingest");
        for (int i = 0; i < 2; i++) {
            RestAssured.given().auth().oauth2(token).contentType("application/json")
                    .body("{\"text\":\"" + text() + "\"}").post("/v1/releases").then().statusCode(201);
        }
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);
        long before = lastPosition();
        WRITES.get(0).apply(RestAssured.given().auth().oauth2(tampered)).then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(lastPosition()).isEqualTo(before);
    }

    @Test
    void aTokenWithoutTheIngestRoleIs403() {
        long before = lastPosition();
        String reader = TestTokens.of("reader", "read", "admin");
        for (var write : WRITES) {
            write.apply(RestAssured.given().auth().oauth2(reader)).then().statusCode(403)
                    .contentType("application/problem+json").body("status", equalTo(403));
        }
        assertThat(lastPosition()).isEqualTo(before);
    }

    @Test
    void theIngestRoleWritesAndTheEventNamesTheTokensSubjectAsActor() {
        String id = RestAssured.given().auth().oauth2(TestTokens.of("newsroom-a", "ingest"))
                .header("X-Actor", "someone-else")
                .contentType("application/json").body("{\"text\":\"" + text() + "\"}")
                .post("/v1/releases").then().statusCode(201).extract().path("id");
        String actor = TestDatabase.superuserPool()
                .preparedQuery("SELECT metadata->>'actor' AS actor FROM eventstore.events WHERE stream_id = $1")
                .execute(Tuple.of("release-" + id)).await().indefinitely().iterator().next().getString("actor");
        assertThat(actor).isEqualTo("newsroom-a");
    }

    @Test
    void openApiDeclaresTheBearerSchemeAndTheRoleOfEachWrite() {
        JsonPath openapi = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertThat(openapi.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(openapi.getString("components.securitySchemes.bearer.bearerFormat")).isEqualTo("JWT");
        for (String operation : List.of("'/v1/releases'.post", "'/v1/releases/{id}'.put",
                "'/v1/releases/{id}'.delete", "'/v1/releases:batch'.post")) {
            assertThat(openapi.getList("paths." + operation + ".security.bearer.flatten()", String.class))
                    .as(operation).containsExactly("ingest");
            assertThat(openapi.getMap("paths." + operation + ".responses")).as(operation).containsKeys("401", "403");
        }
    }
}
