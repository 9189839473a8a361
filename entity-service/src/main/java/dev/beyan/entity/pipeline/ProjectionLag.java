package dev.beyan.entity.pipeline;

import dev.beyan.registry.projection.ReadModelSchema;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Projection lag: how many stored events are not yet in the read models. Exposed as the gauge
 * {@code beyan_projection_lag_events} and in the readiness details; a lag does not make the service unready,
 * because catching up is exactly what it is busy doing. The query is the read models' owner's
 * ({@link ReadModelSchema#PROJECTION_LAG}).
 */
@ApplicationScoped
public class ProjectionLag {
    private final Pool pool;
    private final AtomicLong lastKnown = new AtomicLong();

    public ProjectionLag(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        Gauge.builder("beyan.projection.lag.events", lastKnown, AtomicLong::get)
                .description("events in the store not yet projected (as of the last readiness check or refresh)")
                .register(registry);
    }

    public Uni<Long> measure() {
        return pool.query(ReadModelSchema.PROJECTION_LAG).execute().map(rows -> rows.iterator().next().getLong("lag"))
                .invoke(lastKnown::set);
    }
}
