package dev.beyan.entity;

import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.json.EventCodec;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.testing.LocalServers;
import dev.beyan.common.testing.Poll;
import dev.beyan.common.testing.TableChecksums;
import dev.beyan.common.testing.TestTokens;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.common.testing.TestPublisher;
import io.vertx.mutiny.sqlclient.Pool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the packaged entity-service with SIGKILL in the middle of 2,000 releases, starts it again, and checks that
 * the read models it ends with are exactly what a rebuild from the event store produces, with no analysis twice.
 */
class EntityCrashRecoveryIT {
    private static final int RELEASES = 2000;
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Generous: the machine is shared, and the whole backlog is analysed on it. */
    private static final Duration CATCH_UP = Duration.ofMinutes(10);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Pool app;
    private static Pool superuser;
    private static int port;

    @BeforeAll
    static void servers() throws IOException {
        app = TestDatabase.eventStorePool();
        superuser = TestDatabase.superuserPool();
        LocalServers.kafka();
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
    }

    @AfterAll
    static void close() {
        app.closeAndAwait();
        superuser.closeAndAwait();
    }

    @Test
    void killedInTheMiddleOfTwoThousandReleasesEndsExactlyWhereARebuildDoes() throws Exception {
        PgEventStore store = new PgEventStore(app, EventCodec.current());
        List<RecordedEvent> backlog = new ArrayList<>();
        EventMetadata meta = new EventMetadata(UUID.randomUUID().toString(), null, "crash-test", null);
        for (int i = 0; i < RELEASES; i++) {
            String id = String.format("%016x", 0xc0ffee0000L + i);
            String text = SyntheticReleases.text(i);
            store.append(ReleaseEvent.streamId(id), 0, List.of(new NewEvent(UUID.randomUUID(),
                    new ReleaseReceived(id, text, Integer.toHexString(text.hashCode()), null, "crash-test", null,
                            "2024-0" + (1 + i % 9), "Güncel", null, null), meta))).await().atMost(WAIT);
            backlog.addAll(store.readStream(ReleaseEvent.streamId(id)).await().atMost(WAIT));
        }
        try (TestPublisher publisher = new TestPublisher()) {
            publisher.publishAll(backlog);
        }
        // the service starts with the whole backlog waiting, and is killed a little way into it
        Process first = start("first");
        Poll.until("a part of the releases projected", () -> checkpoints() >= RELEASES / 10);
        first.destroyForcibly().waitFor();
        assertThat(checkpoints()).isLessThan(RELEASES);

        Process second = start("second");
        try {
            Poll.until("every release projected after the restart", CATCH_UP, () -> checkpoints() == RELEASES && lag() == 0);
            Map<String, String> live = TableChecksums.of(superuser, "readmodel");
            assertThat(count("SELECT count(*) AS n FROM eventstore.events WHERE type = 'ReleaseAnalyzed' "
                    + "AND stream_id LIKE 'release-000000c0ffee%'")).isEqualTo(RELEASES);

            HttpResponse<String> rebuild = HTTP.send(HttpRequest.newBuilder(URI.create(url("/v1/admin/rebuild")))
                    .header("Authorization", "Bearer " + TestTokens.of("crash-recovery-test", "admin")).POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(rebuild.statusCode()).isEqualTo(200);
            assertThat(rebuild.body()).contains("\"done\":true").doesNotContain("\"error\"");
            assertThat(TableChecksums.of(superuser, "readmodel")).isEqualTo(live);
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static Process start(String name) throws IOException {
        File log = new File("target/entity-crash-" + name + ".log");
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-jar",
                "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(log);
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        pb.environment().put("BEYAN_DB_URL", LocalServers.postgres().reactiveUrl());
        pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", LocalServers.kafka().bootstrapServers());
        pb.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyFile().toUri().toString());
        Process process = pb.start();
        Poll.until("entity-service ready (log: " + log + ")", () -> ready() && process.isAlive());
        return process;
    }

    private static boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static long checkpoints() {
        return count("SELECT count(*) AS n FROM readmodel.stream_checkpoints "
                + "WHERE stream_id LIKE 'release-000000c0ffee%' AND version = 2");
    }

    private static long lag() {
        return count("""
                SELECT count(*) AS n FROM eventstore.events e
                LEFT JOIN readmodel.stream_checkpoints c ON c.stream_id = e.stream_id
                WHERE e.stream_version > coalesce(c.version, 0)""");
    }

    private static long count(String sql) {
        try {
            return superuser.query(sql).execute().await().atMost(WAIT).iterator().next().getLong("n");
        } catch (RuntimeException e) {
            return -1; // the read models may not exist yet before the first start has migrated them
        }
    }
}
