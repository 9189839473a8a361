package dev.beyan.query.place;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class PlaceApiTest {

    @BeforeAll
    static void fill() {
        Registry.load();
    }

    @Test
    void listsTheProvincesInPages() {
        String next = given().get("/v1/provinces").then().statusCode(200)
                .body("items", hasSize(50)).body("items[0].id", equalTo(1)).body("items[0].name", equalTo("Adana"))
                .body("next", notNullValue()).extract().path("next");
        given().queryParam("cursor", next).get("/v1/provinces").then().statusCode(200)
                .body("items", hasSize(31)).body("items[30].id", equalTo(81)).body("next", equalTo(null));
    }

    @Test
    void showsAProvinceWithItsDistrictsAndCounts() {
        given().get("/v1/provinces/35").then().statusCode(200)
                .body("name", equalTo("İzmir"))
                .body("metropolitan", equalTo(true))
                .body("releaseCount", equalTo(2))
                .body("mentionCount", greaterThan(1))
                .body("districts", hasSize(30))
                .body("districts.name", hasItem("Bayındır"));
    }

    @Test
    void listsDistrictsOfAProvinceNamedAnyWay() {
        for (String province : List.of("35", "İzmir", "IZMIR", "izmir", "İZMİR")) {
            given().queryParam("province", province).queryParam("limit", 200).get("/v1/districts").then()
                    .statusCode(200).body("items", hasSize(30)).body("items.provinceId", everyItem(equalTo(35)));
        }
        given().queryParam("province", "canakkale").queryParam("limit", 200).get("/v1/districts").then()
                .statusCode(200).body("items.name", hasItem("Gökçeada"));
    }

    @Test
    void showsADistrictWithItsOfficialsAndLatestReleases() {
        given().get("/v1/districts/1178").then().statusCode(200)
                .body("name", equalTo("Bayındır"))
                .body("province.name", equalTo("İzmir"))
                .body("releaseCount", equalTo(2))
                .body("officials.id", equalTo(List.of(official("davut-sakarsu"))))
                .body("latestReleases.id", equalTo(List.of(Registry.SAKARSU, Registry.ASLANOGLU)));
    }

    @Test
    void answersUnknownPlacesAndParameters() {
        given().get("/v1/provinces/82").then().statusCode(404).contentType("application/problem+json");
        given().get("/v1/provinces/izmir").then().statusCode(404);
        given().get("/v1/districts/99999").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("province", "Narnia").get("/v1/districts").then().statusCode(400)
                .body("field", equalTo("province"));
        given().queryParam("cursor", "!!").get("/v1/districts").then().statusCode(400)
                .body("field", equalTo("cursor"));
    }

    @Test
    void answers304WhenTheETagStillMatches() {
        String etag = given().get("/v1/provinces/6").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/v1/provinces/6").then().statusCode(304);
    }
}
