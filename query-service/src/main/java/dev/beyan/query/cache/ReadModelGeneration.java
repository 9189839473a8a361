package dev.beyan.query.cache;

import dev.beyan.common.db.ReadModelChanges;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Which state of the read models this instance has last heard of: a number that moves on every change the
 * database announces on {@link ReadModelChanges#CHANNEL}. An answer computed while the number stood at {@code n}
 * is current for as long as it still stands at {@code n}, because a notification leaves only after its commit is
 * visible. While the listening connection is down the state is {@link #UNKNOWN}, and the number moves again on
 * reconnecting, since changes may have been missed meanwhile.
 */
@ApplicationScoped
public class ReadModelGeneration {
    public static final long UNKNOWN = -1;
    private static final Logger LOG = Logger.getLogger(ReadModelGeneration.class);
    private static final long RETRY_MS = 1_000;

    private final AtomicLong generation = new AtomicLong();
    private final Vertx vertx;
    private final PgConnectOptions options;
    private volatile boolean listening;
    private volatile PgConnection connection;
    private volatile boolean stopped;
    private volatile boolean failing;

    public ReadModelGeneration(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                               @ConfigProperty(name = "quarkus.datasource.username") String user,
                               @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
    }

    /** The current generation, or {@link #UNKNOWN} while changes could go unheard. */
    public long current() {
        return listening ? generation.get() : UNKNOWN;
    }

    void start(@Observes StartupEvent event) {
        listen();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        listening = false;
        PgConnection open = connection;
        if (open != null) {
            open.closeAndForget();
        }
    }

    /** One dedicated connection, its own rather than the pool's, since LISTEN belongs to a session. */
    private void listen() {
        PgConnection.connect(vertx, options)
                .chain(conn -> {
                    connection = conn;
                    conn.notificationHandler(notification -> generation.incrementAndGet());
                    conn.closeHandler(this::lost);
                    return conn.query("LISTEN " + ReadModelChanges.CHANNEL).execute();
                })
                .subscribe().with(listened -> {
                    generation.incrementAndGet();
                    listening = true;
                    if (failing) {
                        LOG.info("listening for read-model changes again; answers are cached");
                        failing = false;
                    }
                }, failure -> {
                    // once per outage: the retries every second would otherwise flood the log
                    if (!failing) {
                        LOG.warnf("cannot listen for read-model changes (%s); answers are not cached until it "
                                + "can, retrying every second", failure.getMessage());
                        failing = true;
                    }
                    PgConnection open = connection;
                    if (open != null) {
                        open.closeAndForget();
                    } else {
                        retry();
                    }
                });
    }

    private void lost() {
        listening = false;
        connection = null;
        retry();
    }

    private void retry() {
        if (!stopped) {
            vertx.setTimer(RETRY_MS, id -> listen());
        }
    }
}
