package dev.beyan.query;

import dev.beyan.common.testing.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** query-service's own datasource, as configured, cannot change anything: its role may only SELECT. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class ReadOnlyRoleTest {
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    Pool pool;

    @BeforeAll
    static void fill() {
        Registry.load();
    }

    @Test
    void rejectsEveryWriteThroughTheServicesDatasource() {
        for (String sql : List.of(
                "UPDATE readmodel.officials SET name = 'x'",
                "DELETE FROM readmodel.releases",
                "INSERT INTO readmodel.provinces (id, name, ascii, metropolitan) VALUES (99, 'x', 'x', false)",
                "TRUNCATE readmodel.statements",
                "INSERT INTO eventstore.events (stream_id, stream_version, event_id, type, schema_version, data, metadata) "
                        + "VALUES ('release-x', 1, gen_random_uuid(), 'ReleaseRetracted', 1, '{}', '{}')",
                "CREATE TABLE readmodel.intruder (id int)")) {
            Throwable failure = catchThrowable(() -> pool.query(sql).execute().await().atMost(Duration.ofSeconds(10)));
            assertThat(failure).as(sql).isInstanceOf(PgException.class);
            assertThat(((PgException) failure).getSqlState()).as(sql).isEqualTo(INSUFFICIENT_PRIVILEGE);
        }
    }

    @Test
    void readsThroughTheSameDatasource() {
        long officials = pool.query("SELECT count(*) AS n FROM readmodel.officials").execute()
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong("n");
        assertThat(officials).isEqualTo(4);
    }
}
