package dev.beyan.launcher.bench;

/** What one load phase measured: successful operations (each may carry several releases) per second and latency. */
record LoadResult(String name, int concurrency, long items, double seconds, double p50Millis, double p99Millis,
                  long failures) {

    double perSecond() {
        return items / seconds;
    }
}
