package dev.beyan.query;

import dev.beyan.common.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What every caller and operator relies on: the OpenAPI document, health and metrics. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class ServiceContractTest {
    private static final List<String> ENDPOINTS = List.of(
            "/v1/officials", "/v1/officials/{id}", "/v1/officials/{id}/statements", "/v1/officials/{id}/releases",
            "/v1/provinces", "/v1/provinces/{id}", "/v1/districts", "/v1/districts/{id}",
            "/v1/statements",
            "/v1/releases", "/v1/releases/{id}", "/v1/releases/{id}/events", "/v1/releases/{id}/analysis",
            "/v1/export/popolo");

    /** The read model exists only once it is migrated and filled: run alone, this class must not rely on another. */
    @BeforeAll
    static void registry() {
        Registry.pipeline();
    }

    @Test
    void documentsEveryEndpointWithAnExample() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertThat(openapi.getString("openapi")).startsWith("3.1");
        Map<String, Object> paths = openapi.getMap("paths");
        assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(ENDPOINTS);
        for (String path : ENDPOINTS) {
            Map<String, Object> examples = openapi.getMap("paths.'" + path + "'.get.responses.'200'.content."
                    + "'application/json'.examples");
            assertThat(examples).as("example of GET " + path).isNotEmpty();
        }
    }

    @Test
    void isReadyWithItsDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Reactive PostgreSQL connections health check"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/v1/provinces/35").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }
}
