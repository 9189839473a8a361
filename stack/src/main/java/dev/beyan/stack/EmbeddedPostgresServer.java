package dev.beyan.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL 17 server from Maven artifacts (zonky), for the local stack and for tests.
 * The superuser is {@code postgres} with password {@code postgres}; the database is {@code postgres}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    public static final String SUPERUSER = "postgres";
    public static final String PASSWORD = "postgres";
    public static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a throwaway server on a free port with its data in a fresh temporary folder. */
    public static EmbeddedPostgresServer startEphemeral() {
        return start(0, null);
    }

    /**
     * Starts a server; {@code port} 0 picks a free one, a null {@code dataDirectory} makes a temporary one
     * that is removed on close, otherwise the data there survives restarts.
     * <p>
     * A commit is acknowledged only once its WAL is written ({@code synchronous_commit=on}, which the embedded
     * library turns off by default), so a crash of the server never loses what a client was told is stored. Kept
     * data is also flushed to disk ({@code fsync}); a throwaway server skips the flush,
     * which a crash of the server process alone (the fault tests' kill -9) does not need.
     */
    public static EmbeddedPostgresServer start(int port, Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** The URL form the Vert.x reactive client takes. */
    public String reactiveUrl() {
        return "postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop embedded PostgreSQL", e);
        }
    }
}
