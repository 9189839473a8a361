package dev.beyan.launcher.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * N clients, each on its own connection, each sending its next request as soon as the last was answered, for a
 * fixed time (or until the requests run out): the throughput a service sustains at that concurrency.
 */
final class ClosedLoop {
    private ClosedLoop() {
    }

    /**
     * @param requests  the request for the i-th send (across all clients), or null when there are no more
     * @param itemsEach how many items (releases) one successful request carries
     */
    static LoadResult run(String name, int clients, Duration duration, IntFunction<HttpRequest> requests,
                          int itemsEach, Predicate<HttpResponse<String>> ok) {
        AtomicLong sequence = new AtomicLong();
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Latencies> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            Latencies mine = new Latencies();
            latencies.add(mine);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    HttpRequest request = requests.apply((int) sequence.getAndIncrement());
                    if (request == null) {
                        return;
                    }
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        mine.add((System.nanoTime() - sent) / 1000);
                        (ok.test(response) ? succeeded : failed).incrementAndGet();
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, name + "-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            join(t);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Latencies all = Latencies.merge(latencies);
        return new LoadResult(name, clients, succeeded.get() * itemsEach, seconds, all.percentileMillis(50),
                all.percentileMillis(99), failed.get());
    }

    static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
