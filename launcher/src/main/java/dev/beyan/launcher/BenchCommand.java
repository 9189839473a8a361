package dev.beyan.launcher;

import dev.beyan.launcher.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./beyan bench}: the sizes of a run from its options, then the {@link Benchmark}. */
@Command(name = "bench", sortOptions = false,
        description = {"Start a stack of its own (.beyan/bench, free ports), measure ingest beside pgbench's ceiling, "
                + "the pipeline, freshness, extraction, projection, rebuild, queries and memory; print the table and "
                + "write it to --out. A run takes a few minutes."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "length of each ingest and ceiling phase (${DEFAULT-VALUE})")
    private int seconds;

    @Option(names = "--clients", paramLabel = "N[,N...]", split = ",", defaultValue = "8,32",
            description = "concurrencies of single POSTs and of the ceiling (${DEFAULT-VALUE})")
    private List<Integer> clients;

    @Option(names = "--batch-releases", paramLabel = "N", defaultValue = "20000",
            description = "releases sent to the batch endpoint, 500 a request (${DEFAULT-VALUE})")
    private int batchReleases;

    @Option(names = "--freshness-rate", paramLabel = "R", defaultValue = "200",
            description = "releases per second offered while freshness is measured (${DEFAULT-VALUE})")
    private int freshnessRate;

    @Option(names = "--freshness-seconds", paramLabel = "S", defaultValue = "20",
            description = "length of the freshness phase (${DEFAULT-VALUE})")
    private int freshnessSeconds;

    @Option(names = "--projection-seconds", paramLabel = "S", defaultValue = "30",
            description = "how long projection over the backlog is measured (${DEFAULT-VALUE})")
    private int projectionSeconds;

    @Option(names = "--query-rate", paramLabel = "R", defaultValue = "100",
            description = "requests per second for each query measured (${DEFAULT-VALUE})")
    private int queryRate;

    @Option(names = "--query-seconds", paramLabel = "S", defaultValue = "5",
            description = "length of each query's phase (${DEFAULT-VALUE})")
    private int querySeconds;

    @Option(names = "--out", paramLabel = "FILE", description = "where the table goes (docs/BENCHMARKS.md; with "
            + "--ingest-only target/bench-ingest.md)")
    private Path out;

    @Option(names = "--ingest-only", description = "only the warm-up and the ingest phases (entity-service paused: "
            + "single POSTs beside the database's and the framework's ceilings, then the batch endpoint); for "
            + "profiling ingest-service")
    private boolean ingestOnly;

    private final Home home;
    private final PrintStream print;

    BenchCommand(Home home, PrintStream print) {
        this.home = home;
        this.print = print;
    }

    @Override
    public Integer call() {
        for (int n : List.of(seconds, batchReleases, freshnessRate, freshnessSeconds, projectionSeconds, queryRate,
                querySeconds)) {
            positive(n);
        }
        clients.forEach(BenchCommand::positive);
        Benchmark.Options options = new Benchmark.Options(clients, Duration.ofSeconds(seconds), batchReleases,
                freshnessRate, Duration.ofSeconds(freshnessSeconds), Duration.ofSeconds(projectionSeconds), queryRate,
                Duration.ofSeconds(querySeconds),
                out != null ? out.toAbsolutePath()
                        : home.project().resolve(ingestOnly ? "target/bench-ingest.md" : "docs/BENCHMARKS.md"),
                ingestOnly);
        try {
            new Benchmark(home.project(), options, print).run();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void positive(int n) {
        if (n <= 0) {
            throw UserError.usage("bench: sizes are positive whole numbers, not " + n);
        }
    }
}
