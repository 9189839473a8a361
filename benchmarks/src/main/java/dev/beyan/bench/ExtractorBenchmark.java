package dev.beyan.bench;

import dev.beyan.extract.Extractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One operation analyses the whole synthetic corpus once, on one thread, so ops/s × {@link #CORPUS_RELEASES}
 * releases is releases per second and ops/s × the corpus's UTF-8 size is bytes per second ({@link ThroughputMain}
 * prints it as MB/s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractorBenchmark {
    static final int CORPUS_RELEASES = 1_000;
    static final long CORPUS_SEED = 20261125L;

    private Extractor extractor;
    private List<String> corpus;

    @Setup
    public void setUp() {
        extractor = new Extractor();
        corpus = SyntheticCorpus.generate(CORPUS_RELEASES, CORPUS_SEED);
    }

    @Benchmark
    public void analyseCorpus(Blackhole sink) {
        for (String text : corpus) {
            sink.consume(extractor.analyze(text));
        }
    }
}
