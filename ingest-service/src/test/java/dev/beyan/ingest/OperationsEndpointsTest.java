package dev.beyan.ingest;

import dev.beyan.common.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Health that checks the database and the broker, Prometheus metrics, and the OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class OperationsEndpointsTest {

    @Test
    void readinessChecksTheDatabaseAndTheBroker() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "Kafka connection health check"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsIncludeTheRelay() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("beyan_relay_leader"));
    }

    @Test
    void openApiDocumentsEveryIngestEndpoint() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems("/v1/releases", "/v1/releases/{id}", "/v1/releases:batch"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
