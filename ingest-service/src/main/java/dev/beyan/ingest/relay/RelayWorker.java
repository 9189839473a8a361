package dev.beyan.ingest.relay;

import dev.beyan.common.store.Checkpoint;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.subscription.CommitOrderCheckpoint;
import dev.beyan.common.subscription.Subscription;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tails the event store in commit order and publishes every event, a page at a time: the page's events are handed
 * to the producer together (in order, so each partition keeps it), and the checkpoint advances once the broker has
 * acknowledged all of them, or up to the first it refused. Of all instances, only the one holding a PostgreSQL
 * session advisory lock relays; the lock lives and dies with its connection, so a crashed leader frees it and a
 * standby takes over from the checkpoint, skipping the events after it that are already on the topic (a crash
 * between the broker's acknowledgements and the save) up to the first that is not. An event too large for any record
 * the producer sends is left out by the publisher and counts as done, so it cannot hold up the events after it. Its
 * lock key and checkpoint are those of {@link Subscription#RELAY}.
 */
public final class RelayWorker implements AutoCloseable {
    private static final CommitOrderCheckpoint CHECKPOINT = new CommitOrderCheckpoint(Subscription.RELAY);
    private static final Logger LOG = Logger.getLogger(RelayWorker.class);
    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final Pool pool;
    private final PgEventStore store;
    private final EventPublisher publisher;
    private final PublishedTail tail;
    private final RelayConfig config;
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running = true;
    private volatile boolean leader;
    private volatile long checkpointPosition;
    private volatile SqlConnection connection;
    private final Thread thread;

    public RelayWorker(String name, Pool pool, PgEventStore store, EventPublisher publisher, PublishedTail tail,
                       RelayConfig config) {
        this.name = name;
        this.pool = pool;
        this.store = store;
        this.publisher = publisher;
        this.tail = tail;
        this.config = config;
        this.thread = new Thread(this::run, "relay-" + name);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    public boolean isLeader() {
        return leader;
    }

    public long publishedCount() {
        return published.get();
    }

    public long checkpointPosition() {
        return checkpointPosition;
    }

    private void run() {
        while (running) {
            try {
                connection = pool.getConnection().await().atMost(DB_TIMEOUT);
                if (tryLock(connection)) {
                    leader = true;
                    LOG.infof("relay %s is the leader", name);
                    relayWhileRunning(connection);
                } else {
                    pause(config.standbyInterval());
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("relay %s: %s; retrying in %s", name, e.getMessage(), config.retryBackoff());
                    pause(config.retryBackoff());
                }
            } finally {
                leader = false;
                closeConnection();
            }
        }
    }

    private void relayWhileRunning(SqlConnection conn) {
        Checkpoint saved = readCheckpoint(conn);
        Checkpoint at = alreadyPublished(conn, saved);
        if (at.compareTo(saved) > 0) {
            LOG.infof("relay %s: resuming after %s, already on the topic beyond the saved checkpoint", name, at);
            saveCheckpoint(conn, at);
        }
        while (running) {
            List<RecordedEvent> batch = store.readAll(conn, at, config.batchSize()).await().atMost(DB_TIMEOUT);
            if (batch.isEmpty()) {
                pause(config.pollInterval());
                continue;
            }
            List<Boolean> acknowledged = publishAll(batch);
            int done = acknowledged.indexOf(false) < 0 ? batch.size() : acknowledged.indexOf(false);
            if (done > 0) {
                at = batch.get(done - 1).checkpoint();
                saveCheckpoint(conn, at);
                published.addAndGet(done);
            }
            if (done < batch.size()) {
                throw new IllegalStateException("the broker did not acknowledge event " + batch.get(done).eventId());
            }
        }
    }

    /** Hands every event to the producer at once and waits for each acknowledgement; true where one came. */
    private List<Boolean> publishAll(List<RecordedEvent> batch) {
        List<Uni<Boolean>> sends = new ArrayList<>(batch.size());
        for (RecordedEvent event : batch) {
            sends.add(publisher.publish(event).replaceWith(true).onFailure().recoverWithItem(false));
        }
        return Uni.join().all(sends).andFailFast().await().atMost(config.publishTimeout());
    }

    /**
     * The checkpoint after the events that follow {@code saved} in the store and are already on the topic, up to
     * the first that is not: only those can be skipped without a gap, whatever order the broker took them in. An
     * event too large to publish is never on the topic; it is passed over when an event after it is there, as the
     * leader that published that one had handed it over (and left it out) too.
     */
    private Checkpoint alreadyPublished(SqlConnection conn, Checkpoint saved) {
        Set<UUID> onTopic = tail.recentEventIds(2 * config.batchSize());
        Checkpoint confirmed = saved;
        Checkpoint at = saved;
        while (!onTopic.isEmpty()) {
            List<RecordedEvent> page = store.readAll(conn, at, config.batchSize()).await().atMost(DB_TIMEOUT);
            for (RecordedEvent event : page) {
                if (onTopic.contains(event.eventId())) {
                    confirmed = event.checkpoint();
                } else if (publisher.fits(event)) {
                    return confirmed;
                }
                at = event.checkpoint();
            }
            if (page.isEmpty()) {
                return confirmed;
            }
        }
        return confirmed;
    }

    private static boolean tryLock(SqlConnection conn) {
        return conn.preparedQuery("SELECT pg_try_advisory_lock($1) AS locked")
                .execute(Tuple.of(Subscription.RELAY.lockKey()))
                .await().atMost(DB_TIMEOUT).iterator().next().getBoolean("locked");
    }

    private Checkpoint readCheckpoint(SqlConnection conn) {
        Checkpoint at = CHECKPOINT.read(conn).await().atMost(DB_TIMEOUT);
        checkpointPosition = at.position();
        return at;
    }

    private void saveCheckpoint(SqlConnection conn, Checkpoint at) {
        CHECKPOINT.save(conn, at).await().atMost(DB_TIMEOUT);
        checkpointPosition = at.position();
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeConnection() {
        SqlConnection c = connection;
        connection = null;
        if (c != null) {
            try {
                // pooled connections outlive close(): release the session lock before handing it back
                c.query("SELECT pg_advisory_unlock_all()").execute().await().atMost(DB_TIMEOUT);
                c.closeAndAwait();
            } catch (RuntimeException e) {
                LOG.debugf("relay %s: closing its connection failed: %s", name, e.getMessage());
            }
        }
    }

    /** Stops relaying after the event in hand and releases the lock, so a standby takes over. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(config.publishTimeout().toMillis() + DB_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
