package dev.beyan.query.bench;

import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.query.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's performance target, on demand only: {@code ./mvnw -pl query-service test -Dtest=QueryBenchmark
 * -Dbeyan.bench=true}. Loads 10,000 synthetic releases through the real pipeline, then drives official-by-id and
 * statement search at 500 requests/s each, open loop, and prints the percentiles.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "beyan.bench", matches = "true")
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class QueryBenchmark {
    private static final int RELEASES = Integer.getInteger("beyan.bench.releases", 10_000);
    /** The target rate first, then lower ones that show what this machine sustains. */
    private static final List<Integer> RATES = java.util.Arrays.stream(System.getProperty("beyan.bench.rates",
            "500").split(",")).map(String::trim).map(Integer::valueOf).toList();
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("beyan.bench.seconds", 30));

    @TestHTTPResource("/")
    URI base;

    @Test
    void officialByIdAndStatementSearchAt500PerSecond() throws Exception {
        load();
        List<String> officials = new ArrayList<>();
        for (Row row : TestDatabase.superuserPool().query("SELECT id FROM readmodel.officials ORDER BY id").execute()
                .await().indefinitely()) {
            officials.add(row.getString("id"));
        }
        assertThat(officials).hasSizeGreaterThan(100);
        OpenLoopLoad load = new OpenLoopLoad();
        var official = (java.util.function.IntFunction<URI>) i ->
                base.resolve("/v1/officials/" + officials.get(Math.floorMod(i * 7, officials.size())));
        var search = (java.util.function.IntFunction<URI>) i -> base.resolve("/v1/statements?q="
                + URLEncoder.encode(SyntheticReleases.WORDS.get(i % SyntheticReleases.WORDS.size()),
                StandardCharsets.UTF_8) + (i % 3 == 0 ? "&limit=20" : ""));
        load.run("warm-up", 200, WARM_UP, official);
        load.run("warm-up", 200, WARM_UP, search);
        for (int rate : RATES) {
            System.out.println("BENCH " + load.run("GET /v1/officials/{id}", rate, MEASURE, official));
            System.out.println("BENCH " + load.run("GET /v1/statements?q=", rate, MEASURE, search));
        }
    }

    /** Appends and projects the releases with four workers; the pipeline's own locks keep projections correct. */
    private static void load() throws Exception {
        Registry.Pipeline pipeline = Registry.pipeline();
        List<SyntheticReleases.Place> places = new ArrayList<>();
        Map<String, List<String>> byProvince = new LinkedHashMap<>();
        for (Row row : TestDatabase.superuserPool().query("""
                        SELECT p.name AS province, d.name AS district FROM readmodel.provinces p
                        JOIN readmodel.districts d ON d.province_id = p.id
                        WHERE d.name <> 'Merkez' AND d.name NOT LIKE '% Merkez' ORDER BY p.id, d.id""")
                .execute().await().indefinitely()) {
            byProvince.computeIfAbsent(row.getString("province"), k -> new ArrayList<>()).add(row.getString("district"));
        }
        byProvince.forEach((province, districts) -> places.add(new SyntheticReleases.Place(province, districts)));
        SyntheticReleases texts = new SyntheticReleases(places);
        Instant start = Instant.now();
        AtomicInteger done = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int worker = w;
            futures.add(workers.submit(() -> {
                for (int i = worker; i < RELEASES; i += 4) {
                    String id = String.format("b%015x", i);
                    Registry.receive(pipeline.store(), id, texts.text(i), SyntheticReleases.publishedAt(i), "bench");
                    pipeline.processor().catchUp(ReleaseEvent.streamId(id));
                    int n = done.incrementAndGet();
                    if (n % 1000 == 0) {
                        System.out.println("BENCH loaded " + n + " in " + Duration.between(start, Instant.now()));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        workers.shutdown();
        System.out.println("BENCH loaded " + RELEASES + " releases in " + Duration.between(start, Instant.now()));
        Row counts = TestDatabase.superuserPool().query("""
                        SELECT (SELECT count(*) FROM readmodel.releases) AS releases,
                               (SELECT count(*) FROM readmodel.officials) AS officials,
                               (SELECT count(*) FROM readmodel.statements) AS statements""")
                .execute().await().indefinitely().iterator().next();
        System.out.println("BENCH registry: " + counts.getLong("releases") + " releases, " + counts.getLong("officials")
                + " officials, " + counts.getLong("statements") + " statements");
    }
}
