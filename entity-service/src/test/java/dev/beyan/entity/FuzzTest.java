package dev.beyan.entity;

import dev.beyan.common.testing.FuzzRequests;
import dev.beyan.common.testing.FuzzRequests.Endpoint;
import dev.beyan.common.testing.FuzzRun;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Generated hostile requests to the operations endpoints (see {@link FuzzRequests}), few of them allowed, since
 * an allowed rebuild replays the whole store: none gets a 5xx, none that is refused appends an event, and the
 * service is still ready afterwards.
 */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class FuzzTest {
    private static final List<Endpoint> OPERATIONS = List.of(
            new Endpoint("POST", "/v1/admin/rebuild", false, List.of()),
            new Endpoint("POST", "/v1/admin/reanalyze", false, List.of()));

    @TestHTTPResource("/")
    URI base;

    @Test
    void hostileRequestsGetNo5xxAppendNothingWhenRefusedAndLeaveTheServiceReady() throws Exception {
        long seed = FuzzRun.seed();
        int count = FuzzRun.requests(1000);
        System.out.printf("fuzz: %d requests to entity-service's operations, seed %d (replay: -Dbeyan.fuzz.seed=%d)%n",
                count, seed, seed);
        Pool db = TestDatabase.superuserPool();
        try {
            FuzzRun run = new FuzzRun(base, () -> db.query("SELECT coalesce(max(position), 0) AS p FROM eventstore.events")
                    .execute().await().indefinitely().iterator().next().getLong("p"));
            Map<Integer, Integer> statuses = run.send(FuzzRequests.of(seed, OPERATIONS, "admin", 0.02), count);
            System.out.printf("fuzz: %d requests sent, seed %d, answers by status %s%n", count, seed, statuses);
        } finally {
            db.closeAndAwait();
        }
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
    }
}
