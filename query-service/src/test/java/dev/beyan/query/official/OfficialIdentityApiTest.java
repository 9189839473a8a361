package dev.beyan.query.official;

import dev.beyan.common.event.CurationEvent;
import dev.beyan.common.event.OfficialsMerged;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseRetracted;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.query.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Namesakes through the API: a governor of Trabzon and a mayor in İzmir who share a name are two officials, the
 * old name-based id offers both, and an editor's merge leaves one, with the merge in its history. The releases are
 * retracted afterwards, so the other tests find the registry they expect.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class OfficialIdentityApiTest {
    private static final String GOVERNOR = "b000000000000001";
    private static final String MAYOR = "b000000000000002";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Header NO_CACHE = new Header("Cache-Control", "no-cache");

    @BeforeAll
    static void fill() {
        Registry.load();
        var pipeline = Registry.pipeline();
        Registry.receive(pipeline.store(), GOVERNOR, """
                (TRABZON)- Trabzon Valisi Tahir Şahin, sahil yolundaki heyelan bölgesini inceledi. Şahin, "Yol bir \
                hafta içinde açılacak" dedi.""", "2026-02-10", "vali");
        Registry.receive(pipeline.store(), MAYOR, """
                (İZMİR)- İzmir'in Tire Belediye Başkanı Tahir Şahin, ilçedeki yeni kütüphaneyi açtı.""",
                "2026-02-12", "chp");
        pipeline.processor().catchUp(ReleaseEvent.streamId(GOVERNOR));
        pipeline.processor().catchUp(ReleaseEvent.streamId(MAYOR));
    }

    @AfterAll
    static void retract() {
        var pipeline = Registry.pipeline();
        for (String id : List.of(GOVERNOR, MAYOR)) {
            pipeline.store().append(ReleaseEvent.streamId(id), 2, List.of(new NewEvent(UUID.randomUUID(),
                    new ReleaseRetracted(id, "test over"), new EventMetadata("identity", null, "test", null))))
                    .await().atMost(TIMEOUT);
            pipeline.processor().catchUp(ReleaseEvent.streamId(id));
        }
    }

    @Test
    void namesakesInTwoProvincesAreTwoOfficialsUntilAnEditorMergesThem() {
        List<String> ids = given().queryParam("q", "tahir sahin").get("/v1/officials").then().statusCode(200)
                .body("items", hasSize(2)).extract().path("items.id");
        String governor = officialIn(GOVERNOR, ids);
        String mayor = ids.get(1 - ids.indexOf(governor));
        given().get("/v1/officials/" + governor).then().statusCode(200)
                .body("positions.title", equalTo(List.of("Vali")))
                .body("identity.registryEntries", equalTo(List.of("vali-trabzon-1")))
                .body("identity.evidence[0].rule", equalTo("registry"));
        given().get("/v1/officials/" + mayor).then().statusCode(200)
                .body("positions.title", equalTo(List.of("Belediye Başkanı")))
                .body("identity.evidence[0].rule", equalTo("first-seen"))
                .body("identity.evidence[0].detail", containsString("kept apart from " + governor));
        given().redirects().follow(false).get("/v1/officials/tahir-sahin").then().statusCode(300)
                .body("movedTo", equalTo(null)).body("candidates", containsInAnyOrder(governor, mayor));

        merge(mayor, governor);

        // the answer cache hears of the merge through the database's notification, which may still be on its way:
        // ask past it, as a client that has just written would
        given().header(NO_CACHE).queryParam("q", "tahir sahin").get("/v1/officials").then().statusCode(200)
                .body("items.id", equalTo(List.of(governor)));
        given().header(NO_CACHE).redirects().follow(false).get("/v1/officials/" + mayor).then().statusCode(301)
                .header("Location", endsWith("/v1/officials/" + governor))
                .body("mergedInto", equalTo(governor));
        given().header(NO_CACHE).get("/v1/officials/" + governor).then().statusCode(200)
                .body("positions.title", containsInAnyOrder("Vali", "Belediye Başkanı"))
                .body("identity.evidence.rule", hasItem("merged"))
                .body("identity.corrections", hasSize(1))
                .body("identity.corrections[0].type", equalTo("OfficialsMerged"))
                .body("identity.corrections[0].officialId", equalTo(mayor))
                .body("identity.corrections[0].into", equalTo(governor))
                .body("identity.corrections[0].editor", equalTo("editor-ayse"))
                .body("identity.corrections[0].reason", equalTo("one man, two offices"));
    }

    private static String officialIn(String releaseId, List<String> ids) {
        for (String id : ids) {
            List<String> releases = given().get("/v1/officials/" + id + "/releases").then().statusCode(200)
                    .extract().path("items.id");
            if (releases.contains(releaseId)) {
                return id;
            }
        }
        throw new AssertionError("no official of " + ids + " appears in " + releaseId);
    }

    private static void merge(String id, String into) {
        var pipeline = Registry.pipeline();
        long version = pipeline.store().readStream(CurationEvent.STREAM).await().atMost(TIMEOUT).size();
        pipeline.store().append(CurationEvent.STREAM, version, List.of(new NewEvent(UUID.randomUUID(),
                new OfficialsMerged(id, into, "editor-ayse", "one man, two offices"),
                new EventMetadata("identity", null, "editor-ayse", null)))).await().atMost(TIMEOUT);
        pipeline.processor().catchUp(CurationEvent.STREAM);
        assertThat(pipeline.processor().checkpoint(CurationEvent.STREAM)).isEqualTo(version + 1);
    }
}
