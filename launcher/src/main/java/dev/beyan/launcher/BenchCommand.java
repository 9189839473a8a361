package dev.beyan.launcher;

import dev.beyan.launcher.bench.Benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code ./beyan bench}: the sizes of a run from its options, then the {@link Benchmark}. */
final class BenchCommand {
    static final String USAGE = """
              bench [--seconds 10] [--clients 8,32] [--batch-releases 20000] [--freshness-rate 200]
                    [--freshness-seconds 20] [--projection-seconds 30] [--query-rate 100] [--query-seconds 5]
                    [--out docs/BENCHMARKS.md]
                                        start a stack of its own (.beyan/bench, free ports), measure ingest beside
                                        pgbench's ceiling, the pipeline, freshness, extraction, projection, rebuild,
                                        queries and memory; print the table and write it to --out (a few minutes)
            """;
    private static final Set<String> OPTIONS = Set.of("--seconds", "--clients", "--batch-releases", "--freshness-rate",
            "--freshness-seconds", "--projection-seconds", "--query-rate", "--query-seconds", "--out");

    private final Home home;
    private final Args args;
    private final PrintStream out;

    BenchCommand(Home home, List<String> argv, PrintStream out) {
        this.home = home;
        this.args = Args.parse("bench", argv, Set.of(), OPTIONS);
        this.out = out;
        if (!args.positionals().isEmpty()) {
            throw UserError.usage("bench: unexpected argument " + args.positionals().get(0));
        }
    }

    int run() {
        String outFile = args.option("--out");
        Benchmark.Options options = new Benchmark.Options(clients(), seconds("--seconds", 10),
                number("--batch-releases", 20000), number("--freshness-rate", 200), seconds("--freshness-seconds", 20),
                seconds("--projection-seconds", 30), number("--query-rate", 100), seconds("--query-seconds", 5),
                outFile != null ? Path.of(outFile).toAbsolutePath() : home.project().resolve("docs/BENCHMARKS.md"));
        try {
            new Benchmark(home.project(), options, out).run();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Integer> clients() {
        String value = args.option("--clients");
        List<Integer> clients = new ArrayList<>();
        for (String c : (value == null ? "8,32" : value).split(",")) {
            clients.add(positive("--clients", c));
        }
        return clients;
    }

    private Duration seconds(String option, int fallback) {
        return Duration.ofSeconds(number(option, fallback));
    }

    private int number(String option, int fallback) {
        String value = args.option(option);
        return value == null ? fallback : positive(option, value);
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw UserError.usage("bench: " + option + " takes a positive whole number, not '" + value + "'");
    }
}
