package dev.beyan.launcher.bench;

import java.util.Arrays;

/** Latencies in microseconds, collected by one thread, merged, then read as percentiles. */
final class Latencies {
    private long[] values = new long[1024];
    private int size;

    void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies p : parts) {
            for (int i = 0; i < p.size; i++) {
                all.add(p.values[i]);
            }
        }
        Arrays.sort(all.values, 0, all.size);
        return all;
    }

    int count() {
        return size;
    }

    /** The {@code p}-th percentile in milliseconds, of merged (sorted) latencies; NaN when there are none. */
    double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100.0 * size) - 1));
        return values[index] / 1000.0;
    }
}
