package dev.beyan.query.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop load generator: requests leave on a fixed schedule whatever the server does, and each latency is
 * measured from the moment its request was due, so a stalled server shows in the percentiles instead of silently
 * slowing the load (no coordinated omission). The requests go out on one Vert.x event loop over a pool of
 * keep-alive HTTP/1.1 connections, which leaves the cores to the service and the database.
 */
final class OpenLoopLoad implements AutoCloseable {
    private static final long TIMEOUT_MS = 10_000;

    record Result(String name, int rate, int requests, int errors, int cacheHits, double p50, double p90,
                  double p99, double max) {
        @Override
        public String toString() {
            return String.format("%s: %d req at %d/s, %d errors, %d cache hits; p50 %.2f ms, p90 %.2f ms, "
                    + "p99 %.2f ms, max %.2f ms", name, requests, rate, errors, cacheHits, p50, p90, p99, max);
        }
    }

    /** How one request went: its latency from when it was due, or -1 for an error; whether the cache answered. */
    private record Outcome(long nanos, boolean cacheHit) {
    }

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    private final HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
            .setConnectTimeout((int) TIMEOUT_MS), new PoolOptions().setHttp1MaxSize(128).setMaxWaitQueueSize(-1));

    /** Runs at {@code rate} for {@code duration}; {@code fresh} asks the service to bypass its answer cache. */
    Result run(String name, int rate, Duration duration, IntFunction<URI> uris, boolean fresh) {
        int total = (int) (rate * duration.toSeconds());
        long interval = 1_000_000_000L / rate;
        List<Future<Outcome>> inflight = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inflight.add(send(uris.apply(i), fresh, due));
        }
        List<Long> latencies = new ArrayList<>(total);
        int errors = 0;
        int hits = 0;
        for (Future<Outcome> f : inflight) {
            Outcome outcome = await(f);
            if (outcome.nanos() < 0) {
                errors++;
            } else {
                latencies.add(outcome.nanos());
            }
            hits += outcome.cacheHit() ? 1 : 0;
        }
        Collections.sort(latencies);
        return new Result(name, rate, total, errors, hits, ms(latencies, 0.50), ms(latencies, 0.90),
                ms(latencies, 0.99), latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1) / 1e6);
    }

    private Future<Outcome> send(URI uri, boolean fresh, long due) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(uri.getHost())
                .setPort(uri.getPort()).setURI(uri.getRawQuery() == null ? uri.getRawPath()
                        : uri.getRawPath() + '?' + uri.getRawQuery()).setIdleTimeout(TIMEOUT_MS);
        if (fresh) {
            options.addHeader("Cache-Control", "no-cache");
        }
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Outcome(
                        response.statusCode() == 200 ? System.nanoTime() - due : -1L,
                        String.valueOf(response.getHeader("Cache-Status")).endsWith("; hit"))))
                .otherwise(new Outcome(-1L, false));
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_MS * 2, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return new Outcome(-1L, false);
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
