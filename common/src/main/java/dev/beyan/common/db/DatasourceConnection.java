package dev.beyan.common.db;

import io.smallrye.config.ConfigMapping;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Where and as whom the service's datasource connects, read from Quarkus' own {@code quarkus.datasource} settings
 * for the connections a service opens beside its pool (the migrations' fallback credentials, query-service's
 * LISTEN session), so that they can never point anywhere else than the pool does.
 */
@ConfigMapping(prefix = "quarkus.datasource")
public interface DatasourceConnection {

    Reactive reactive();

    String username();

    String password();

    /** The reactive client's settings: its URL is the one address configured. */
    interface Reactive {
        /** {@code postgresql://host:port/db}; the JDBC form is derived from it. */
        String url();
    }

    /** Options for a session of the service's own runtime role, apart from the pool. */
    default PgConnectOptions connectOptions() {
        return PgConnectOptions.fromUri(reactive().url()).setUser(username()).setPassword(password());
    }
}
