package dev.beyan.ingest;

import dev.beyan.common.db.SchemaMigrator;
import dev.beyan.common.store.EventStoreSchema;
import dev.beyan.ingest.relay.RelayService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** At start: the event store schema first, then the relay; at stop: the relay hands over its lock. */
@ApplicationScoped
public class IngestLifecycle {
    private final SchemaMigrator migrator;
    private final RelayService relay;

    public IngestLifecycle(SchemaMigrator migrator, RelayService relay) {
        this.migrator = migrator;
        this.relay = relay;
    }

    void onStart(@Observes StartupEvent event) {
        migrator.migrate(EventStoreSchema.SCHEMA, EventStoreSchema.migrations());
        relay.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        relay.stop();
    }
}
