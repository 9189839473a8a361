package dev.beyan.launcher.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.ObjLongConsumer;

/**
 * Requests at a fixed rate whatever the answers do, each latency counted from when the request was due (not from
 * when it could be sent), so a stall shows in the percentiles instead of slowing the load down.
 */
final class OpenLoop {
    private OpenLoop() {
    }

    /** {@code answered} gets each successful answer and the nanoTime it arrived. */
    static LoadResult run(String name, int perSecond, Duration duration, IntFunction<HttpRequest> requests,
                          ObjLongConsumer<HttpResponse<String>> answered) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long total = Math.max(1, perSecond * duration.toSeconds());
        long interval = 1_000_000_000L / perSecond;
        Latencies latencies = new Latencies();
        AtomicLong failed = new AtomicLong();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                sleepNanos(wait);
            }
            inFlight.add(http.sendAsync(requests.apply(i), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        long now = System.nanoTime();
                        synchronized (latencies) {
                            latencies.add((now - due) / 1000);
                        }
                        if (error == null && response.statusCode() < 300) {
                            answered.accept(response, now);
                        } else {
                            failed.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        Latencies all = Latencies.merge(List.of(latencies));
        return new LoadResult(name, perSecond, total - failed.get(), seconds, all.percentileMillis(50),
                all.percentileMillis(99), failed.get());
    }

    static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
