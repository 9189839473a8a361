package dev.beyan.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code up}: starts the stack, loads the seeds, records the addresses and runs until Ctrl-C (or
 * {@code ./beyan down}), which stops everything in order. With {@code --detach} it runs in the background instead.
 */
@Command(name = "up", sortOptions = false,
        description = {"Start PostgreSQL, Kafka and the three services, load seeds/ and print the addresses (also "
                + "written to .beyan/stack.env); Ctrl-C stops everything. Data survives down and up.",
                "Each port option falls back to its variable, then to its default; port 0 means any free port."})
final class UpCommand implements Callable<Integer> {
    static final String DETACH = "--detach";
    static final String FRESH = "--fresh";
    /** Set by {@link DetachedStack} on the launcher it starts; only changes the closing hint. */
    static final String BACKGROUND = "--background";

    @Option(names = DETACH, description = "run in the background and return once ready")
    private boolean detach;

    @Option(names = FRESH, description = "start from empty data")
    private boolean fresh;

    @Option(names = BACKGROUND, hidden = true)
    private boolean background;

    @Mixin
    private StackOptions stack = new StackOptions();

    private final Home home;
    private final PrintStream out;
    private final PrintStream err;

    UpCommand(Home home, PrintStream out, PrintStream err) {
        this.home = home;
        this.out = out;
        this.err = err;
    }

    StackSettings settings() {
        return stack.settings();
    }

    @Override
    public Integer call() {
        if (detach) {
            List<String> inBackground = new ArrayList<>(stack.asArguments());
            if (fresh) {
                inBackground.add(FRESH);
            }
            return new DetachedStack(home, out).launch(inBackground);
        }
        runUntilStopped(stack.settings(), fresh, background);
        return 0;
    }

    private void runUntilStopped(StackSettings settings, boolean fresh, boolean background) {
        StackLock lock = StackLock.acquire(home.pidFile());
        StackEnv.delete(home.stackEnv());
        if (fresh) {
            wipeData();
        }
        refuseTakenPorts(settings);
        for (Service service : Service.values()) {
            if (!Files.isRegularFile(home.serviceJar(service))) {
                throw new UserError(service.module() + " is not built (" + home.show(home.serviceJar(service))
                        + " is missing): run ./mvnw -DskipTests install, or just ./beyan up");
            }
        }
        StackLogging.sendTo(home.log("stack"));
        LocalStack stack = new LocalStack(settings, home, this::say);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            StackEnv.delete(home.stackEnv());
            stack.close();
            lock.close();
            say("stopped");
        }, "beyan-stop"));
        stack.start();
        String token = writeToken(stack.keys());
        loadSeeds(stack.url(Service.INGEST), token);
        out.println("beyan is up:");
        Map<String, String> addresses = stack.addresses().toEnv();
        Banner.print(out, addresses, home);
        out.println(background ? "./beyan down stops it." : "Ctrl-C stops it.");
        out.flush();
        StackEnv.write(home.stackEnv(), stack.addresses());
        awaitShutdown();
    }

    /** A token with roles ingest and admin for this machine's user, kept where the other commands look. */
    private String writeToken(SigningKeys keys) {
        String token = keys.sign(System.getProperty("user.name"), Set.of("ingest", "admin"), TokenCommand.DEFAULT_TTL,
                Instant.now());
        try {
            SigningKeys.writeOwnerOnly(home.token(), token + "\n");
        } catch (IOException e) {
            throw new UserError("could not write " + home.token() + ": " + e.getMessage());
        }
        return token;
    }

    private void loadSeeds(String ingestUrl, String token) {
        Path seeds = home.seeds();
        if (!Files.isDirectory(seeds)) {
            return;
        }
        say("loading " + home.show(seeds) + "/");
        HttpClient http = HttpClient.newHttpClient();
        boolean clean = new Ingester(new IngestClient(ingestUrl, http, Optional.of(token)), out, err)
                .ingest(ReleaseFiles.expand(List.of(home.show(seeds))));
        if (!clean) {
            say("some seeds were rejected (above); the stack runs on");
        }
    }

    private void refuseTakenPorts(StackSettings settings) {
        Set<String> taken = new LinkedHashSet<>();
        checkPort(taken, settings.postgresPort(), "PostgreSQL", "--pg-port / BEYAN_PG_PORT");
        checkPort(taken, settings.kafkaPort(), "Kafka", "--kafka-port / BEYAN_KAFKA_PORT");
        for (Service s : Service.values()) {
            checkPort(taken, settings.port(s), s.module(),
                    "--" + s.shortName() + "-port / BEYAN_" + s.shortName().toUpperCase(Locale.ROOT) + "_PORT");
        }
        if (!taken.isEmpty()) {
            throw new UserError("cannot start: " + String.join("; ", taken));
        }
    }

    private static void checkPort(Set<String> taken, int port, String what, String howToChange) {
        if (port > 0 && !Ports.isFree(port)) {
            taken.add("port " + port + " for " + what + " is taken (choose another with " + howToChange + ")");
        }
    }

    /** Removes the database and the broker's log; the logs folder stays, a detached launcher is writing there. */
    private void wipeData() {
        say("--fresh: removing the data in " + home.show(home.data()));
        for (Path p : List.of(home.postgresData(), home.kafkaLog(), home.data().resolve("kafka.properties"))) {
            deleteRecursively(p);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UserError("could not remove " + root + ": " + e.getMessage());
        }
    }

    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void say(String message) {
        out.println("beyan: " + message);
        out.flush();
    }
}
