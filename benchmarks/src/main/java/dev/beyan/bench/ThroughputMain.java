package dev.beyan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beyan.extract.Extractor;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs {@link ExtractorBenchmark} and prints its result as MB/s and releases/s on one thread. Then it measures the
 * same work by the CPU time of the analysing thread, which stays meaningful on a machine shared with other work
 * (where wall-clock throughput only shows the share of the CPU the benchmark got). Given a directory of articles
 * (JSON files with a {@code text} field, as in the annotated corpora, or {@code .txt} files), it measures them the
 * same way: real news is slower per byte than the generated releases (longer sentences, more names and quotes).
 */
public final class ThroughputMain {
    private static final int CPU_WARMUP_PASSES = 30;
    private static final int CPU_MEASURED_PASSES = 10;

    private ThroughputMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Options options = new OptionsBuilder().include(ExtractorBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(options).run();
        List<String> corpus = SyntheticCorpus.generate(ExtractorBenchmark.CORPUS_RELEASES,
                ExtractorBenchmark.CORPUS_SEED);
        long bytes = SyntheticCorpus.utf8Bytes(corpus);
        System.out.printf(Locale.ROOT, "%n%d releases, %.1f KB per corpus%n", corpus.size(), bytes / 1024.0);
        for (RunResult result : results) {
            double corpora = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            System.out.printf(Locale.ROOT, "JMH, 1 thread, wall clock: %.1f ± %.1f MB/s, %.0f releases/s%n",
                    corpora * bytes / 1e6, error * bytes / 1e6, corpora * corpus.size());
        }
        Extractor extractor = new Extractor();
        double cpuSeconds = cpuSecondsPerPass(extractor, corpus);
        System.out.printf(Locale.ROOT, "CPU time of the analysing thread: %.1f MB per CPU-second, %.0f releases/s%n",
                bytes / cpuSeconds / 1e6, corpus.size() / cpuSeconds);
        if (args.length > 0) {
            List<String> articles = articles(Path.of(args[0]));
            long articleBytes = SyntheticCorpus.utf8Bytes(articles);
            double articleSeconds = cpuSecondsPerPass(extractor, articles);
            System.out.printf(Locale.ROOT, "%d articles of %s (%.1f KB): %.1f MB per CPU-second, %.0f articles/s%n",
                    articles.size(), args[0], articleBytes / 1024.0, articleBytes / articleSeconds / 1e6,
                    articles.size() / articleSeconds);
        }
    }

    /** The texts of the articles in {@code dir}: the {@code text} field of each JSON file, or each text file. */
    private static List<String> articles(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".json")) {
                    texts.add(json.readTree(f.toFile()).path("text").asText());
                } else if (name.endsWith(".txt")) {
                    texts.add(Files.readString(f));
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no .json or .txt articles in " + dir);
        }
        return texts;
    }

    private static double cpuSecondsPerPass(Extractor extractor, List<String> corpus) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int sink = 0;
        for (int pass = 0; pass < CPU_WARMUP_PASSES; pass++) {
            sink += analyseAll(extractor, corpus);
        }
        long start = threads.getCurrentThreadCpuTime();
        for (int pass = 0; pass < CPU_MEASURED_PASSES; pass++) {
            sink += analyseAll(extractor, corpus);
        }
        long nanos = threads.getCurrentThreadCpuTime() - start;
        if (sink == 0) {
            throw new IllegalStateException("the corpus produced no officials");
        }
        return nanos / 1e9 / CPU_MEASURED_PASSES;
    }

    private static int analyseAll(Extractor extractor, List<String> corpus) {
        int officials = 0;
        for (String text : corpus) {
            officials += extractor.analyze(text).officials().size();
        }
        return officials;
    }
}
