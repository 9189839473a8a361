package dev.beyan.entity;

import dev.beyan.common.db.SchemaMigrator;
import dev.beyan.entity.pipeline.ProjectionLag;
import dev.beyan.registry.projection.ReadModelSchema;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;


/** At start: the read-model schema (before the consumer runs), then a periodic refresh of the lag gauge. */
@ApplicationScoped
public class EntityLifecycle {
    private static final long LAG_REFRESH_MS = 5_000;

    private final SchemaMigrator migrator;
    private final ProjectionLag lag;
    private final Vertx vertx;

    public EntityLifecycle(SchemaMigrator migrator, ProjectionLag lag, Vertx vertx) {
        this.migrator = migrator;
        this.lag = lag;
        this.vertx = vertx;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        migrator.migrate(ReadModelSchema.SCHEMA, ReadModelSchema.migrations());
        vertx.setPeriodic(0, LAG_REFRESH_MS, id -> lag.measure().subscribe().with(n -> { }, e -> { }));
    }
}
