package dev.beyan.entity.messaging;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;

import java.net.ConnectException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that says nothing about the records being projected from one that may. An error PostgreSQL answers
 * is the records' unless its SQLSTATE class says otherwise (08 connection, 40 serialization or deadlock, 53
 * resources, 57 a server shutting down or starting up); no answer at all (a refused or closed connection, a timeout)
 * is the database's.
 */
final class Transience {
    private static final Set<String> PASSING_CLASSES = Set.of("08", "40", "53", "57");

    private Transience() {
    }

    static boolean of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg) {
                String state = pg.getSqlState();
                return state != null && state.length() >= 2 && PASSING_CLASSES.contains(state.substring(0, 2));
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof TimeoutException
                    || t instanceof io.smallrye.mutiny.TimeoutException || isClosedConnection(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClosedConnection(Throwable t) {
        return t instanceof VertxException && t.getMessage() != null
                && t.getMessage().toLowerCase(Locale.ROOT).contains("connection");
    }
}
