package dev.beyan.query.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.query.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.beyan.query.Registry.official;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = {
        @ResourceArg(name = "user", value = "beyan_query"), @ResourceArg(name = "password", value = "beyan_query")})
class PopoloExportTest {
    /** The Popolo schemas, in the shared contracts beside the repository (or where BEYAN_POPOLO_SCHEMAS says). */
    private static final Path SCHEMAS = Path.of(System.getenv().getOrDefault("BEYAN_POPOLO_SCHEMAS",
            "/work/shared/contracts/popolo"));
    private static final Map<String, String> SECTIONS = Map.of("persons", "person.json",
            "organizations", "organization.json", "memberships", "membership.json", "areas", "area.json",
            "speeches", "speech.json");

    @BeforeAll
    static void fill() {
        Registry.load();
    }

    @Test
    void exportsEverySectionValidAgainstThePopoloSchemas() throws Exception {
        String body = given().get("/v1/export/popolo").then().statusCode(200)
                .contentType("application/json").extract().asString();
        JsonNode doc = new ObjectMapper().readTree(body);
        assertThat(Files.isDirectory(SCHEMAS)).as("Popolo schemas at " + SCHEMAS).isTrue();
        Draft03 validator = new Draft03(SCHEMAS);
        List<String> errors = new ArrayList<>();
        SECTIONS.forEach((section, schema) -> {
            assertThat(doc.get(section).isArray()).as(section).isTrue();
            doc.get(section).forEach(item -> errors.addAll(validator.validate(schema, item)));
        });
        assertThat(errors).isEmpty();

        assertThat(doc.get("persons").findValuesAsText("id"))
                .containsExactlyInAnyOrder(official("davut-sakarsu"), official("kemal-dogruer"),
                        official("senol-aslanoglu"), official("umit-erkol"));
        assertThat(doc.get("areas")).hasSize(81 + 973);
        assertThat(doc.get("speeches")).hasSize(5);
        assertThat(doc.get("organizations").findValuesAsText("id")).contains("party:chp", "party:iyi-parti");
        JsonNode membership = find(doc.get("memberships"), "person_id", official("senol-aslanoglu"));
        assertThat(membership.get("organization_id").asText()).isEqualTo("party:chp");
        assertThat(membership.get("area_id").asText()).isEqualTo("province:35");
        assertThat(membership.get("start_date").asText()).isEqualTo("2024-04-10");
        JsonNode speech = find(doc.get("speeches"), "creator_id", official("umit-erkol"));
        assertThat(speech.get("text").asText()).contains("Barınma");
        assertThat(speech.get("sources").get(0).get("url").asText()).isEqualTo("/v1/releases/" + Registry.ERKOL);
    }

    @Test
    void answers304WhileTheRegistryIsUnchanged() {
        String etag = given().get("/v1/export/popolo").then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).get("/v1/export/popolo").then().statusCode(304);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " = " + value);
    }
}
