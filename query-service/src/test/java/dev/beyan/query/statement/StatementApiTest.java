package dev.beyan.query.statement;

import dev.beyan.common.testing.RealServersResource;
import dev.beyan.query.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.beyan.query.Registry.official;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class StatementApiTest {

    @BeforeAll
    static void fill() {
        Registry.load();
    }

    @Test
    void findsAStemmedWordInOtherForms() {
        // the fixture says "Bu seçim ..."; the query's plural must find it through the Turkish stemmer
        // and so must the plural typed without Turkish letters
        for (String q : List.of("seçimler", "secimler", "SECIMLER")) {
            given().queryParam("q", q).get("/v1/statements").then().statusCode(200)
                    .body("items.speaker.officialId", hasItem(official("kemal-dogruer")));
        }
    }

    @Test
    void findsTurkishLettersFromAnAsciiQuery() {
        for (String q : List.of("bayindir", "BAYINDIR", "Bayındır")) {
            given().queryParam("q", q).get("/v1/statements").then().statusCode(200)
                    .body("items.id", equalTo(List.of(Registry.SAKARSU + ":1", Registry.ASLANOGLU + ":1")));
        }
    }

    @Test
    void answersEachHitWithSpeakerReleaseAndOffsets() {
        var hit = given().queryParam("q", "gübre").get("/v1/statements").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].speaker.name", equalTo("Kemal Doğruer"))
                .body("items[0].release.id", equalTo(Registry.DOGRUER))
                .body("items[0].release.dateline", equalTo("ANTALYA"))
                .body("items[0].kind", equalTo("direct"))
                .body("items[0].publishedOn", equalTo("2024-05-02"))
                .body("items[0].offsets.start", notNullValue())
                .extract();
        int start = hit.path("items[0].offsets.start");
        int end = hit.path("items[0].offsets.end");
        String text = Registry.fixture("r2.txt");
        assertThat(text.substring(start, end)).startsWith("Bu seçim").endsWith("eziliyor");
    }

    @Test
    void filtersBySpeakerPartyPlaceDatesAndKind() {
        given().queryParam("speaker", official("umit-erkol")).get("/v1/statements").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].text", org.hamcrest.Matchers.containsString("Barınma"));
        given().queryParam("party", "iyi parti").get("/v1/statements").then().statusCode(200)
                .body("items", hasSize(2));
        given().queryParam("province", "ANKARA").get("/v1/statements").then().statusCode(200)
                .body("items.release.id", equalTo(List.of(Registry.ERKOL)));
        given().queryParam("district", "keçiören").get("/v1/statements").then().statusCode(200)
                .body("items.release.id", equalTo(List.of(Registry.ERKOL)));
        given().queryParam("from", "2024-04-15").queryParam("to", "2024-05-31").get("/v1/statements").then()
                .statusCode(200).body("items.release.id", equalTo(List.of(Registry.DOGRUER, Registry.DOGRUER,
                        Registry.SAKARSU)));
        given().queryParam("kind", "indirect").get("/v1/statements").then().statusCode(200)
                .body("items.id", equalTo(List.of(Registry.DOGRUER + ":2")));
    }

    @Test
    void pagesNewestFirst() {
        var first = given().queryParam("limit", 2).get("/v1/statements").then().statusCode(200)
                .body("items", hasSize(2)).extract();
        String next = first.path("next");
        var rest = given().queryParam("limit", 200).queryParam("cursor", next).get("/v1/statements").then()
                .statusCode(200).body("next", equalTo(null)).extract();
        List<String> ids = new java.util.ArrayList<>(first.path("items.id"));
        ids.addAll(rest.path("items.id"));
        assertThat(ids).doesNotHaveDuplicates().hasSize(5).startsWith(Registry.ERKOL + ":1");
    }

    @Test
    void rejectsBadParametersNamingThem() {
        given().queryParam("kind", "shouted").get("/v1/statements").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("kind"));
        given().queryParam("from", "2024-13-01").get("/v1/statements").then().statusCode(400)
                .body("field", equalTo("from"));
        given().queryParam("to", "yesterday").get("/v1/statements").then().statusCode(400)
                .body("field", equalTo("to"));
        given().queryParam("speaker", "nobody-at-all").get("/v1/statements").then().statusCode(400)
                .body("field", equalTo("speaker"));
        given().queryParam("party", "Yok Partisi").get("/v1/statements").then().statusCode(400)
                .body("field", equalTo("party"));
        given().queryParam("province", "Gondor").get("/v1/statements").then().statusCode(400)
                .body("field", equalTo("province"));
        given().queryParam("cursor", "djEfeB95").get("/v1/statements").then().statusCode(400)
                .body("field", equalTo("cursor"));
        given().queryParam("limit", -1).get("/v1/statements").then().statusCode(400)
                .body("field", equalTo("limit"));
    }

    @Test
    void answers304WhenTheETagStillMatches() {
        String etag = given().queryParam("q", "bayindir").get("/v1/statements").then().statusCode(200)
                .extract().header("ETag");
        given().queryParam("q", "bayindir").header("If-None-Match", etag).get("/v1/statements").then().statusCode(304);
    }
}
