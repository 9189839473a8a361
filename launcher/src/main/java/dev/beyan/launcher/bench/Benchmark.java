package dev.beyan.launcher.bench;

import dev.beyan.extract.Extractor;
import dev.beyan.launcher.ControlledStack;
import dev.beyan.launcher.Service;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./beyan bench}: starts a stack of its own (fresh data under {@code .beyan/bench}, free ports, the same
 * durable settings as {@code ./beyan up}, the per-client write limit lifted), drives it with generated releases and
 * writes what it measured, each figure beside the ceiling it is compared with in the same run.
 */
public final class Benchmark {
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f]{16})\"");
    private static final int BATCH_LINES = 500;
    private static final int BATCH_CLIENTS = 4;
    private static final Duration QUERY_WARM_UP = Duration.ofSeconds(2);
    /** What ingest-service answers with the least work of its own: the framework's ceiling for a request. */
    private static final String TRIVIAL = "/q/health/live";
    private static final Duration INGEST_WARM_UP_PASS = Duration.ofSeconds(5);
    private static final int INGEST_WARM_UP_MIN_PASSES = 3;
    private static final int INGEST_WARM_UP_MAX_PASSES = 12;
    /** A pass this much faster than the best before it means the JIT is still at work. */
    private static final double STILL_WARMING = 1.05;

    /** The sizes of a run; every one has a flag of {@code ./beyan bench}. */
    public record Options(List<Integer> clients, Duration phase, int batchReleases, int freshnessRate,
                          Duration freshness, Duration projection, int queryRate, Duration query, Path out,
                          boolean ingestOnly) {
    }

    private final Path project;
    private final Options options;
    private final PrintStream out;
    private final Report report;
    private ControlledStack stack;
    private Database db;
    private String token;
    private ReleaseGenerator generator;

    public Benchmark(Path project, Options options, PrintStream out) {
        this.project = project;
        this.options = options;
        this.out = out;
        this.report = new Report(Machine.describe());
    }

    public void run() throws IOException {
        generator = new ReleaseGenerator(11);
        if (!options.ingestOnly()) {
            extraction();
        }
        Path data = project.resolve(".beyan/bench");
        deleteRecursively(data);
        say("starting a stack of its own in " + project.relativize(data) + " (a minute or so)");
        stack = ControlledStack.start(project, data, Map.of("BEYAN_INGEST_WRITES_PER_SECOND", "1000000",
                "BEYAN_INGEST_WRITE_BURST", "1000000"), message -> { });
        try {
            db = new Database(stack.postgres().jdbcUrl(), stack.superuser(), stack.superuserPassword());
            token = stack.token("beyan-bench", "ingest", "admin");
            versions();
            measure(data);
        } finally {
            if (db != null) {
                db.close();
            }
            say("stopping the stack");
            stack.close();
        }
        String markdown = report.markdown();
        out.println();
        out.println(markdown);
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), markdown, StandardCharsets.UTF_8);
        say("written to " + options.out());
    }

    private void measure(Path data) {
        say("warming up (ingest and projection)");
        ClosedLoop.run("warm-up", 8, Duration.ofSeconds(5), i -> post(), 1, Benchmark::stored);
        awaitProjected(Duration.ofMinutes(3));
        if (options.ingestOnly()) {
            ingest(data);
            return;
        }

        say("freshness at " + options.freshnessRate() + " releases/s for " + options.freshness().toSeconds() + " s");
        freshness();

        say("the whole pipeline: 8 clients for " + options.phase().toSeconds() + " s with entity-service running");
        long before = db.projected();
        long start = System.nanoTime();
        LoadResult sustained = ClosedLoop.run("ingest, entity-service running", 8, options.phase(), i -> post(), 1,
                Benchmark::stored);
        awaitProjected(Duration.ofMinutes(10));
        double drained = (System.nanoTime() - start) / 1e9;
        report.pipeline(sustained, db.projected() - before, drained);

        say("queries at " + options.queryRate() + "/s, " + options.query().toSeconds() + " s each");
        queries();

        ingest(data);

        say("entity-service resumed: projection over the backlog for " + options.projection().toSeconds() + " s");
        stack.resume(Service.ENTITY);
        long backlog = db.unprojected();
        long from = db.projected();
        long t0 = System.nanoTime();
        sleep(options.projection());
        report.projection(db.projected() - from, (System.nanoTime() - t0) / 1e9, backlog);

        say("rebuild of every read model");
        rebuild();

        for (Service s : Service.values()) {
            report.rss(s.name().toLowerCase(java.util.Locale.ROOT), Machine.peakRssMiB(stack.pid(s)));
        }
    }

    /**
     * With entity-service paused: at each concurrency the database's ceiling, single POSTs and ingest-service's
     * trivial endpoint back to back (the POSTs beside what the database and what the framework take), then the batch
     * endpoint.
     */
    private void ingest(Path data) {
        say("entity-service paused: ingest beside the database's and the framework's ceilings");
        stack.pause(Service.ENTITY);
        DatabaseCeiling ceiling = new DatabaseCeiling(stack.postgres().jdbcUrl(), stack.superuser(),
                stack.superuserPassword(), data, generator.next().text());
        report.ceilingTool(ceiling.tool());
        HttpRequest health = HttpRequest.newBuilder(URI.create(stack.url(Service.INGEST) + TRIVIAL))
                .timeout(Duration.ofSeconds(60)).GET().build();
        warmUpIngest(health);
        for (int clients : options.clients()) {
            LoadResult database = ceiling.run(clients, options.phase());
            LoadResult ingest = ClosedLoop.run("single POST", clients, options.phase(), i -> post(), 1,
                    Benchmark::stored);
            LoadResult trivial = ClosedLoop.run("trivial endpoint", clients, options.phase(), i -> health,
                    1, response -> response.statusCode() == 200);
            report.ingest(ingest, database);
            report.framework(ingest, trivial);
            say(String.format("  %d clients: ingest %.0f/s, %s %.0f/s, %s %.0f/s", clients, ingest.perSecond(),
                    ceiling.tool(), database.perSecond(), TRIVIAL, trivial.perSecond()));
        }
        int batches = Math.max(1, options.batchReleases() / BATCH_LINES);
        LoadResult batch = ClosedLoop.run("batch of " + BATCH_LINES, BATCH_CLIENTS, Duration.ofMinutes(10),
                i -> i < batches ? batch() : null, BATCH_LINES, Benchmark::stored);
        report.batch(batch);
        say(String.format("  batch: %.0f releases/s", batch.perSecond()));
    }

    /**
     * Unmeasured passes of single POSTs (8 clients, 5 s each) until two in a row are no faster than the best before
     * them (one alone can be slowed by the machine's other work), then
     * of the trivial endpoint: a measured phase should time ingest-service's request path, not the JIT compiling it.
     * On a shared machine a few seconds of warm-up left the JIT compiler threads with 40 % of ingest-service's CPU
     * during the measured POSTs (JFR, docs/PERFORMANCE.md).
     */
    private void warmUpIngest(HttpRequest trivial) {
        double best = 0;
        int flat = 0;
        for (int pass = 1; pass <= INGEST_WARM_UP_MAX_PASSES; pass++) {
            double rate = ClosedLoop.run("warm-up", 8, INGEST_WARM_UP_PASS, i -> post(), 1, Benchmark::stored)
                    .perSecond();
            say(String.format("  warm-up pass %d: %.0f single POSTs/s", pass, rate));
            flat = rate > best * STILL_WARMING ? 0 : flat + 1;
            best = Math.max(best, rate);
            if (pass >= INGEST_WARM_UP_MIN_PASSES && flat >= 2) {
                break;
            }
        }
        ClosedLoop.run("warm-up", 8, INGEST_WARM_UP_PASS, i -> trivial, 1, response -> true);
    }

    private void extraction() {
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 2000; i++) {
            String t = generator.next().text();
            texts.add(t);
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        say(String.format("extraction on one thread (%d generated releases, median %,d bytes)", texts.size(),
                median(texts)));
        ExtractionSpeed.Result speed = new ExtractionSpeed(new Extractor(), texts).measure(Duration.ofSeconds(5));
        report.extraction(speed, bytes / texts.size());
    }

    private void freshness() {
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Latencies freshness = new Latencies();
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Set<String> pending = Set.copyOf(acknowledged.keySet());
                if (!pending.isEmpty()) {
                    long now = System.nanoTime();
                    for (String id : db.analysed(pending)) {
                        freshness.add((now - acknowledged.remove(id)) / 1000);
                    }
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "freshness-watcher");
        watcher.start();
        LoadResult load = OpenLoop.run("POST at a fixed rate", options.freshnessRate(), options.freshness(),
                i -> post(), (response, at) -> {
                    Matcher m = ID.matcher(response.body());
                    if (m.find()) {
                        acknowledged.put(m.group(1), at);
                    }
                });
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!acknowledged.isEmpty() && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(50));
        }
        watcher.interrupt();
        ClosedLoop.join(watcher);
        Latencies all = Latencies.merge(List.of(freshness));
        report.freshness(options.freshnessRate(), load, all, acknowledged.size());
    }

    private void queries() {
        String official = firstId("SELECT id FROM readmodel.officials ORDER BY release_count DESC, id LIMIT 1");
        String district = firstId("SELECT place_id::text FROM readmodel.release_places WHERE place_kind = 'district' "
                + "GROUP BY place_id ORDER BY count(*) DESC LIMIT 1");
        String release = firstId("SELECT id FROM readmodel.releases ORDER BY received_at DESC LIMIT 1");
        Map<String, String> paths = new java.util.LinkedHashMap<>();
        paths.put("/q/health/live (trivial)", "/q/health/live");
        paths.put("/v1/releases", "/v1/releases");
        paths.put("/v1/releases/{id}", "/v1/releases/" + release);
        paths.put("/v1/officials?q=", "/v1/officials?q=" + "belediye");
        paths.put("/v1/officials/{id}", "/v1/officials/" + official);
        paths.put("/v1/districts/{id}", "/v1/districts/" + district);
        paths.put("/v1/statements?q=", "/v1/statements?q=" + "hizmet");
        String base = stack.url(Service.QUERY);
        for (Map.Entry<String, String> p : paths.entrySet()) {
            // no-cache: every answer computed afresh, the cost a change to the registry brings back
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + p.getValue()))
                    .header("Cache-Control", "no-cache").timeout(Duration.ofSeconds(30)).GET().build();
            // the same requests first, unmeasured: a steady state, not the JIT compiling each endpoint's read path
            OpenLoop.run(p.getKey(), options.queryRate(), QUERY_WARM_UP, i -> request, (response, at) -> { });
            report.query(p.getKey(), OpenLoop.run(p.getKey(), options.queryRate(), options.query(), i -> request,
                    (response, at) -> { }));
        }
    }

    private void rebuild() {
        long releases = db.count("SELECT count(DISTINCT stream_id) FROM eventstore.events");
        long events = db.count("SELECT count(*) FROM eventstore.events");
        long analyses = db.count("SELECT count(*) FROM eventstore.events WHERE type = 'ReleaseAnalyzed'");
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(stack.url(Service.ENTITY)
                            + "/v1/admin/rebuild")).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || !answer.body().contains("\"done\":true")) {
                throw new IllegalStateException("rebuild failed: " + answer.statusCode() + " " + answer.body());
            }
            // a job that stops on an error also ends with done, and an error: a failure, not a figure
            if (answer.body().contains("\"error\":")) {
                report.rebuildFailed(releases, (System.nanoTime() - start) / 1e9);
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        report.rebuild(releases, events, analyses, (System.nanoTime() - start) / 1e9);
    }

    private void versions() {
        report.version("beyan", git("rev-parse", "--short", "HEAD") + " (" + git("log", "-1", "--format=%cs") + ")");
        report.version("extractor", Extractor.NAME + " " + Extractor.VERSION);
        report.version("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        report.version("PostgreSQL", db.text("SHOW server_version") + " (embedded; synchronous_commit="
                + db.text("SHOW synchronous_commit") + ", fsync=" + db.text("SHOW fsync") + ")");
        report.version("Kafka", org.apache.kafka.common.utils.AppInfoParser.getVersion() + " (embedded, one KRaft node)");
    }

    private HttpRequest post() {
        return HttpRequest.newBuilder(URI.create(stack.url(Service.INGEST) + "/v1/releases"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(generator(), StandardCharsets.UTF_8)).build();
    }

    private HttpRequest batch() {
        StringBuilder body = new StringBuilder(BATCH_LINES * 2500);
        for (int i = 0; i < BATCH_LINES; i++) {
            body.append(generator()).append('\n');
        }
        return HttpRequest.newBuilder(URI.create(stack.url(Service.INGEST) + "/v1/releases:batch"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
    }

    /** The generator is not thread-safe, and its sequence is what makes a run repeatable. */
    private synchronized String generator() {
        return generator.nextJson();
    }

    private static boolean stored(HttpResponse<String> response) {
        return response.statusCode() == 200 || response.statusCode() == 201;
    }

    private void awaitProjected(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (db.unprojected() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("entity-service did not catch up within " + patience.toSeconds() + " s");
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private String firstId(String sql) {
        return db.text(sql);
    }

    private String git(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git", "-C", project.toString()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private void say(String message) {
        out.println("bench: " + message);
    }

    private static int median(List<String> texts) {
        int[] sizes = texts.stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).sorted().toArray();
        return sizes[sizes.length / 2];
    }

    private static void sleep(Duration d) {
        OpenLoop.sleepNanos(d.toNanos());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
