package dev.beyan.entity.admin;

import dev.beyan.common.event.DomainEvent;
import dev.beyan.common.store.Checkpoint;
import dev.beyan.common.store.DecodedEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.registry.pipeline.ProjectionLock;
import dev.beyan.registry.projection.ReadModelSchema;
import dev.beyan.registry.projection.ReleaseProjector;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Rebuilds every read model from the event store alone: no Kafka, no extractor (the analyses are events too). Events
 * are replayed a page at a time, each page in a few multi-row statements while the next is read. It runs in one
 * transaction holding the projection lock exclusively, so readers see the old tables until the new
 * ones are complete, and live projection waits, then resumes from the rebuilt checkpoints.
 */
@ApplicationScoped
public class Rebuild {
    private static final int PAGE = 1_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Pool pool;
    private final PgEventStore store;
    private final ReleaseProjector projector;

    public Rebuild(Pool pool, PgEventStore store, ReleaseProjector projector) {
        this.pool = pool;
        this.store = store;
        this.projector = projector;
    }

    /** Runs the rebuild, reporting progress; returns the number of events replayed. Blocking. */
    public long run(Consumer<Progress> progress) {
        long total = store.headPosition().await().atMost(TIMEOUT);
        SqlConnection tx = pool.getConnection().await().atMost(TIMEOUT);
        try {
            tx.query("BEGIN").execute().await().atMost(TIMEOUT);
            ProjectionLock.exclusive(tx).await().atMost(TIMEOUT);
            tx.query(ReadModelSchema.RESET_FOR_REBUILD).execute().await().atMost(TIMEOUT);
            long replayed = 0;
            CompletableFuture<List<DecodedEvent<DomainEvent>>> next = read(Checkpoint.START);
            List<DecodedEvent<DomainEvent>> page;
            while (!(page = Uni.createFrom().completionStage(next).await().atMost(TIMEOUT)).isEmpty()) {
                // the next page is read and decoded on another connection while this one is written
                next = read(page.get(page.size() - 1).recorded().checkpoint());
                projector.replay(tx, page).await().atMost(TIMEOUT);
                replayed += page.size();
                progress.accept(Progress.at(replayed, Math.max(total, replayed)));
            }
            projector.recomputeAggregates(tx).await().atMost(TIMEOUT);
            tx.query("COMMIT").execute().await().atMost(TIMEOUT);
            return replayed;
        } catch (RuntimeException e) {
            tx.query("ROLLBACK").execute().onFailure().recoverWithNull().await().atMost(TIMEOUT);
            throw e;
        } finally {
            tx.close().onFailure().recoverWithNull().await().atMost(TIMEOUT);
        }
    }

    /**
     * The page after {@code at}, read outside the rebuild's transaction: the store's gap-safe read stops before the
     * oldest transaction still running, which the rebuild's own keeps at or before its start, as a read inside it does.
     */
    private CompletableFuture<List<DecodedEvent<DomainEvent>>> read(Checkpoint at) {
        return store.readAll(pool, at, PAGE, DomainEvent.class).subscribeAsCompletionStage();
    }
}
