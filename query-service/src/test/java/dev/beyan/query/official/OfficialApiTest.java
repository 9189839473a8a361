package dev.beyan.query.official;

import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.query.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.beyan.query.Registry.official;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class OfficialApiTest {

    @BeforeAll
    static void fill() {
        Registry.load();
    }

    @Test
    void findsANameRegardlessOfCaseAndTurkishLetters() {
        for (String q : List.of("senol aslanoglu", "ŞENOL ASLANOĞLU", "Şenol Aslanoğlu", "aslanoğlu")) {
            given().queryParam("q", q).get("/v1/officials").then().statusCode(200)
                    .body("items.id", equalTo(List.of(official("senol-aslanoglu"))));
        }
        given().queryParam("q", "UMIT").get("/v1/officials").then().statusCode(200)
                .body("items.id", equalTo(List.of(official("umit-erkol"))));
    }

    @Test
    void filtersByPartyProvinceDistrictAndTitle() {
        // Davut Sakarsu's party is not in the text: it comes from the 2024 election registry
        given().queryParam("party", "chp").get("/v1/officials").then().statusCode(200)
                .body("items.id", equalTo(List.of(official("davut-sakarsu"), official("senol-aslanoglu"),
                        official("umit-erkol"))));
        given().queryParam("party", "İYİ").get("/v1/officials").then().statusCode(200)
                .body("items.id", equalTo(List.of(official("kemal-dogruer"))));
        given().queryParam("province", "izmir").get("/v1/officials").then().statusCode(200)
                .body("items.id", equalTo(List.of(official("davut-sakarsu"), official("senol-aslanoglu"))));
        given().queryParam("province", "35").queryParam("district", "BAYINDIR").get("/v1/officials").then()
                .statusCode(200).body("items.id", equalTo(List.of(official("davut-sakarsu"))));
        given().queryParam("title", "il başkanı").queryParam("province", "06").get("/v1/officials").then()
                .statusCode(200).body("items.id", equalTo(List.of(official("umit-erkol"))));
    }

    @Test
    void pagesThroughOfficialsByName() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/v1/officials").then().statusCode(200).body("items", hasSize(1)).extract();
            ids.add(page.path("items[0].id"));
            cursor = page.path("next");
        } while (cursor != null);
        assertThat(ids).containsExactly(official("davut-sakarsu"), official("kemal-dogruer"),
                official("senol-aslanoglu"), official("umit-erkol"));
    }

    @Test
    void showsAnOfficialWithPositionsAndCounts() {
        given().get("/v1/officials/" + official("senol-aslanoglu")).then().statusCode(200)
                .body("name", equalTo("Şenol Aslanoğlu"))
                .body("aliases", hasItem("Aslanoğlu"))
                .body("positions[0].title", equalTo("İl Başkanı"))
                .body("positions[0].party", equalTo("CHP"))
                .body("positions[0].province.name", equalTo("İzmir"))
                .body("positions[0].firstSeen", equalTo("2024-04-10"))
                .body("positions[0].lastSeen", equalTo("2024-04-10"))
                .body("counts.releases", equalTo(1))
                .body("counts.statements", equalTo(1))
                .body("counts.mentions", greaterThanOrEqualTo(2));
        given().get("/v1/officials/" + official("davut-sakarsu")).then().statusCode(200)
                .body("positions[0].district.name", equalTo("Bayındır"))
                .body("positions[0].partySource", equalTo("registry"));
    }

    @Test
    void listsAnOfficialsStatementsAndReleases() {
        given().get("/v1/officials/" + official("kemal-dogruer") + "/statements").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.speaker.officialId", equalTo(List.of(official("kemal-dogruer"),
                        official("kemal-dogruer"))))
                .body("items[0].release.id", equalTo(Registry.DOGRUER));
        given().get("/v1/officials/" + official("umit-erkol") + "/releases").then().statusCode(200)
                .body("items.id", equalTo(List.of(Registry.ERKOL)))
                .body("next", equalTo(null));
    }

    @Test
    void answersUnknownOfficialsWith404() {
        for (String path : List.of("", "/statements", "/releases")) {
            given().get("/v1/officials/nobody-at-all" + path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void rejectsUnknownFilterValuesNamingThem() {
        given().queryParam("party", "Partisiz Parti").get("/v1/officials").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("party"));
        given().queryParam("province", "Atlantis").get("/v1/officials").then().statusCode(400)
                .body("field", equalTo("province"));
        given().queryParam("province", "99").get("/v1/officials").then().statusCode(400)
                .body("field", equalTo("province"));
        given().queryParam("district", "Atlantis").get("/v1/officials").then().statusCode(400)
                .body("field", equalTo("district"));
        given().queryParam("title", "Kral").get("/v1/officials").then().statusCode(400)
                .body("field", equalTo("title"));
        given().queryParam("cursor", "djE").get("/v1/officials").then().statusCode(400)
                .body("field", equalTo("cursor"));
        given().queryParam("limit", 500).get("/v1/officials").then().statusCode(400)
                .body("field", equalTo("limit"));
    }

    @Test
    void answers304WhenTheETagStillMatches() {
        String erkol = "/v1/officials/" + official("umit-erkol");
        String etag = given().get(erkol).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(erkol).then().statusCode(304);
    }

    @Test
    void oldNameBasedIdsAnswer301ToTheOpaqueIdOnEveryPath() {
        String id = given().redirects().follow(false).get("/v1/officials/senol-aslanoglu").then().statusCode(301)
                .header("Location", endsWith("/v1/officials/" + official("senol-aslanoglu")))
                .body("id", equalTo("senol-aslanoglu")).body("mergedInto", equalTo(null)).extract().path("movedTo");
        assertThat(id).matches("o_[0-9a-f]{16}");
        given().redirects().follow(false).queryParam("limit", 5).get("/v1/officials/senol-aslanoglu/statements").then()
                .statusCode(301).header("Location", endsWith("/v1/officials/" + id + "/statements?limit=5"));
        given().get("/v1/officials/senol-aslanoglu/releases").then().statusCode(200)
                .body("items.id", equalTo(List.of(Registry.ASLANOGLU)));
    }

    @Test
    void showsWhyEachMentionBelongsToTheOfficial() {
        given().get("/v1/officials/" + official("davut-sakarsu")).then().statusCode(200)
                .body("identity.registryEntries", equalTo(List.of("mayor2024-35-1178")))
                .body("identity.evidence.rule", everyItem(equalTo("registry")))
                .body("identity.evidence[0].registryEntry", equalTo("mayor2024-35-1178"))
                .body("identity.evidence[0].nameKey", equalTo("davut-sakarsu"))
                .body("identity.corrections", hasSize(0));
        given().get("/v1/officials/" + official("umit-erkol")).then().statusCode(200)
                .body("identity.registryEntries", hasSize(0))
                .body("identity.evidence[0].rule", equalTo("first-seen"))
                .body("identity.evidence[0].releaseId", equalTo(Registry.ERKOL));
    }

    /** The search's {@code like '%q%'} on the folded columns can be served by the trigram indexes (V9). */
    @Test
    void theNameSearchCanUseTheTrigramIndexes() {
        Object q = new OfficialQuery("Aslanoğlu", null, null, null, null, null).parameters().map().get("q");
        assertThat(q).isEqualTo("%aslanoglu%");
        StringBuilder plan = new StringBuilder();
        TestDatabase.superuserPool().withTransaction(c -> c.query("SET LOCAL enable_seqscan = off").execute()
                        .flatMap(ignored -> c.preparedQuery("""
                                EXPLAIN SELECT o.id FROM readmodel.officials o
                                WHERE o.name_folded LIKE $1 OR o.aliases_folded LIKE $1""").execute(Tuple.of(q))))
                .await().indefinitely().forEach(row -> plan.append(row.getString(0)).append('\n'));
        assertThat(plan).contains("officials_name_trigrams").contains("officials_aliases_trigrams");
    }

    /**
     * Projection rewrites the officials it touches; with GIN's pending list, every search would read those entries in
     * full until a vacuum (V10). The trigram indexes take their entries at once.
     */
    @Test
    void theTrigramIndexesKeepNoPendingList() {
        List<String> options = new ArrayList<>();
        TestDatabase.superuserPool().query("""
                        SELECT array_to_string(reloptions, ',') AS options FROM pg_class
                        WHERE relname IN ('officials_name_trigrams', 'officials_aliases_trigrams')""").execute()
                .await().indefinitely().forEach(row -> options.add(row.getString("options")));
        assertThat(options).hasSize(2).allMatch(o -> o.contains("fastupdate=false") || o.contains("fastupdate=off"));
    }

    /** The office holders of a district ({@code /v1/districts/{id}}) are found through an index on the district. */
    @Test
    void theOfficeHoldersOfADistrictCanUseAnIndex() {
        StringBuilder plan = new StringBuilder();
        TestDatabase.superuserPool().withTransaction(c -> c.query("SET LOCAL enable_seqscan = off").execute()
                        .flatMap(ignored -> c.preparedQuery(
                                "EXPLAIN SELECT p.official_id FROM readmodel.positions p WHERE p.district_id = $1")
                                .execute(Tuple.of(1178))))
                .await().indefinitely().forEach(row -> plan.append(row.getString(0)).append('\n'));
        assertThat(plan).contains("positions_by_district");
    }
}
