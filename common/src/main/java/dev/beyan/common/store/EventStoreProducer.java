package dev.beyan.common.store;

import dev.beyan.common.json.EventCodec;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the PostgreSQL event store injectable in every service that has a reactive datasource. */
@ApplicationScoped
public class EventStoreProducer {

    @Produces
    @ApplicationScoped
    PgEventStore eventStore(Pool pool) {
        return new PgEventStore(pool, EventCodec.current());
    }
}
