package dev.beyan.query.cache;

import dev.beyan.common.db.DatasourceConnection;
import dev.beyan.common.db.ReadModelChanges;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Which state of the read models this instance has last heard of: a number that moves on every change the
 * database announces on {@link ReadModelChanges#CHANNEL}. An answer computed while the number stood at {@code n}
 * is current for as long as it still stands at {@code n}, because a notification leaves only after its commit is
 * visible. While the listening connection is down the state is {@link #UNKNOWN}, and the number moves again once
 * the channel is listened to anew, since changes may have been missed meanwhile.
 *
 * <p>The session is the Vert.x {@link PgSubscriber}'s, its own rather than the pool's since LISTEN belongs to a
 * session; its reconnect policy brings a lost one back, LISTEN included. The subscriber does not retry a first
 * connection that fails, so that one is retried here.
 */
@ApplicationScoped
public class ReadModelGeneration {
    public static final long UNKNOWN = -1;
    /** How the listening session shows in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "beyan-query-listener";
    private static final Logger LOG = Logger.getLogger(ReadModelGeneration.class);
    private static final long RETRY_MS = 1_000;

    private final AtomicLong generation = new AtomicLong();
    private final Vertx vertx;
    private final PgSubscriber subscriber;
    private volatile boolean listening;
    private volatile boolean stopped;
    private volatile boolean failing;

    public ReadModelGeneration(Vertx vertx, DatasourceConnection datasource) {
        this.vertx = vertx;
        this.subscriber = PgSubscriber.subscriber(vertx,
                        datasource.connectOptions().addProperty("application_name", APPLICATION_NAME))
                .reconnectPolicy(attempt -> {
                    // asked when the session is lost (attempt 0) and after each reconnection that failed
                    unheard("the listening connection is lost");
                    return RETRY_MS;
                });
        subscriber.channel(ReadModelChanges.CHANNEL)
                .subscribeHandler(this::listened)
                .handler(payload -> generation.incrementAndGet());
    }

    /** The current generation, or {@link #UNKNOWN} while changes could go unheard. */
    public long current() {
        return listening ? generation.get() : UNKNOWN;
    }

    void start(@Observes StartupEvent event) {
        connect();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        listening = false;
        subscriber.closeAndForget();
    }

    private void connect() {
        subscriber.connect().subscribe().with(connected -> {
        }, failure -> {
            unheard(failure.getMessage());
            // with a session (its LISTEN failed), closing it asks the reconnect policy; without one, retry here
            if (subscriber.actualConnection() == null) {
                subscriber.close().subscribe().with(closed -> {
                    if (!stopped) {
                        vertx.setTimer(RETRY_MS, id -> connect());
                    }
                });
            }
        });
    }

    /** Runs each time the channel is listened to, after the first connection and after every reconnection. */
    private void listened() {
        generation.incrementAndGet();
        listening = true;
        if (failing) {
            LOG.info("listening for read-model changes again; answers are cached");
            failing = false;
        }
    }

    private void unheard(String why) {
        listening = false;
        // once per outage: the retries every second would otherwise flood the log
        if (!failing && !stopped) {
            LOG.warnf("cannot listen for read-model changes (%s); answers are not cached until it can, retrying "
                    + "every second", why);
            failing = true;
        }
    }
}
