package dev.beyan.launcher;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class LivenessWatchTest {
    private static final Duration PERIOD = Duration.ofMillis(40);

    private HttpServer server;
    private final AtomicInteger liveStatus = new AtomicInteger(200);
    private final AtomicInteger probes = new AtomicInteger();
    private final List<Service> restarted = new CopyOnWriteArrayList<>();
    private final List<String> said = new CopyOnWriteArrayList<>();

    /** A stand-in for a service process: its liveness answer comes from the test's server. */
    private final class FakeProcess implements LivenessWatch.Watched {
        volatile boolean alive = true;
        volatile boolean stopping;

        @Override
        public String url() {
            return "http://localhost:" + server.getAddress().getPort();
        }

        @Override
        public boolean isAlive() {
            return alive;
        }

        @Override
        public boolean isStopping() {
            return stopping;
        }
    }

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/q/health/live", exchange -> {
            probes.incrementAndGet();
            byte[] body = "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"kafka consumer\",\"status\":\"DOWN\"}]}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(liveStatus.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private LivenessWatch watching(FakeProcess process) {
        LivenessWatch watch = new LivenessWatch(s -> s == Service.ENTITY ? process : null,
                (s, p) -> restarted.add(s), said::add, PERIOD);
        watch.start();
        return watch;
    }

    @Test
    void aServiceThatFailsItsLivenessProbeThreeTimesInARowIsStartedAgain() {
        try (LivenessWatch ignored = watching(new FakeProcess())) {
            await(() -> probes.get() > 0);
            liveStatus.set(503);
            await(() -> !restarted.isEmpty());
        }
        assertThat(probes.get()).isGreaterThanOrEqualTo(LivenessWatch.FAILURES);
        assertThat(restarted).first().isEqualTo(Service.ENTITY);
        assertThat(said).first().asString().contains("entity-service failed its liveness probe 3 times in a row")
                .contains("503").contains("kafka consumer").endsWith("starting it again");
    }

    @Test
    void aServiceThatExitedByItselfIsStartedAgainAtOnce() {
        FakeProcess process = new FakeProcess();
        process.alive = false;
        try (LivenessWatch ignored = watching(process)) {
            await(() -> !restarted.isEmpty());
        }
        assertThat(probes.get()).isZero();
        assertThat(said).first().asString().isEqualTo("entity-service exited by itself; starting it again");
    }

    @Test
    void aLiveServiceOneNeverYetAliveAndOneTheStackStopsAreLeftAlone() throws InterruptedException {
        FakeProcess live = new FakeProcess();
        try (LivenessWatch ignored = watching(live)) {
            await(() -> probes.get() >= 2 * LivenessWatch.FAILURES);
        }
        liveStatus.set(503);
        FakeProcess starting = new FakeProcess();
        FakeProcess killed = new FakeProcess();
        killed.alive = false;
        killed.stopping = true;
        for (FakeProcess process : List.of(starting, killed)) {
            try (LivenessWatch ignored = watching(process)) {
                Thread.sleep(PERIOD.multipliedBy(2L * LivenessWatch.FAILURES).toMillis());
            }
        }
        assertThat(restarted).isEmpty();
        assertThat(said).isEmpty();
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the watch did not act within 30 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
