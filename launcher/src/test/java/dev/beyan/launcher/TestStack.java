package dev.beyan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The whole stack for tests outside this module (client-check), which must not lean on the launcher's classes: it
 * starts {@link LocalStack} as {@link StackEndToEndIT} does (free ports, throwaway data) and hands out nothing but
 * the services' base URLs and tokens signed with the stack's key, as {@code ./beyan token} signs them.
 */
public final class TestStack implements AutoCloseable {
    private final LocalStack stack;

    private TestStack(LocalStack stack) {
        this.stack = stack;
    }

    /** Starts the stack from the packaged services of {@code project}; returns once every service is ready. */
    public static TestStack start(Path project) throws IOException {
        Home home = new Home(project.toAbsolutePath().normalize(), Files.createTempDirectory("beyan-stack"));
        LocalStack stack = new LocalStack(StackSettings.anyFreePorts(), home,
                message -> System.out.println("stack: " + message));
        try {
            stack.start();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return new TestStack(stack);
    }

    public String ingestUrl() {
        return stack.url(Service.INGEST);
    }

    public String entityUrl() {
        return stack.url(Service.ENTITY);
    }

    public String queryUrl() {
        return stack.url(Service.QUERY);
    }

    /** A bearer token for {@code subject} with {@code roles}, valid for an hour. */
    public String token(String subject, String... roles) {
        return stack.keys().sign(subject, Set.of(roles), Duration.ofHours(1), Instant.now());
    }

    @Override
    public void close() {
        stack.close();
    }
}
