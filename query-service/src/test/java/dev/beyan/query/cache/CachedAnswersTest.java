package dev.beyan.query.cache;

import dev.beyan.common.testing.Poll;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.query.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class CachedAnswersTest {
    private static String dogruer;
    private static final String HIT = "beyan; hit";

    @BeforeAll
    static void fill() {
        Registry.load();
    }

    /** Kemal Doğruer's path, found through his old id once the test's HTTP port is set. */
    private static String officialPath() {
        if (dogruer == null) {
            dogruer = Registry.official("kemal-dogruer");
        }
        return "/v1/officials/" + dogruer;
    }

    @Test
    void servesTheSameAnswerFromTheCacheUntilAProjectionCommits() {
        Response first = cachedAnswer(officialPath());
        Response second = given().get(officialPath());
        assertThat(second.header(CachedAnswers.CACHE_STATUS)).isEqualTo(HIT);
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());

        // what a projection does: change a read model and move a checkpoint, in one transaction
        projectName("Kemal Doğruer (renamed)");
        try {
            Poll.until("the renamed official is served", () ->
                    "Kemal Doğruer (renamed)".equals(given().get(officialPath()).jsonPath().getString("name")));
        } finally {
            projectName("Kemal Doğruer");
        }
        Poll.until("the original name is served again", () ->
                "Kemal Doğruer".equals(given().get(officialPath()).jsonPath().getString("name")));
    }

    @Test
    void answersNotModifiedFromTheCache() {
        String etag = cachedAnswer(officialPath()).header("ETag");
        given().header("If-None-Match", etag).get(officialPath()).then().statusCode(304)
                .header(CachedAnswers.CACHE_STATUS, HIT).header("ETag", etag);
    }

    @Test
    void computesAfreshWhenTheClientAsksForNoCache() {
        cachedAnswer(officialPath());
        given().header("Cache-Control", "no-cache").get(officialPath()).then().statusCode(200)
                .header(CachedAnswers.CACHE_STATUS, "beyan; fwd=request");
    }

    @Test
    void servesAChangeItMissedOnceTheDroppedConnectionIsBack() {
        cachedAnswer(officialPath());
        // a change whose notification never comes: while listening, the kept answer stands
        renameUnannounced("Kemal Doğruer (unheard)");
        try {
            assertThat(given().get(officialPath()).header(CachedAnswers.CACHE_STATUS)).isEqualTo(HIT);
            List<Boolean> terminated = new ArrayList<>();
            TestDatabase.superuserPool().preparedQuery("""
                            SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
                            WHERE application_name = $1 AND usename = 'beyan_query'""")
                    .execute(Tuple.of(ReadModelGeneration.APPLICATION_NAME)).await().indefinitely()
                    .forEach(row -> terminated.add(row.getBoolean("terminated")));
            assertThat(terminated).as("the listening session, ended").containsExactly(true);
            // the subscriber reconnects and listens again; what it may have missed meanwhile is computed afresh
            Poll.until("the change made unannounced is served", () ->
                    "Kemal Doğruer (unheard)".equals(given().get(officialPath()).jsonPath().getString("name")));
            cachedAnswer(officialPath());
        } finally {
            projectName("Kemal Doğruer");
        }
        Poll.until("the original name is served again", () ->
                "Kemal Doğruer".equals(given().get(officialPath()).jsonPath().getString("name")));
    }

    @Test
    void leavesTheEventStoreUncached() {
        given().get("/v1/releases/" + Registry.ERKOL + "/events").then().statusCode(200)
                .header(CachedAnswers.CACHE_STATUS, nullValue());
    }

    /** Waits until the service listens for changes and has kept the answer, then returns it. */
    private static Response cachedAnswer(String path) {
        Poll.until("an answer kept for " + path, () -> HIT.equals(given().get(path).header(CachedAnswers.CACHE_STATUS)));
        return given().get(path).then().statusCode(200).extract().response();
    }

    /** A read-model change that moves no checkpoint, so that no notification announces it. */
    private static void renameUnannounced(String name) {
        TestDatabase.superuserPool().preparedQuery("UPDATE readmodel.officials SET name = $1 WHERE id = $2")
                .execute(Tuple.of(name, dogruer)).await().indefinitely();
    }

    private static void projectName(String name) {
        TestDatabase.superuserPool().withTransaction(tx -> tx.preparedQuery(
                                "UPDATE readmodel.officials SET name = $1 WHERE id = $2")
                        .execute(Tuple.of(name, dogruer))
                        .chain(() -> tx.query("UPDATE readmodel.stream_checkpoints SET version = version "
                                + "WHERE stream_id = (SELECT min(stream_id) FROM readmodel.stream_checkpoints)").execute()))
                .await().indefinitely();
    }
}
