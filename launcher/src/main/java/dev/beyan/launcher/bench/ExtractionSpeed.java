package dev.beyan.launcher.bench;

import dev.beyan.extract.Extractor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The extractor's speed on one thread, warm. The JIT compiles its hot path only after many passes, and on a machine
 * shared with other work that takes tens of seconds: a fixed 3 s warm-up measured it at a twentieth of its speed.
 * So unmeasured passes run until one is no faster than the best before it, then one pass is measured, in wall
 * clock and in the thread's own CPU time (which other processes on the machine do not inflate).
 */
final class ExtractionSpeed {
    private static final Duration PASS = Duration.ofSeconds(2);
    private static final int MIN_WARM_UP_PASSES = 5;
    private static final int MAX_WARM_UP_PASSES = 30;
    /** A pass this much faster than the best before it means the JIT is still at work. */
    private static final double STILL_WARMING = 1.05;

    /** What one measured pass did, and how long the warm-up before it took. */
    record Result(long releases, long bytes, double wallSeconds, double cpuSeconds, double warmUpSeconds) {
    }

    private record Pass(long releases, long bytes, double wallSeconds, double cpuSeconds) {
        double bytesPerCpuSecond() {
            return bytes / cpuSeconds;
        }
    }

    private final Extractor extractor;
    private final List<String> texts;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private int next;

    ExtractionSpeed(Extractor extractor, List<String> texts) {
        this.extractor = extractor;
        this.texts = texts;
    }

    Result measure(Duration measured) {
        long warmUpStart = System.nanoTime();
        double best = 0;
        for (int i = 0; i < MAX_WARM_UP_PASSES; i++) {
            double rate = pass(PASS).bytesPerCpuSecond();
            if (i + 1 >= MIN_WARM_UP_PASSES && rate <= best * STILL_WARMING) {
                break;
            }
            best = Math.max(best, rate);
        }
        double warmUp = (System.nanoTime() - warmUpStart) / 1e9;
        Pass p = pass(measured);
        return new Result(p.releases(), p.bytes(), p.wallSeconds(), p.cpuSeconds(), warmUp);
    }

    private Pass pass(Duration length) {
        long releases = 0;
        long bytes = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        while (System.nanoTime() < deadline) {
            String text = texts.get(next++ % texts.size());
            extractor.analyze(text);
            releases++;
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return new Pass(releases, bytes, (System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }
}
