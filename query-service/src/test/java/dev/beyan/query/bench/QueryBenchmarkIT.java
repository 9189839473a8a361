package dev.beyan.query.bench;

import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.testing.LocalServers;
import dev.beyan.common.testing.Poll;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.query.Registry;
import dev.beyan.stack.DatabaseRoles;
import io.vertx.mutiny.sqlclient.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's performance target, on demand only: {@code ./mvnw -pl query-service verify -Dbeyan.bench=true}.
 * Loads 10,000 synthetic releases through the real pipeline, starts the packaged query-service in a JVM of its
 * own, as it runs in its container ({@link #SERVICE_JVM}), then drives official-by-id and statement search at 500
 * requests/s each, open loop, and prints the percentiles: first with every answer computed (the requests send
 * {@code Cache-Control: no-cache}), then as plain clients, whom the answer cache serves.
 */
@EnabledIfSystemProperty(named = "beyan.bench", matches = "true")
class QueryBenchmarkIT {
    private static final int RELEASES = Integer.getInteger("beyan.bench.releases", 10_000);
    /** The target rate first, then lower ones that show what this machine sustains. */
    private static final List<Integer> RATES = Arrays.stream(System.getProperty("beyan.bench.rates", "500")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("beyan.bench.seconds", 30));
    /** The heap its container gives it: half of the 1 GiB limit (JAVA_MAX_MEM_RATIO in k8s/query-service.yaml). */
    static final List<String> SERVICE_JVM = List.of("-Xmx512m", "-Xms512m");

    @Test
    void officialByIdAndStatementSearchAt500PerSecond() throws Exception {
        load();
        List<String> officials = new ArrayList<>();
        for (Row row : TestDatabase.superuserPool().query("SELECT id FROM readmodel.officials ORDER BY id").execute()
                .await().indefinitely()) {
            officials.add(row.getString("id"));
        }
        assertThat(officials).hasSizeGreaterThan(100);
        // the loader's garbage should not pause the load generator
        System.gc();
        int port = freePort();
        Process service = start(port);
        try {
            URI base = URI.create("http://localhost:" + port);
            IntFunction<URI> official = i ->
                    base.resolve("/v1/officials/" + officials.get(Math.floorMod(i * 7, officials.size())));
            IntFunction<URI> search = i -> base.resolve("/v1/statements?q="
                    + URLEncoder.encode(SyntheticReleases.WORDS.get(i % SyntheticReleases.WORDS.size()),
                    StandardCharsets.UTF_8) + (i % 3 == 0 ? "&limit=20" : ""));
            try (OpenLoopLoad load = new OpenLoopLoad()) {
                for (boolean fresh : List.of(true, false)) {
                    String mode = fresh ? " (computed: Cache-Control no-cache)" : " (answer cache on)";
                    // JIT warm-up; as plain clients, it also fills the cache, as steady traffic would
                    load.run("warm-up", 200, WARM_UP, official, fresh);
                    load.run("warm-up", 200, WARM_UP, search, fresh);
                    for (int rate : RATES) {
                        System.out.println("BENCH " + load.run("GET /v1/officials/{id}" + mode, rate, MEASURE,
                                official, fresh));
                        System.out.println("BENCH " + load.run("GET /v1/statements?q=" + mode, rate, MEASURE,
                                search, fresh));
                    }
                }
            }
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    /** The packaged service, as beyan_query, on {@code port}; its log goes to target/. */
    private static Process start(int port) throws IOException {
        File log = new File("target/query-benchmark-service.log");
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java"));
        command.addAll(SERVICE_JVM);
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        pb.environment().put("BEYAN_DB_URL", LocalServers.postgres().reactiveUrl());
        pb.environment().put("BEYAN_DB_USER", DatabaseRoles.QUERY_USER);
        pb.environment().put("BEYAN_DB_PASSWORD", DatabaseRoles.QUERY_PASSWORD);
        Process process = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        Poll.until("query-service ready (log: " + log + ")", () -> process.isAlive() && ready(http, port));
        System.out.println("BENCH query-service started with " + SERVICE_JVM);
        return process;
    }

    private static boolean ready(HttpClient http, int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
