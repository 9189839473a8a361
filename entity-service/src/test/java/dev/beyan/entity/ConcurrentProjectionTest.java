package dev.beyan.entity;

import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.testing.Poll;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.registry.analysis.ReleaseAnalyzer;
import dev.beyan.registry.pipeline.ProjectionLock;
import dev.beyan.registry.projection.ReleaseProjector;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity resolution locks name blocks, not the registry: while one projection holds its locks uncommitted, a
 * release naming someone else projects to the end, and one naming the same person waits, then joins the same official.
 * The held projection is this test's own transaction, doing what entity-service does for a new release.
 */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class ConcurrentProjectionTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EventMetadata META = new EventMetadata("test", null, "test", null);
    private static final String DAY = "2026-02-10";
    // names no register has and no other test uses: their officials are this test's alone
    private static final String GOVERNOR = """
            (KIRKLARELİ)- Kırklareli Valisi Feridun Ağaoğlu, kentteki okul inşaatını yerinde inceledi.""";
    private static final String MAYOR = """
            (ARDAHAN)- Ardahan Belediye Başkanı Cemal Korkmaz, kentteki yeni pazar yerini açtı.""";
    private static final String MAYOR_AGAIN = """
            (ARDAHAN)- Ardahan Belediye Başkanı Cemal Korkmaz, meclis toplantısını yönetti.""";
    private static final String SOMEONE_ELSE = "(BARTIN)- Bartın Valisi Nevin Karabekir, kentteki yeni hastaneyi ziyaret etti.";

    @Inject
    PgEventStore store;
    @Inject
    ReleaseProjector projector;
    @Inject
    ReleaseAnalyzer analyzer;

    private Pool db;
    private PgEventStore events;
    private ReleaseWriter writer;

    @BeforeEach
    void open() {
        db = TestDatabase.superuserPool();
        events = new PgEventStore(db, store.codec());
        writer = new ReleaseWriter(events);
    }

    @AfterEach
    void close() {
        writer.close();
        db.closeAndAwait();
    }

    @Test
    void aReleaseNamingSomeoneElseProjectsWhileAnotherHoldsItsLocks() {
        String held = ReleaseWriter.newId();
        SqlConnection connection = db.getConnection().await().atMost(WAIT);
        try {
            Transaction tx = connection.begin().await().atMost(WAIT);
            projectUncommitted(connection, held, GOVERNOR);

            String other = ReleaseWriter.newId();
            writer.receive(other, SOMEONE_ELSE, DAY);
            awaitProjected(other);
            assertThat(officialIn(other, "nevin-karabekir")).isNotNull();

            tx.commit().await().atMost(WAIT);
        } finally {
            connection.closeAndAwait();
        }
        assertThat(officialIn(held, "feridun-agaoglu")).isNotNull();
    }

    @Test
    void aReleaseNamingTheSamePersonWaitsForTheLocksThenJoinsTheSameOfficial() {
        String held = ReleaseWriter.newId();
        String again = ReleaseWriter.newId();
        SqlConnection connection = db.getConnection().await().atMost(WAIT);
        try {
            Transaction tx = connection.begin().await().atMost(WAIT);
            projectUncommitted(connection, held, MAYOR);

            writer.receive(again, MAYOR_AGAIN, DAY);
            Poll.until("the second projection waiting on an advisory lock", WAIT, () -> query("""
                    SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'""")
                    .size() > 0);
            assertThat(checkpoint(again)).isLessThan(2);

            tx.commit().await().atMost(WAIT);
        } finally {
            connection.closeAndAwait();
        }
        awaitProjected(again);
        String official = officialIn(held, "cemal-korkmaz");
        assertThat(officialIn(again, "cemal-korkmaz")).isEqualTo(official);
        assertThat(query("SELECT release_count FROM readmodel.officials WHERE id = $1", official).iterator().next()
                .getLong("release_count")).isEqualTo(2);
    }

    /** What entity-service does with a new release, in {@code tx}, left uncommitted: receive, analyse, project. */
    private void projectUncommitted(SqlConnection tx, String id, String text) {
        String stream = ReleaseEvent.streamId(id);
        ReleaseReceived received = new ReleaseReceived(id, text, ReleaseWriter.sha(text), null, "test", null, DAY,
                "Güncel", null, null);
        events.append(stream, 0, List.of(new NewEvent(UUID.randomUUID(), received, META))).await().atMost(WAIT);
        RecordedEvent recorded = writer.history(id).get(0);
        ReleaseAnalyzed analysis = analyzer.analyze(id, text, received.source(), received.url(), recorded.streamVersion());
        ProjectionLock.sharedForStream(tx, stream)
                .chain(() -> projector.apply(tx, recorded, received))
                .chain(() -> events.append(tx, stream, 1, List.of(new NewEvent(UUID.randomUUID(), analysis, META))))
                .chain(r -> projector.applyAppendedAnalysis(tx, stream, r.version(), r.position(), analysis))
                .await().atMost(WAIT);
    }

    private void awaitProjected(String id) {
        Poll.until("release " + id + " projected", WAIT, () -> checkpoint(id) >= 2);
    }

    private long checkpoint(String id) {
        RowSet<Row> rows = query("SELECT version FROM readmodel.stream_checkpoints WHERE stream_id = $1",
                ReleaseEvent.streamId(id));
        return rows.size() == 0 ? 0 : rows.iterator().next().getLong("version");
    }

    private String officialIn(String releaseId, String nameKey) {
        RowSet<Row> rows = query("SELECT official_id FROM readmodel.release_officials WHERE release_id = $1 AND name_key = $2",
                releaseId, nameKey);
        return rows.size() == 0 ? null : rows.iterator().next().getString("official_id");
    }

    private RowSet<Row> query(String sql, Object... args) {
        return db.preparedQuery(sql).execute(Tuple.from(args)).await().atMost(WAIT);
    }
}
