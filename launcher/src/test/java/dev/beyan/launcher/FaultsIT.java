package dev.beyan.launcher;

import dev.beyan.launcher.bench.ReleaseGenerator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged stack under faults, while clients keep ingesting: each service in turn killed with SIGKILL and started
 * again, PostgreSQL killed with SIGKILL and started again (crash recovery), and the broker stopped for 30 s. Then
 * every acknowledged release must be stored exactly once and analysed exactly once, no event id may have been
 * published with two different contents, nothing may wait in the dead-letter topic, and the read models must equal
 * a rebuild from the event store, table by table. Run by {@code ./mvnw verify -Pfaults} (and CI); the release count
 * is {@code -Dbeyan.faults.releases} (default 4,000: a few minutes on two shared cores).
 */
class FaultsIT {
    private static final int RELEASES = Integer.getInteger("beyan.faults.releases", 4000);
    private static final int CLIENTS = 6;
    private static final Duration SETTLE = Duration.ofMinutes(15);
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f]{16})\"");
    private static final String TOPIC = "beyan.release-events";
    /**
     * Events after the relay's checkpoint in commit order, the order it publishes in: by transaction, then position.
     * Not by position alone: two transactions appending at once interleave their positions, so the one that commits
     * last may end on a lower position than the other's last event, which the relay has published before it.
     */
    private static final String UNRELAYED = "SELECT count(*) FROM eventstore.events WHERE (tx_id, position) > "
            + "(SELECT tx_id, position FROM eventstore.relay_checkpoint)";

    private static ControlledStack stack;
    private static Path data;
    private static final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws IOException {
        Path project = Path.of(System.getProperty("beyan.home", "..")).toAbsolutePath().normalize();
        data = Files.createTempDirectory("beyan-faults");
        stack = ControlledStack.start(project, data, Map.of("BEYAN_INGEST_WRITES_PER_SECOND", "1000000",
                "BEYAN_INGEST_WRITE_BURST", "1000000"), message -> log.add("stack: " + message));
    }

    @AfterAll
    static void stop() throws IOException {
        if (stack != null) {
            stack.close();
        }
        Path report = Path.of(System.getProperty("java.io.tmpdir"), "faults-report.txt");
        Files.write(report, log);
        log.forEach(System.out::println);
    }

    @Test
    void nothingAcknowledgedIsLostOrDoubledAndTheReadModelsEqualARebuild() throws Exception {
        String token = stack.token("faults-test", "ingest", "admin");
        ReleaseGenerator generator = new ReleaseGenerator(16);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < RELEASES; i++) {
            bodies.add(generator.nextJson());
        }
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicLong retries = new AtomicLong();
        long started = System.nanoTime();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread t = new Thread(() -> ingest(bodies, next, acknowledged, retries, token), "faults-client-" + c);
            t.start();
            clients.add(t);
        }

        fault("ingest-service killed (SIGKILL) and restarted", RELEASES / 8, acknowledged, () -> killAndRestart(Service.INGEST));
        fault("entity-service killed (SIGKILL) and restarted", RELEASES * 2 / 8, acknowledged, () -> killAndRestart(Service.ENTITY));
        fault("query-service killed (SIGKILL) and restarted", RELEASES * 3 / 8, acknowledged, () -> killAndRestart(Service.QUERY));
        fault("PostgreSQL killed (SIGKILL) and restarted", RELEASES * 4 / 8, acknowledged, () -> stack.killAndRestartPostgres());
        fault("Kafka stopped for 30 s, then started", RELEASES * 5 / 8, acknowledged, () -> stack.stopKafkaFor(Duration.ofSeconds(30)));
        for (Thread t : clients) {
            t.join();
        }
        double ingestSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(acknowledged).hasSize(RELEASES);
        log.add(String.format("%,d releases acknowledged in %.0f s by %d clients (%,d requests retried after a "
                + "refused connection, a timeout or a 5xx)", acknowledged.size(), ingestSeconds, CLIENTS, retries.get()));

        try (Connection db = DriverManager.getConnection(stack.postgres().jdbcUrl(), stack.superuser(),
                stack.superuserPassword())) {
            long settleStart = System.nanoTime();
            awaitSettled(db);
            log.add(String.format("everything relayed and projected %.0f s after the last acknowledgement",
                    (System.nanoTime() - settleStart) / 1e9));

            Set<String> stored = strings(db, "SELECT substring(stream_id from 9) FROM eventstore.events "
                    + "WHERE type = 'ReleaseReceived'");
            assertThat(stored).containsAll(acknowledged.keySet());
            assertThat(count(db, "SELECT count(*) FROM (SELECT stream_id FROM eventstore.events WHERE type = "
                    + "'ReleaseReceived' GROUP BY stream_id HAVING count(*) > 1) d")).as("streams received twice").isZero();
            assertThat(count(db, "SELECT count(*) FROM (SELECT stream_id FROM eventstore.events WHERE type = "
                    + "'ReleaseAnalyzed' GROUP BY stream_id HAVING count(*) <> 1) d")).as("streams not analysed once").isZero();
            long events = count(db, "SELECT count(*) FROM eventstore.events");
            log.add(String.format("event store: %,d releases received exactly once, each analysed exactly once; "
                    + "%,d events", stored.size(), events));

            Map<String, Set<String>> published = readTopic(TOPIC);
            Set<String> storedIds = strings(db, "SELECT event_id::text FROM eventstore.events");
            assertThat(published.keySet()).as("every stored event is on the topic").containsAll(storedIds);
            assertThat(published).as("no event id published with two contents")
                    .allSatisfy((id, contents) -> assertThat(contents).hasSize(1));
            long records = published.values().stream().mapToLong(Set::size).sum();
            assertThat(readTopic(TOPIC + ".dlq")).as("the dead-letter topic").isEmpty();
            log.add(String.format("topic: every stored event published, %,d distinct ids, each with one content; "
                    + "dead-letter topic empty", records));

            Map<String, String> live = checksums(db);
            rebuild(token);
            assertThat(checksums(db)).as("read models after a rebuild").isEqualTo(live);
            log.add("read models equal a fresh rebuild, table by table: " + live.keySet());
        }
    }

    private static void ingest(List<String> bodies, AtomicInteger next, Map<String, Integer> acknowledged,
                               AtomicLong retries, String token) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
            while (true) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(stack.url(Service.INGEST)
                                    + "/v1/releases")).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i), StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 || r.statusCode() == 201) {
                        Matcher m = ID.matcher(r.body());
                        assertThat(m.find()).as(r.body()).isTrue();
                        acknowledged.put(m.group(1), i);
                        break;
                    }
                    assertThat(r.statusCode()).as("only a server in trouble may refuse: " + r.body()).isGreaterThanOrEqualTo(500);
                } catch (IOException e) {
                    // connection refused or cut while the service or its database is down: send the same again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                retries.incrementAndGet();
                sleep(Duration.ofMillis(200));
            }
        }
    }

    private interface Fault {
        void inject() throws Exception;
    }

    /** Waits until {@code after} releases are acknowledged, then injects the fault and logs how long it took. */
    private static void fault(String name, int after, Map<String, Integer> acknowledged, Fault fault) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (acknowledged.size() < after) {
            assertThat(System.nanoTime()).as("clients stalled before " + after + " acknowledgements").isLessThan(deadline);
            sleep(Duration.ofMillis(20));
        }
        long start = System.nanoTime();
        fault.inject();
        log.add(String.format("%s at %,d acknowledged releases; back in %.1f s", name, after,
                (System.nanoTime() - start) / 1e9));
    }

    private static void killAndRestart(Service service) {
        stack.kill(service);
        sleep(Duration.ofSeconds(3));
        stack.restart(service);
    }

    private static void awaitSettled(Connection db) throws SQLException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline) {
            long unprojected = count(db, """
                    SELECT count(*) FROM eventstore.events e
                    LEFT JOIN readmodel.stream_checkpoints c ON c.stream_id = e.stream_id
                    WHERE e.stream_version > coalesce(c.version, 0)""");
            long unrelayed = count(db, UNRELAYED);
            if (unprojected == 0 && unrelayed == 0) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("not everything was relayed and projected within " + SETTLE + ": " + backlog(db)
                + "; " + health() + "; the last warnings: " + warnings());
    }

    /** What is still waiting, so that a stall names the stage that stopped. */
    private static String backlog(Connection db) throws SQLException {
        return String.format("%,d events in %,d streams unprojected, %,d unrelayed (relay checkpoint at position %,d, "
                        + "last position %,d)", count(db, """
                        SELECT count(*) FROM eventstore.events e
                        LEFT JOIN readmodel.stream_checkpoints c ON c.stream_id = e.stream_id
                        WHERE e.stream_version > coalesce(c.version, 0)"""),
                count(db, """
                        SELECT count(DISTINCT e.stream_id) FROM eventstore.events e
                        LEFT JOIN readmodel.stream_checkpoints c ON c.stream_id = e.stream_id
                        WHERE e.stream_version > coalesce(c.version, 0)"""),
                count(db, UNRELAYED),
                count(db, "SELECT position FROM eventstore.relay_checkpoint"),
                count(db, "SELECT coalesce(max(position), 0) FROM eventstore.events"));
    }

    /** Each service's full health answer (liveness and readiness with their checks). */
    private static String health() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<String> answers = new ArrayList<>();
        for (Service service : Service.values()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(stack.url(service) + "/q/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                answers.add(service.module() + " health " + r.statusCode() + " " + r.body().replaceAll("\\s+", " "));
            } catch (IOException e) {
                answers.add(service.module() + " health unanswered: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return String.join("; ", answers);
    }

    /** The last WARN and ERROR lines of each service's log, without the broker's connection noise. */
    private static String warnings() {
        List<String> lines = new ArrayList<>();
        for (Service service : Service.values()) {
            try {
                List<String> warned = Files.readAllLines(data.resolve("logs").resolve(service.module() + ".log"))
                        .stream().filter(l -> l.contains(" WARN ") || l.contains(" ERROR "))
                        .filter(l -> !l.contains("NetworkClient")).toList();
                warned.subList(Math.max(0, warned.size() - 6), warned.size())
                        .forEach(l -> lines.add(service.module() + ": " + l.substring(0, Math.min(300, l.length()))));
            } catch (IOException e) {
                lines.add(service.module() + ": log unreadable: " + e.getMessage());
            }
        }
        return String.join(" | ", lines);
    }

    private static void rebuild(String token) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        stack.url(Service.ENTITY) + "/v1/admin/rebuild")).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"done\":true").doesNotContain("\"error\"");
    }

    /** Every record of a topic, read committed, as event id (ce_id) to the distinct contents seen under it. */
    private static Map<String, Set<String>> readTopic(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Set<String>> byId = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return byId;
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                assertThat(System.nanoTime()).as("reading " + topic).isLessThan(deadline);
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    Header id = r.headers().lastHeader("ce_id");
                    String key = id == null ? "no ce_id: " + r.key() : new String(id.value(), StandardCharsets.UTF_8);
                    byId.computeIfAbsent(key, k -> new HashSet<>()).add(r.value());
                }
            }
        }
        return byId;
    }

    private static Map<String, String> checksums(Connection db) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        for (String table : strings(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'readmodel' "
                + "AND tablename <> 'flyway_history'")) {
            sums.put(table, strings(db, "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                    + "FROM readmodel." + table + " t").iterator().next());
        }
        return sums;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Set<String> strings(Connection db, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
