package dev.beyan.launcher;

import dev.beyan.stack.DatabaseRoles;
import dev.beyan.stack.EmbeddedKafkaBroker;
import dev.beyan.stack.EmbeddedPostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The whole system on one machine: embedded PostgreSQL 17, an in-process Kafka broker, and the three services as
 * child JVMs, started in dependency order and stopped in the reverse one (services, then Kafka, then PostgreSQL).
 * {@link #close()} may run from a shutdown hook while {@link #start()} is still going: it stops what has started
 * and keeps anything else from starting.
 */
public final class LocalStack implements AutoCloseable {
    private final StackSettings settings;
    private final Home home;
    private final Consumer<String> say;
    private final Map<String, String> extraEnvironment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Deque<Running> running = new ArrayDeque<>();
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private SigningKeys keys;
    private volatile LivenessWatch watch;
    private boolean closed;

    private record Running(String name, AutoCloseable resource) {
    }

    LocalStack(StackSettings settings, Home home, Consumer<String> say) {
        this(settings, home, say, Map.of());
    }

    /** A stack whose services also get {@code extraEnvironment} (the benchmark lifts the write limit this way). */
    LocalStack(StackSettings settings, Home home, Consumer<String> say, Map<String, String> extraEnvironment) {
        this.settings = settings;
        this.home = home;
        this.say = say;
        this.extraEnvironment = Map.copyOf(extraEnvironment);
    }

    /** Starts everything and returns once every service answers ready. */
    void start() {
        keys = SigningKeys.ensure(home.jwt());
        say.accept("starting PostgreSQL 17 (data in " + home.show(home.postgresData()) + ")");
        postgres = started("PostgreSQL", () -> {
            createDirectories(home.postgresData());
            return EmbeddedPostgresServer.start(settings.postgresPort(), home.postgresData());
        });
        DatabaseRoles.ensure(postgres.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD);
        say.accept("starting Kafka (log in " + home.show(home.kafkaLog()) + ")");
        kafka = started("Kafka", () -> EmbeddedKafkaBroker.start(settings.kafkaPort(), home.kafkaLog()));
        // one after the other: ingest migrates the event store, entity the read models that query reads
        for (Service service : Service.values()) {
            Path log = home.log(service.module());
            say.accept("starting " + service.module() + " (log in " + home.show(log) + ")");
            int port = Ports.orAnyFree(settings.port(service));
            ServiceProcess process = started(service.module(), () -> ServiceProcess.start(service, port,
                    home.serviceJar(service), log, environment(service, port)));
            services.put(service, process);
            process.awaitReady(http, settings.startTimeout());
        }
        watch = new LivenessWatch(this::process, this::restartUnlessReplaced, say, LivenessWatch.PERIOD);
        watch.start();
    }

    private Map<String, String> environment(Service service, int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("BEYAN_DB_URL", postgres.reactiveUrl());
        env.put("BEYAN_DB_USER", service.dbUser());
        env.put("BEYAN_DB_PASSWORD", service.dbPassword());
        env.put("BEYAN_DB_OWNER_USER", EmbeddedPostgresServer.SUPERUSER);
        env.put("BEYAN_DB_OWNER_PASSWORD", EmbeddedPostgresServer.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKey().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", SigningKeys.ISSUER);
        env.putAll(extraEnvironment);
        return env;
    }

    StackAddresses addresses() {
        return new StackAddresses(url(Service.INGEST), url(Service.ENTITY), url(Service.QUERY), postgres.jdbcUrl(),
                EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD, kafka.bootstrapServers());
    }

    /** The key pair the services verify tokens with; made by {@link #start()}. */
    SigningKeys keys() {
        return keys;
    }

    String url(Service service) {
        return services.get(service).url();
    }

    synchronized ServiceProcess process(Service service) {
        return services.get(service);
    }

    /**
     * Starts {@code service} again on its port after it died (or was killed), and waits until it is ready; the
     * stack stops the new process on close.
     */
    synchronized void restart(Service service) {
        ServiceProcess old = services.get(service);
        old.close();
        running.removeIf(r -> r.resource() == old);
        int port = old.port();
        ServiceProcess fresh = started(service.module(), () -> ServiceProcess.start(service, port,
                home.serviceJar(service), home.log(service.module()), environment(service, port), true));
        services.put(service, fresh);
        fresh.awaitReady(http, settings.startTimeout());
    }

    /** Restarts {@code service} if {@code seen} is still its process and nobody has begun to stop it. */
    synchronized void restartUnlessReplaced(Service service, LivenessWatch.Watched seen) {
        if (services.get(service) == seen && !seen.isStopping()) {
            restart(service);
        }
    }

    EmbeddedPostgresServer postgres() {
        return postgres;
    }

    /** Stops the broker, leaves it down for {@code downtime}, and starts it again on its port with its log. */
    synchronized void stopKafkaFor(Duration downtime) throws InterruptedException {
        int port = Integer.parseInt(kafka.bootstrapServers().substring(kafka.bootstrapServers().lastIndexOf(':') + 1));
        EmbeddedKafkaBroker old = kafka;
        old.close();
        running.removeIf(r -> r.resource() == old);
        Thread.sleep(downtime.toMillis());
        kafka = started("Kafka", () -> EmbeddedKafkaBroker.start(port, home.kafkaLog()));
        // the services and PostgreSQL were started before it and must stop after it: keep Kafka below them
        Running restarted = running.pop();
        Deque<Running> services = new ArrayDeque<>();
        while (!running.isEmpty() && !(running.peek().resource() instanceof EmbeddedPostgresServer)) {
            services.push(running.pop());
        }
        running.push(restarted);
        while (!services.isEmpty()) {
            running.push(services.pop());
        }
    }

    /**
     * Kills the PostgreSQL server with SIGKILL, as a crash (it recovers from its write-ahead log on the next start),
     * and starts it again on its port with its data.
     */
    synchronized void killAndRestartPostgres() throws IOException, InterruptedException {
        int port = postgres.port();
        long pid = Long.parseLong(Files.readAllLines(home.postgresData().resolve("postmaster.pid")).get(0).trim());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            Thread.sleep(50);
        }
        EmbeddedPostgresServer dead = postgres;
        Running entry = running.stream().filter(r -> r.resource() == dead).findFirst().orElseThrow();
        try {
            dead.close(); // its stop fails (the process is gone), but it frees the data directory's lock
        } catch (RuntimeException e) {
            say.accept("the killed PostgreSQL's handle did not close cleanly: " + causes(e));
        }
        EmbeddedPostgresServer fresh = EmbeddedPostgresServer.start(port, home.postgresData());
        postgres = fresh;
        Deque<Running> above = new ArrayDeque<>();
        while (running.peek() != entry) {
            above.push(running.pop());
        }
        running.pop();
        running.push(new Running("PostgreSQL", fresh));
        while (!above.isEmpty()) {
            running.push(above.pop());
        }
    }

    private synchronized <T extends AutoCloseable> T started(String name, Supplier<T> start) {
        if (closed) {
            throw new UserError("stopped while starting");
        }
        T resource;
        try {
            resource = start.get();
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UserError("could not start " + name + ": " + causes(e));
        }
        running.push(new Running(name, resource));
        return resource;
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.close(); // outside the lock: the watch may be waiting for it to restart a service
        }
        stopAll();
    }

    private synchronized void stopAll() {
        closed = true;
        while (!running.isEmpty()) {
            Running r = running.pop();
            say.accept("stopping " + r.name());
            try {
                r.resource().close();
            } catch (Exception e) {
                say.accept("could not stop " + r.name() + " cleanly: " + causes(e));
            }
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages down the cause chain: "could not start embedded PostgreSQL: Address already in use". */
    static String causes(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (s.indexOf(m) < 0) {
                s.append(s.length() == 0 ? "" : ": ").append(m);
            }
        }
        return s.toString();
    }
}
