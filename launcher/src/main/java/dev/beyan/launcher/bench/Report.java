package dev.beyan.launcher.bench;

import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects what a run measured and writes it as the Markdown of docs/BENCHMARKS.md. */
final class Report {
    private final Machine machine;
    private final String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    private final Map<String, String> versions = new LinkedHashMap<>();
    private final List<String> ingest = new ArrayList<>();
    private final List<String> framework = new ArrayList<>();
    private final List<String> pipeline = new ArrayList<>();
    private final List<String> throughput = new ArrayList<>();
    private final List<String> queries = new ArrayList<>();
    private final List<String> memory = new ArrayList<>();
    private String ceilingTool = "pgbench";
    private LoadResult pausedAt8;

    Report(Machine machine) {
        this.machine = machine;
    }

    void version(String what, String version) {
        versions.put(what, version);
    }

    void ceilingTool(String tool) {
        ceilingTool = tool;
    }

    void ingest(LoadResult ingest, LoadResult database) {
        if (ingest.concurrency() == 8) {
            pausedAt8 = ingest;
        }
        this.ingest.add(row("single POST", ingest.concurrency(), fmt(ingest.perSecond()), ms(ingest.p50Millis()),
                ms(ingest.p99Millis()), fmt(database.perSecond()), ms(database.p50Millis()), ms(database.p99Millis()),
                pct(ingest.perSecond() / database.perSecond()) + " (target ≥ 50 %)", failures(ingest, database)));
    }

    void framework(LoadResult ingest, LoadResult trivial) {
        framework.add(row(ingest.concurrency(), fmt(ingest.perSecond()), fmt(trivial.perSecond()),
                ms(trivial.p50Millis()), ms(trivial.p99Millis()), pct(ingest.perSecond() / trivial.perSecond()),
                Long.toString(trivial.failures())));
    }

    void batch(LoadResult batch) {
        ingest.add(row("batch, " + (batch.name().replace("batch of ", "")) + " releases a request", batch.concurrency(),
                fmt(batch.perSecond()), ms(batch.p50Millis()) + " a request", ms(batch.p99Millis()) + " a request",
                "", "", "", "target 20,000 releases/s", failures(batch, null)));
    }

    void pipeline(LoadResult running, long projected, double seconds) {
        pipeline.add(row("ingest, 8 clients, entity-service running", fmt(running.perSecond()) + " releases/s",
                "p50 " + ms(running.p50Millis()) + ", p99 " + ms(running.p99Millis())));
        pipeline.add(row("the whole pipeline (ingested and projected, from the first POST to the last projection)",
                fmt(projected / seconds) + " releases/s", String.format(Locale.ROOT, "%,d releases in %.1f s", projected,
                        seconds)));
    }

    void freshness(int rate, LoadResult load, Latencies freshness, int neverSeen) {
        pipeline.add(row("freshness at " + rate + " releases/s (acknowledged to analysed in the read models)",
                "p50 " + ms(freshness.percentileMillis(50)) + ", p99 " + ms(freshness.percentileMillis(99))
                        + ", max " + ms(freshness.percentileMillis(100)) + " (target p99 ≤ 500 ms)",
                String.format(Locale.ROOT, "%,d releases; POST p50 %s, p99 %s%s", freshness.count(),
                        ms(load.p50Millis()), ms(load.p99Millis()), neverSeen > 0 ? "; " + neverSeen
                                + " not seen within 2 min" : "")));
    }

    void extraction(ExtractionSpeed.Result speed, long meanBytes) {
        throughput.add(row("extraction, one thread", String.format(Locale.ROOT,
                "%.2f MB/s (%s releases/s); %.2f MB per CPU-second", speed.bytes() / speed.wallSeconds() / 1e6,
                fmt(speed.releases() / speed.wallSeconds()), speed.bytes() / speed.cpuSeconds() / 1e6),
                String.format(Locale.ROOT, "generated releases of %d bytes on average; in the bench JVM before the "
                        + "stack starts, warm: measured for %.0f s after %.0f s of unmeasured passes", meanBytes,
                        speed.wallSeconds(), speed.warmUpSeconds())));
    }

    void projection(long projected, double seconds, long backlog) {
        throughput.add(row("projection (analysis + read models), one entity-service", fmt(projected / seconds)
                + " releases/s (target ≥ 1,000)", String.format(Locale.ROOT,
                "%,d of a backlog of %,d in %.0f s", projected, backlog, seconds)));
    }

    void rebuild(long releases, long events, long analyses, double seconds) {
        throughput.add(row("rebuild of every read model", fmt(releases / seconds) + " releases/s (target ≥ 10,000)",
                String.format(Locale.ROOT, "%,d releases, %,d events (%,d analyses) in %.1f s; "
                        + "while entity-service has a backlog", releases, events, analyses, seconds)));
    }

    void rebuildFailed(long releases, double seconds) {
        throughput.add(row("rebuild of every read model", "failed", String.format(Locale.ROOT,
                "stopped on an error after %.1f s (%,d releases; entity-service's log says why)", seconds, releases)));
    }

    void query(String endpoint, LoadResult load) {
        queries.add(row(endpoint, load.concurrency() + "/s", ms(load.p50Millis()), ms(load.p99Millis()),
                Long.toString(load.failures())));
    }

    void rss(String service, long mib) {
        memory.add(row(service + "-service", mib + " MiB"));
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Benchmarks\n\n");
        b.append("Written by `./beyan bench` (see the end for what it does); run it again to replace this file.\n\n");
        b.append("- Date: ").append(date).append('\n');
        b.append("- Machine: ").append(machine.summary()).append('\n');
        versions.forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append('\n'));
        b.append("\n## Ingest beside the database's ceiling (entity-service paused)\n\n");
        b.append("The ceiling is ").append(ceilingTool).append(" on the same PostgreSQL in the same run: one row of a "
                + "generated release's size inserted per transaction, at the same concurrency.\n\n");
        b.append("| ingest | clients | releases/s | p50 | p99 | ").append(ceilingTool).append(" rows/s | p50 | p99 | "
                + "ingest / ceiling | failed |\n|---|---|---|---|---|---|---|---|---|---|\n");
        ingest.forEach(b::append);
        if (!framework.isEmpty()) {
            b.append("\n## Single POSTs beside the framework's ceiling (the same run, right after each POST row)\n\n"
                    + "The ceiling is ingest-service's own trivial endpoint (`GET /q/health/live`) at the same "
                    + "concurrency: what the HTTP server, the JVM and the load generator cost without the request "
                    + "path.\n\n| clients | single POSTs/s | trivial requests/s | p50 | p99 | POST / trivial | failed |\n"
                    + "|---|---|---|---|---|---|---|\n");
            framework.forEach(b::append);
        }
        if (!pipeline.isEmpty()) {
            b.append("\n## The pipeline\n\n| | result | detail |\n|---|---|---|\n");
            if (pausedAt8 != null) {
                b.append(row("ingest, 8 clients, entity-service paused", fmt(pausedAt8.perSecond()) + " releases/s",
                        "p50 " + ms(pausedAt8.p50Millis()) + ", p99 " + ms(pausedAt8.p99Millis())));
            }
            pipeline.forEach(b::append);
        }
        section(b, "\n## Throughput\n\n| | result | detail |\n|---|---|---|\n", throughput);
        section(b, "\n## Queries at a fixed rate (answers computed afresh: `Cache-Control: no-cache`)\n\n"
                + "| endpoint | rate | p50 | p99 | failed |\n|---|---|---|---|---|\n", queries);
        section(b, "\n## Peak resident memory (VmHWM)\n\n| service | peak RSS |\n|---|---|\n", memory);
        b.append(METHOD);
        return b.toString();
    }

    private static final String METHOD = """

            ## How it is measured

            `./beyan bench` touches no other data: it starts PostgreSQL, Kafka and the three services
            of its own in `.beyan/bench` (removed first) on free ports, with the settings of `./beyan up`
            (`synchronous_commit=on`, `fsync=on`) and the per-client write limit lifted. Releases are generated in the
            bench JVM from the extractor's reference data (2024 mayors, members of parliament, given names and
            surnames) and beyan's own sentence templates, each one unique. The phases, in order: extraction on one
            thread (unmeasured passes until the JIT has done, then 5 s measured); a warm-up; freshness (POSTs at a
            fixed rate, each release's time from its 201 to its analysis in the read models, polled every 5 ms); the
            pipeline with entity-service running; the queries (a fixed rate, latency counted from when each request was
            due, after 2 s of the same requests unmeasured); then entity-service is paused (SIGSTOP), single POSTs run
            unmeasured until two 5 s passes in a row are no faster than the best before, and each concurrency runs the
            database ceiling, single POSTs and ingest-service's trivial endpoint back to back, then the batch endpoint;
            then entity-service resumes and its projection rate over the backlog is measured; then a rebuild of every
            read model. Clients are Java HttpClient threads in the bench JVM, one connection each, on the same machine
            as everything else (the Kafka broker runs in the bench JVM too), so every figure includes the load
            generator's own CPU. `--ingest-only` runs the warm-up and the ingest phases alone. Sizes:
            `./beyan bench --help`. What limits each figure, with profiles: [`PERFORMANCE.md`](PERFORMANCE.md).
            """;

    /** A run with {@code --ingest-only} measures no other section: it leaves them out. */
    private static void section(StringBuilder b, String heading, List<String> rows) {
        if (!rows.isEmpty()) {
            b.append(heading);
            rows.forEach(b::append);
        }
    }

    private static String row(Object... cells) {
        StringBuilder b = new StringBuilder("|");
        for (Object c : cells) {
            b.append(' ').append(c).append(" |");
        }
        return b.append('\n').toString();
    }

    private static String fmt(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.0f ms", millis);
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }

    private static String failures(LoadResult a, LoadResult b) {
        return Long.toString(a.failures() + (b == null ? 0 : b.failures()));
    }
}
