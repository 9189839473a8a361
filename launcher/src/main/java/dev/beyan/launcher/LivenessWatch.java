package dev.beyan.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What Kubernetes does for the deployed services (k8s/base: a liveness probe every 10 s, restarted after 3 failures),
 * done for the local stack: a service whose {@code /q/health/live} fails {@value #FAILURES} probes in a row, or whose
 * process exited by itself, is started again. A consumer that SmallRye stopped after a failure reports itself down
 * there and would otherwise stay idle until someone restarted it by hand. A process counts failures only once it has
 * answered alive, so a slow start is never cut short, and not while the stack itself stops or kills it.
 */
final class LivenessWatch implements AutoCloseable {
    static final int FAILURES = 3;
    static final Duration PERIOD = Duration.ofSeconds(10);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    /** A service's process as the watch sees it. */
    interface Watched {
        String url();

        boolean isAlive();

        /** True once the stack has stopped or killed it (or begun to): its end is no failure. */
        boolean isStopping();
    }

    private final Function<Service, Watched> processes;
    private final BiConsumer<Service, Watched> restart;
    private final Consumer<String> say;
    private final Duration period;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<Service, Integer> failures = new EnumMap<>(Service.class);
    private final Map<Service, Watched> answeredAlive = new EnumMap<>(Service.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "liveness-watch");
        t.setDaemon(true);
        return t;
    });

    /** Probes every {@code period}; {@code restart} gets the service and the process found failing. */
    LivenessWatch(Function<Service, Watched> processes, BiConsumer<Service, Watched> restart, Consumer<String> say,
                  Duration period) {
        this.processes = processes;
        this.restart = restart;
        this.say = say;
        this.period = period;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::probeAll, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void probeAll() {
        for (Service service : Service.values()) {
            Watched process = processes.apply(service);
            if (process == null || process.isStopping()) {
                failures.remove(service);
                continue;
            }
            String failure = failure(process);
            if (failure == null) {
                answeredAlive.put(service, process);
                failures.remove(service);
                continue;
            }
            if (process.isStopping() || (process.isAlive() && answeredAlive.get(service) != process)) {
                continue;
            }
            int inARow = process.isAlive() ? failures.merge(service, 1, Integer::sum) : FAILURES;
            if (inARow >= FAILURES) {
                failures.remove(service);
                say.accept(service.module() + " " + failure + "; starting it again");
                try {
                    restart.accept(service, process);
                } catch (RuntimeException e) {
                    say.accept("could not start " + service.module() + " again: " + LocalStack.causes(e));
                }
            }
        }
    }

    /** Why the service counts as dead, or null while it is alive. */
    private String failure(Watched process) {
        if (!process.isAlive()) {
            return "exited by itself";
        }
        HttpRequest probe = HttpRequest.newBuilder(URI.create(process.url() + "/q/health/live"))
                .timeout(PROBE_TIMEOUT).GET().build();
        try {
            HttpResponse<String> r = http.send(probe, HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? null : probeFailed(r.statusCode() + " " + r.body().replaceAll("\\s+", " "));
        } catch (IOException e) {
            return probeFailed(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** What is said when the probes have failed in a row, with the last answer or error. */
    private static String probeFailed(String last) {
        return "failed its liveness probe " + FAILURES + " times in a row (last: " + last + ")";
    }

    /** Stops watching; a restart under way finishes or is refused by the closing stack. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
