package dev.beyan.ingest.relay;

import dev.beyan.common.store.PgEventStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** This instance's relay worker: one per ingest instance, of which the elected one publishes. */
@ApplicationScoped
public class RelayService {
    private final Pool pool;
    private final PgEventStore store;
    private final EventPublisher publisher;
    private final PublishedTail tail;
    private final RelayConfig config;
    private volatile RelayWorker worker;

    public RelayService(Pool pool, PgEventStore store, EventPublisher publisher, PublishedTail tail,
                        RelayConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.store = store;
        this.publisher = publisher;
        this.tail = tail;
        this.config = config;
        Gauge.builder("beyan.relay.leader", this, s -> s.isLeader() ? 1 : 0)
                .description("1 while this instance holds the relay lock").register(registry);
        Gauge.builder("beyan.relay.published", this, s -> s.worker == null ? 0 : s.worker.publishedCount())
                .description("events this instance published since its relay last started").register(registry);
        Gauge.builder("beyan.relay.checkpoint.position", this, s -> s.worker == null ? 0 : s.worker.checkpointPosition())
                .description("global position of the last event published").register(registry);
    }

    public synchronized void start() {
        if (!config.enabled() || worker != null) {
            return;
        }
        worker = new RelayWorker(UUID.randomUUID().toString().substring(0, 8), pool, store, publisher, tail, config);
        worker.start();
    }

    public synchronized void stop() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }

    public boolean isLeader() {
        RelayWorker w = worker;
        return w != null && w.isLeader();
    }
}
