package dev.beyan.query.ui;

import dev.beyan.common.testing.RealServersResource;
import dev.beyan.query.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.beyan.query.Registry.official;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The pages as HTTP answers, on the query-service fixtures (the browser test, launcher's {@code StackEndToEndIT}
 * running {@code src/test/browser/ui-browser.mjs}, looks at them as a person does, on the whole stack): what each
 * page holds, the language by Accept-Language, the statuses of bad requests, and the
 * pages' absence from the API document.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class UiPagesTest {
    private static Registry.Revision revision;

    @BeforeAll
    static void fill() {
        revision = Registry.load();
    }

    @Test
    void releasePageShowsHighlightsFindingsAndTheRevisionDiff() {
        String html = given().get("/ui/releases/" + Registry.ERKOL).then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Language", "tr")
                .header("Vary", containsString("Accept-Language"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();
        assertThat(html).contains("<html lang=\"tr\">", "Olay geçmişi", "Düzeltildi", "Keçiören eklendi")
                .contains("data-kind=\"official\"", "data-kind=\"place\"", "data-kind=\"direct\"")
                .contains("href=\"/ui/officials/" + official("umit-erkol") + "\"")
                // the revision added "ve Keçiören" and rewrote the second sentence of the quote
                .contains("<ins>", "<del>", "Keçiören")
                // and named a police chief, a functionary: listed apart, with no official's page
                .contains("Kamu görevlileri", "Cem Balcı — İl Emniyet Müdürü", "eklendi: Kamu görevlisi — <span lang=\"tr\">Cem Balcı")
                .doesNotContain("/ui/officials/cem-balci")
                .doesNotContain("<script");
    }

    @Test
    void speaksEnglishWhenTheClientPrefersIt() {
        given().header("Accept-Language", "en-GB,en;q=0.9,tr;q=0.5").get("/ui/releases/" + Registry.ERKOL).then()
                .statusCode(200).header("Content-Language", "en")
                .body(containsString("<html lang=\"en\">"), containsString("Event history"));
        given().header("Accept-Language", "tr-TR,en;q=0.8").get("/ui").then().statusCode(200)
                .header("Content-Language", "tr").body(containsString("Son bültenler"));
        given().header("Accept-Language", "de").get("/ui").then().statusCode(200)
                .header("Content-Language", "tr");
    }

    @Test
    void showsTheReleaseAsOfAnEarlierEvent() {
        given().queryParam("asOf", revision.receivedPosition()).get("/ui/releases/" + Registry.ERKOL).then()
                .statusCode(200)
                .body(containsString("olaydaki haliyle"), containsString("henüz çözümlenmedi"),
                        not(containsString("Keçiören'de")));
        given().queryParam("asOf", revision.betweenVersions().toString()).get("/ui/releases/" + Registry.ERKOL)
                .then().statusCode(200)
                .body(containsString("data-kind=\"official\""), not(containsString("Keçiören'de gençlik")));
    }

    @Test
    void answersUnknownThingsWithAnHtml404() {
        for (String path : new String[]{"/ui/releases/ffffffffffffffff", "/ui/officials/nobody-at-all",
                "/ui/provinces/99", "/ui/provinces/izmir", "/ui/districts/999999"}) {
            given().get(path).then().statusCode(404).contentType(startsWith("text/html"))
                    .body(containsString("Bulunamadı"));
        }
        given().queryParam("asOf", "yesterday").get("/ui/releases/" + Registry.ERKOL).then().statusCode(400)
                .contentType(startsWith("text/html")).body(containsString("Geçersiz istek"));
    }

    @Test
    void officialPageListsOfficesStatementsAndReleases() {
        given().get("/ui/officials/senol-aslanoglu").then().statusCode(200)
                .body(containsString("Şenol Aslanoğlu"), containsString("İl Başkanı"),
                        containsString("href=\"/ui/provinces/35\""),
                        containsString("href=\"/ui/releases/" + Registry.ASLANOGLU + "#q-"),
                        containsString("href=\"/ui/releases/" + Registry.ASLANOGLU + "\""));
    }

    @Test
    void placePagesListOfficialsAndLatestReleases() {
        given().get("/ui/provinces/35").then().statusCode(200)
                .body(containsString("İzmir"),
                        containsString("href=\"/ui/officials/" + official("senol-aslanoglu") + "\""),
                        containsString("href=\"/ui/districts/1178\""),
                        containsString("href=\"/ui/releases/" + Registry.SAKARSU + "\""));
        given().get("/ui/districts/1178").then().statusCode(200)
                .body(containsString("Bayındır"),
                        containsString("href=\"/ui/officials/" + official("davut-sakarsu") + "\""));
        given().get("/ui/provinces").then().statusCode(200).body(containsString("Kırklareli"));
    }

    @Test
    void searchFindsStatementsAndOfficialsAndExplainsItsSyntax() {
        given().get("/ui/search").then().statusCode(200).body(containsString("Arama sözdizimi"));
        given().queryParam("q", "aslanoglu").get("/ui/search").then().statusCode(200)
                .body(containsString("href=\"/ui/officials/" + official("senol-aslanoglu") + "\""));
        given().queryParam("q", "gençlerimizin").get("/ui/search").then().statusCode(200)
                .body(containsString("href=\"/ui/releases/" + Registry.ERKOL + "#q-"));
        given().queryParam("q", "seçim").queryParam("from", "yesterday").get("/ui/search").then().statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("role=\"alert\""), containsString("aria-invalid=\"true\""));
    }

    @Test
    void homePageListsTheLatestReleases() {
        given().get("/ui").then().statusCode(200)
                .body(containsString("href=\"/ui/releases/" + Registry.ERKOL + "\""));
    }

    @Test
    void pagesStayOutOfTheApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200).body(not(containsString("/ui")));
    }
}
