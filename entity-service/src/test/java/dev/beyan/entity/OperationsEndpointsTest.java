package dev.beyan.entity;

import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Readiness with the projection lag in its details, the lag as a metric, the OpenAPI document, who may operate. */
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
    void openApiDocumentsTheAdminJobsAndTheRoleTheyNeed() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems("/v1/admin/rebuild", "/v1/admin/reanalyze"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/v1/admin/rebuild'.post.security[0].bearer", contains("admin"))
                .body("paths.'/v1/admin/reanalyze'.post.security[0].bearer", contains("admin"));
    }

    @Test
    void theAdminJobsNeedATokenWithRoleAdmin() {
        for (String job : new String[] {"/v1/admin/rebuild", "/v1/admin/reanalyze"}) {
            given().post(job).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"));
            given().auth().oauth2(TestTokens.expired("operator", "admin")).post(job).then().statusCode(401);
            given().auth().oauth2(TestTokens.of("newsroom", "ingest", "read")).post(job).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }
}
