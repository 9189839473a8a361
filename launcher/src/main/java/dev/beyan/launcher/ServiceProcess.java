package dev.beyan.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM from its packaged jar, its output in its own log. It runs in a session of
 * its own, so a Ctrl-C in the terminal reaches only the launcher, which then stops the services in order.
 */
final class ServiceProcess implements LivenessWatch.Watched, AutoCloseable {
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(300);
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Service service;
    private final int port;
    private final Path log;
    private final Process process;
    private volatile boolean stopping;

    private ServiceProcess(Service service, int port, Path log, Process process) {
        this.service = service;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ServiceProcess start(Service service, int port, Path jar, Path log, Map<String, String> env) {
        return start(service, port, jar, log, env, false);
    }

    /** With {@code appendLog}, a restarted service's log continues the old one's. */
    static ServiceProcess start(Service service, int port, Path jar, Path log, Map<String, String> env,
                                boolean appendLog) {
        if (!Files.isRegularFile(jar)) {
            throw new UserError(service.module() + " is not built: " + jar + " is missing; build it with"
                    + " ./mvnw -DskipTests install (./beyan does that when it is missing)");
        }
        ProcessBuilder builder = new ProcessBuilder(command(service, jar))
                .redirectErrorStream(true)
                .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log.toFile())
                        : ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            return new ServiceProcess(service, port, log, builder.start());
        } catch (IOException e) {
            throw new UserError("could not start " + service.module() + ": " + e.getMessage());
        }
    }

    /** The command line of the service's JVM, in a session of its own where setsid exists. */
    static List<String> command(Service service, Path jar) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + service.maxHeap());
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    @Override
    public String url() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public boolean isStopping() {
        return stopping;
    }

    /** SIGKILL, as a crash: no shutdown hook runs. Returns once the process is gone. */
    void kill() {
        stopping = true;
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until {@code /q/health/ready} answers 200: the service reached its database and its broker. */
    void awaitReady(HttpClient http, Duration timeout) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                if (stopping) {
                    throw new UserError("stopped while " + service.module() + " was starting");
                }
                throw new UserError(service.module() + " stopped while starting (exit code " + process.exitValue()
                        + "); its log " + log + " ends with:" + LogTail.of(log));
            }
            if (answersReady(http, probe)) {
                return;
            }
            sleep(POLL);
        }
        throw new UserError(service.module() + " was not ready after " + timeout.toSeconds() + " s (" + probe.uri()
                + " never answered 200); see its log " + log + LogTail.of(log));
    }

    private static boolean answersReady(HttpClient http, HttpRequest probe) {
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while waiting for the services");
        }
    }

    /** SIGTERM, so that Quarkus shuts down gracefully (the relay hands over its lock); killed after a grace period. */
    @Override
    public void close() {
        stopping = true;
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while waiting for the services");
        }
    }
}
