package dev.beyan.query.release;

import dev.beyan.common.testing.RealServersResource;
import dev.beyan.query.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class ReleaseApiTest {
    private static Registry.Revision revision;

    @BeforeAll
    static void fill() {
        revision = Registry.load();
    }

    @Test
    void listsReleasesNewestFirstAcrossPages() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/v1/releases").then().statusCode(200).extract().response();
            ids.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("next");
            pages++;
        } while (cursor != null);
        // other tests may add releases of their own: paging must give what one big page gives
        List<String> all = given().queryParam("limit", 200).get("/v1/releases").then().statusCode(200).extract()
                .jsonPath().getList("items.id");
        assertThat(ids).isEqualTo(all).hasSizeGreaterThanOrEqualTo(4 + Registry.FILLER).doesNotHaveDuplicates();
        assertThat(ids).containsSubsequence(Registry.ERKOL, Registry.DOGRUER, Registry.SAKARSU, Registry.ASLANOGLU);
        assertThat(pages).isEqualTo((all.size() + 2) / 3);
    }

    @Test
    void showsCurrentStateAndText() {
        given().get("/v1/releases/" + Registry.ERKOL).then().statusCode(200)
                .body("id", equalTo(Registry.ERKOL))
                .body("text", equalTo(Registry.fixture("r3-revised.txt")))
                .body("textVersion", equalTo(3))
                .body("version", equalTo(4))
                .body("status", equalTo("active"))
                .body("dateline", equalTo("ANKARA"))
                .body("analyzed.textVersion", equalTo(3));
    }

    @Test
    void listsTheCompleteAuditTrail() {
        given().get("/v1/releases/" + Registry.ERKOL + "/events").then().statusCode(200)
                .body("items.type", equalTo(List.of("ReleaseReceived", "ReleaseAnalyzed", "ReleaseRevised",
                        "ReleaseAnalyzed")))
                .body("items.version", equalTo(List.of(1, 2, 3, 4)))
                .body("items[0].data.text", equalTo(Registry.fixture("r3.txt")))
                .body("items[0].metadata.actor", equalTo("query-service-tests"))
                .body("items[0].schemaVersion", equalTo(1))
                .body("items[1].data.analyzedVersion", equalTo(1))
                .body("items[1].metadata.actor", equalTo("entity-service"))
                .body("next", nullValue());
    }

    @Test
    void travelsBackToTheTextBeforeTheRevision() {
        given().queryParam("asOf", revision.betweenVersions().toString())
                .get("/v1/releases/" + Registry.ERKOL).then().statusCode(200)
                .body("text", equalTo(Registry.fixture("r3.txt")))
                .body("textVersion", equalTo(1))
                .body("version", equalTo(2));
        given().queryParam("asOf", revision.receivedPosition())
                .get("/v1/releases/" + Registry.ERKOL).then().statusCode(200)
                .body("text", equalTo(Registry.fixture("r3.txt")))
                .body("version", equalTo(1))
                .body("analyzed", nullValue());
        given().queryParam("asOf", revision.revisedPosition())
                .get("/v1/releases/" + Registry.ERKOL).then().statusCode(200)
                .body("text", equalTo(Registry.fixture("r3-revised.txt")));
    }

    @Test
    void timeTravelToTheHeadAnswersTheCurrentState() {
        String now = given().get("/v1/releases/" + Registry.ERKOL).then().statusCode(200).extract().asString();
        String folded = given().queryParam("asOf", Long.MAX_VALUE)
                .get("/v1/releases/" + Registry.ERKOL).then().statusCode(200).extract().asString();
        assertThat(folded).isEqualTo(now);
    }

    @Test
    void answers404BeforeTheReleaseExisted() {
        given().queryParam("asOf", revision.beforeReceived().toString())
                .get("/v1/releases/" + Registry.ERKOL).then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("asOf", revision.receivedPosition() - 1)
                .get("/v1/releases/" + Registry.ERKOL).then().statusCode(404);
    }

    @Test
    void servesTheLatestAnalysisOrOneByTextVersion() {
        given().get("/v1/releases/" + Registry.ERKOL + "/analysis").then().statusCode(200)
                .body("textVersion", equalTo(3))
                .body("version", equalTo(4))
                .body("analysis.officials[0].officialId", equalTo("umit-erkol"))
                .body("analysis.places.name", org.hamcrest.Matchers.hasItem("Keçiören"));
        given().queryParam("version", 1).get("/v1/releases/" + Registry.ERKOL + "/analysis").then().statusCode(200)
                .body("textVersion", equalTo(1))
                .body("analysis.places.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Keçiören")));
        given().queryParam("version", 2).get("/v1/releases/" + Registry.ERKOL + "/analysis").then().statusCode(404);
    }

    @Test
    void answersUnknownReleasesWith404() {
        for (String path : List.of("", "/events", "/analysis")) {
            given().get("/v1/releases/ffffffffffffffff" + path).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
    }

    @Test
    void rejectsBadParametersNamingThem() {
        given().queryParam("limit", 0).get("/v1/releases").then().statusCode(400).body("field", equalTo("limit"));
        given().queryParam("limit", 201).get("/v1/releases").then().statusCode(400).body("field", equalTo("limit"));
        given().queryParam("limit", "many").get("/v1/releases").then().statusCode(400).body("field", equalTo("limit"));
        given().queryParam("cursor", "not a cursor!").get("/v1/releases").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("cursor"));
        given().queryParam("asOf", "yesterday").get("/v1/releases/" + Registry.ERKOL).then().statusCode(400)
                .body("field", equalTo("asOf"));
        given().queryParam("version", "x").get("/v1/releases/" + Registry.ERKOL + "/analysis").then().statusCode(400)
                .body("field", equalTo("version"));
    }

    @Test
    void answers304WhenTheETagStillMatches() {
        String path = "/v1/releases/" + Registry.DOGRUER;
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).get(path).then().statusCode(304);
        given().header("If-None-Match", "\"stale\"").get(path).then().statusCode(200);
        String listTag = given().get("/v1/releases").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", listTag).get("/v1/releases").then().statusCode(304);
        String eventsTag = given().get(path + "/events").then().extract().header("ETag");
        given().header("If-None-Match", eventsTag).get(path + "/events").then().statusCode(304);
    }

    @Test
    void firstPageHoldsTheLimit() {
        given().queryParam("limit", 2).get("/v1/releases").then().statusCode(200).body("items", hasSize(2));
    }
}
