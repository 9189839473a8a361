package dev.beyan.query;

import dev.beyan.common.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads that open Hibernate Reactive sessions, fired all at once at a service that has served nothing yet (its
 * own profile starts it afresh, the gazetteer not loaded): each request must keep to its own session. A shared
 * load of the gazetteer once handed requests each other's session and thread (HR000069), and kept the failure.
 */
@QuarkusTest
@TestProfile(ConcurrentReadsTest.Uncached.class)
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class ConcurrentReadsTest {
    private static final int PER_ENDPOINT = 50;
    private static final List<String> PATHS = List.of(
            "/v1/officials?q=aslan",
            "/v1/officials?party=chp&province=izmir",
            "/v1/officials/senol-aslanoglu",
            "/v1/districts/1178",
            "/v1/statements?q=seçim",
            "/v1/statements?party=chp&province=35",
            "/v1/releases");

    /** Every answer computed, none served from the answer cache. */
    public static class Uncached implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("beyan.query.cache.enabled", "false");
        }
    }

    @BeforeAll
    static void fill() {
        Registry.load();
    }

    @Test
    void concurrentReadsEachKeepToTheirOwnSession() throws Exception {
        int requests = PER_ENDPOINT * PATHS.size();
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>(requests);
        try {
            for (int i = 0; i < requests; i++) {
                String path = PATHS.get(i % PATHS.size());
                answers.add(clients.submit(() -> {
                    start.await();
                    Response response = given().header("Cache-Control", "no-cache").get(path);
                    return response.statusCode() + " " + path;
                }));
            }
            start.countDown();
            Map<String, Integer> outcomes = new TreeMap<>();
            for (Future<String> answer : answers) {
                outcomes.merge(answer.get(), 1, Integer::sum);
            }
            Map<String, Integer> expected = new TreeMap<>();
            PATHS.forEach(path -> expected.put("200 " + path, PER_ENDPOINT));
            assertThat(outcomes).isEqualTo(expected);
        } finally {
            clients.shutdownNow();
        }
    }
}
