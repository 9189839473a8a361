package dev.beyan.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;
import java.util.Locale;

/** Runs {@link ExtractorBenchmark} and prints its result as MB/s and releases/s on one thread. */
public final class ThroughputMain {
    private ThroughputMain() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(ExtractorBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(options).run();
        long bytes = SyntheticCorpus.utf8Bytes(
                SyntheticCorpus.generate(ExtractorBenchmark.CORPUS_RELEASES, ExtractorBenchmark.CORPUS_SEED));
        for (RunResult result : results) {
            double corpora = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            System.out.printf(Locale.ROOT, "%n%d releases, %.1f KB per corpus%n", ExtractorBenchmark.CORPUS_RELEASES,
                    bytes / 1024.0);
            System.out.printf(Locale.ROOT, "extractor throughput, 1 thread: %.1f ± %.1f MB/s, %.0f releases/s%n",
                    corpora * bytes / 1e6, error * bytes / 1e6, corpora * ExtractorBenchmark.CORPUS_RELEASES);
        }
    }
}
