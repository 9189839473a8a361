package dev.beyan.query.cache;

import dev.beyan.common.db.DatasourceConnection;
import dev.beyan.common.db.ReadModelChanges;
import dev.beyan.common.testing.LocalServers;
import dev.beyan.common.testing.Poll;
import dev.beyan.common.testing.TestDatabase;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listening session on a real PostgreSQL, through its whole life: a first connection that is refused, then
 * allowed; notifications; the session ended by the server and the subscriber's reconnection. Whenever changes could
 * have gone unheard the generation is {@link ReadModelGeneration#UNKNOWN}, and it comes back as a number never seen
 * before.
 */
class ReadModelGenerationTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ROLE = "beyan_listen_probe";
    private static final Vertx VERTX = Vertx.vertx();
    private static final Pool DB = TestDatabase.superuserPool();

    @AfterAll
    static void close() {
        DB.closeAndAwait();
        VERTX.closeAndAwait();
    }

    @Test
    void isUnknownWheneverChangesCouldGoUnheardAndMovesOnAfterwards() throws InterruptedException {
        sql("DROP ROLE IF EXISTS " + ROLE);
        sql("CREATE ROLE " + ROLE + " NOLOGIN PASSWORD 'probe'");
        ReadModelGeneration generation = new ReadModelGeneration(VERTX, probe());
        generation.start(new StartupEvent());
        try {
            // the first connection is refused and so is the retry a second later: nothing is heard meanwhile
            Thread.sleep(1_500);
            assertThat(generation.current()).isEqualTo(ReadModelGeneration.UNKNOWN);
            sql("ALTER ROLE " + ROLE + " LOGIN");
            Poll.until("listening once the role may log in", WAIT,
                    () -> generation.current() != ReadModelGeneration.UNKNOWN);

            long listened = generation.current();
            sql("NOTIFY " + ReadModelChanges.CHANNEL);
            Poll.until("the notification counted", WAIT, () -> generation.current() == listened + 1);

            long beforeLoss = generation.current();
            sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + ROLE + "'");
            Poll.until("listening again after the session was ended", WAIT,
                    () -> generation.current() > beforeLoss);
        } finally {
            generation.stop(new ShutdownEvent());
            sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + ROLE + "'");
            sql("DROP ROLE " + ROLE);
        }
    }

    private static DatasourceConnection probe() {
        String url = LocalServers.postgres().reactiveUrl();
        return new DatasourceConnection() {
            @Override
            public Reactive reactive() {
                return () -> url;
            }

            @Override
            public String username() {
                return ROLE;
            }

            @Override
            public String password() {
                return "probe";
            }
        };
    }

    private static void sql(String statement) {
        DB.query(statement).execute().await().atMost(WAIT);
    }
}
