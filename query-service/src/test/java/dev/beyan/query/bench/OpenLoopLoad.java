package dev.beyan.query.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop load generator: requests leave on a fixed schedule whatever the server does, and each latency is
 * measured from the moment its request was due, so a stalled server shows in the percentiles instead of silently
 * slowing the load (no coordinated omission).
 */
final class OpenLoopLoad {
    record Result(String name, int rate, int requests, int errors, double p50, double p90, double p99,
                  double max) {
        @Override
        public String toString() {
            return String.format("%s: %d req at %d/s, %d errors; p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
                    name, requests, rate, errors, p50, p90, p99, max);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();

    Result run(String name, int rate, Duration duration, IntFunction<URI> uris) {
        int total = (int) (rate * duration.toSeconds());
        long interval = 1_000_000_000L / rate;
        List<CompletableFuture<Long>> inflight = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = HttpRequest.newBuilder(uris.apply(i)).timeout(Duration.ofSeconds(10)).GET().build();
            inflight.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenApply(response -> response.statusCode() == 200 ? System.nanoTime() - due : -1L)
                    .exceptionally(e -> -1L));
        }
        List<Long> latencies = new ArrayList<>(total);
        int errors = 0;
        for (CompletableFuture<Long> f : inflight) {
            long nanos = f.join();
            if (nanos < 0) {
                errors++;
            } else {
                latencies.add(nanos);
            }
        }
        Collections.sort(latencies);
        return new Result(name, rate, total, errors, ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99),
                latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1) / 1e6);
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
