package dev.beyan.entity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.json.Json;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.store.StreamAppend;
import dev.beyan.common.testing.Poll;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.common.testing.TestPublisher;
import dev.beyan.entity.admin.Rebuild;
import dev.beyan.registry.analysis.ReleaseAnalyzer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures projection and rebuild throughput on the real servers, for docs/PERFORMANCE.md; prints figures and
 * asserts nothing about time. Skipped unless {@code -Dbeyan.measure.releases=FILE} names a file of releases, one
 * JSON body of {@code POST /v1/releases} a line (the bench's generator writes them). The first
 * {@code beyan.measure.projection} (default 2,000) are published like the relay does and the backlog timed until
 * every one is analysed and projected; the next {@code beyan.measure.rebuild} (default 20,000) are written to the
 * store already analysed, and a rebuild of everything is timed.
 */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class ThroughputMeasurementTest {
    private static final Duration WAIT = Duration.ofMinutes(10);
    private static final EventMetadata META = new EventMetadata("measure", null, "measure", null);
    private static final int CHUNK = 500;

    @Inject
    PgEventStore store;
    @Inject
    ReleaseAnalyzer analyzer;
    @Inject
    Rebuild rebuild;

    @Test
    void projectionAndRebuild() throws IOException {
        String file = System.getProperty("beyan.measure.releases");
        assumeTrue(file != null, "set -Dbeyan.measure.releases=FILE to measure");
        int projected = Integer.getInteger("beyan.measure.projection", 2_000);
        int rebuilt = Integer.getInteger("beyan.measure.rebuild", 20_000);
        List<ReleaseReceived> releases = read(Path.of(file), projected + rebuilt);
        Pool db = TestDatabase.superuserPool();
        PgEventStore writer = new PgEventStore(db, store.codec());
        try (TestPublisher publisher = new TestPublisher()) {
            List<ReleaseReceived> live = releases.subList(0, Math.min(projected, releases.size()));
            List<String> streams = live.stream().map(r -> ReleaseEvent.streamId(r.releaseId())).toList();
            appendReceived(writer, live);
            List<RecordedEvent> received = new ArrayList<>();
            for (String s : streams) {
                received.addAll(writer.readStream(s).await().atMost(WAIT));
            }
            long start = System.nanoTime();
            publisher.publishAll(received);
            Poll.until("the backlog projected", WAIT, () -> db.preparedQuery(
                            "SELECT count(*) AS n FROM readmodel.stream_checkpoints WHERE stream_id = ANY($1) AND version >= 2")
                    .execute(Tuple.of(streams.toArray(String[]::new))).await().atMost(WAIT)
                    .iterator().next().getLong("n") == streams.size());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("MEASURED projection: %d releases in %.1f s: %.0f releases/s%n", live.size(), seconds,
                    live.size() / seconds);

            List<ReleaseReceived> old = releases.subList(live.size(), releases.size());
            appendReceived(writer, old);
            appendAnalyses(writer, old);
            long events = db.query("SELECT count(*) AS n FROM eventstore.events").execute().await().atMost(WAIT)
                    .iterator().next().getLong("n");
            long[] replayedAt = new long[1];
            start = System.nanoTime();
            long replayed = rebuild.run(p -> replayedAt[0] = System.nanoTime());
            seconds = (System.nanoTime() - start) / 1e9;
            double replaying = (replayedAt[0] - start) / 1e9;
            long total = db.query("SELECT count(*) AS n FROM readmodel.releases").execute().await().atMost(WAIT)
                    .iterator().next().getLong("n");
            System.out.printf("MEASURED rebuild: %d releases, %d events (%d in the store) in %.1f s: %.0f releases/s, "
                    + "%.0f events/s; replay %.1f s, then identities and aggregates %.1f s%n", total, replayed, events,
                    seconds, total / seconds, replayed / seconds, replaying, seconds - replaying);
        } finally {
            db.closeAndAwait();
        }
    }

    private static List<ReleaseReceived> read(Path file, int limit) throws IOException {
        List<ReleaseReceived> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (out.size() == limit) {
                break;
            }
            JsonNode r = Json.MAPPER.readTree(line);
            String text = r.get("text").asText();
            out.add(new ReleaseReceived(ReleaseWriter.newId(), text, ReleaseWriter.sha(text),
                    r.get("externalId").asText(), r.get("source").asText(), null, r.get("publishedAt").asText(),
                    r.get("category").asText(), null, null));
        }
        return out;
    }

    private static void appendReceived(PgEventStore writer, List<ReleaseReceived> releases) {
        append(writer, releases.stream().map(r -> new StreamAppend(ReleaseEvent.streamId(r.releaseId()), 0,
                new NewEvent(UUID.randomUUID(), r, META))).toList());
    }

    /** The analyses entity-service would have appended, computed here on every core. */
    private void appendAnalyses(PgEventStore writer, List<ReleaseReceived> releases) {
        List<StreamAppend> analyses = releases.parallelStream().map(r -> {
            ReleaseAnalyzed a = analyzer.analyze(r.releaseId(), r.text(), r.source(), r.url(), 1);
            return new StreamAppend(ReleaseEvent.streamId(r.releaseId()), 1, new NewEvent(UUID.randomUUID(), a, META));
        }).toList();
        append(writer, analyses);
    }

    private static void append(PgEventStore writer, List<StreamAppend> appends) {
        for (int i = 0; i < appends.size(); i += CHUNK) {
            writer.appendToEach(appends.subList(i, Math.min(appends.size(), i + CHUNK))).await().atMost(WAIT);
        }
    }
}
