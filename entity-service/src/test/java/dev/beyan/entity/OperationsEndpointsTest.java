package dev.beyan.entity;

import dev.beyan.common.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/** Readiness with the projection lag in its details, the lag as a metric, and the OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class OperationsEndpointsTest {

    @Test
    void readinessChecksDatabaseBrokerAndReportsTheProjectionLag() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("projection", "Kafka connection health check"))
                .body("checks.find { it.name == 'projection' }.data.lagEvents", notNullValue());
    }

    @Test
    void projectionLagIsAMetric() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("beyan_projection_lag_events"));
    }

    @Test
    void openApiDocumentsTheAdminJobs() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems("/v1/admin/rebuild", "/v1/admin/reanalyze"));
    }
}
