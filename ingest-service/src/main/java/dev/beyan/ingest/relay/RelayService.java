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
    private final RelayConfig config;
    private final MeterRegistry registry;
    private RelayWorker worker;

    public RelayService(Pool pool, PgEventStore store, EventPublisher publisher, RelayConfig config,
                        MeterRegistry registry) {
        this.pool = pool;
        this.store = store;
        this.publisher = publisher;
        this.config = config;
        this.registry = registry;
    }

    public synchronized void start() {
        if (!config.enabled() || worker != null) {
            return;
        }
        worker = new RelayWorker(UUID.randomUUID().toString().substring(0, 8), pool, store, publisher, config);
        Gauge.builder("beyan.relay.leader", worker, w -> w.isLeader() ? 1 : 0)
                .description("1 while this instance holds the relay lock").register(registry);
        Gauge.builder("beyan.relay.published", worker, RelayWorker::publishedCount)
                .description("events this instance published").register(registry);
        Gauge.builder("beyan.relay.checkpoint.position", worker, RelayWorker::checkpointPosition)
                .description("global position of the last event published").register(registry);
        worker.start();
    }

    public synchronized void stop() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }

    public boolean isLeader() {
        return worker != null && worker.isLeader();
    }
}
