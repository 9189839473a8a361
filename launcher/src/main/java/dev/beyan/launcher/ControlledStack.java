package dev.beyan.launcher;

import dev.beyan.stack.EmbeddedPostgresServer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The local stack with its processes in the caller's hands, for the benchmark and the fault tests: pause and resume
 * a service (SIGSTOP / SIGCONT), kill it as a crash (SIGKILL) and start it again, read its process id.
 */
public final class ControlledStack implements AutoCloseable {
    private final LocalStack stack;

    private ControlledStack(LocalStack stack) {
        this.stack = stack;
    }

    /**
     * Starts the packaged services of {@code project} with their data under {@code data}, on free ports, each
     * service given {@code environment} on top of the usual settings; returns once every service is ready.
     */
    public static ControlledStack start(Path project, Path data, Map<String, String> environment, Consumer<String> say) {
        Home home = new Home(project.toAbsolutePath().normalize(), data.toAbsolutePath().normalize());
        StackLogging.sendTo(home.log("stack"));
        LocalStack stack = new LocalStack(StackSettings.anyFreePorts(), home, say, environment);
        try {
            stack.start();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return new ControlledStack(stack);
    }

    public String url(Service service) {
        return stack.url(service);
    }

    public long pid(Service service) {
        return stack.process(service).pid();
    }

    public void pause(Service service) {
        signal("STOP", pid(service));
    }

    public void resume(Service service) {
        signal("CONT", pid(service));
    }

    /** SIGKILL: the service dies as in a crash, without shutting down. */
    public void kill(Service service) {
        stack.process(service).kill();
    }

    /** Starts the service again on its port (its log continues) and waits until it is ready. */
    public void restart(Service service) {
        stack.restart(service);
    }

    /** Stops the broker for {@code downtime}, then starts it again with its log; returns once it is back. */
    public void stopKafkaFor(Duration downtime) throws InterruptedException {
        stack.stopKafkaFor(downtime);
    }

    /** SIGKILL to the PostgreSQL server, then a start on the same port and data (crash recovery from its WAL). */
    public void killAndRestartPostgres() throws IOException, InterruptedException {
        stack.killAndRestartPostgres();
    }

    public EmbeddedPostgresServer postgres() {
        return stack.postgres();
    }

    public String superuser() {
        return EmbeddedPostgresServer.SUPERUSER;
    }

    public String superuserPassword() {
        return EmbeddedPostgresServer.PASSWORD;
    }

    public String kafkaBootstrapServers() {
        return stack.addresses().kafkaBootstrapServers();
    }

    /** A bearer token for {@code subject} with {@code roles}, valid for a day. */
    public String token(String subject, String... roles) {
        return stack.keys().sign(subject, Set.of(roles), Duration.ofDays(1), Instant.now());
    }

    private static void signal(String name, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        stack.close();
    }
}
