package dev.beyan.clientcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beyan.launcher.TestStack;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The OpenAPI documents the three services serve: a generator can use them as they are (named operations, a named
 * schema for every answer, the Problem schema for every error, typed parameters, no framework types), each passes
 * Redocly CLI's recommended rules with no error, and the two the client of {@link GeneratedClientIT} is generated
 * from (written by each service's build) are exactly the ones served.
 */
@ExtendWith(Stack.class)
class OpenApiDocumentsIT {
    /** Pinned: the newest release that runs on Node 20, which the build machines have. */
    static final String REDOCLY = "@redocly/cli@2.77.0";
    /**
     * HTTP/1.1, as curl and most clients speak to a plain-http service: the JDK client's default asks for an h2c
     * upgrade, and on one run (2026-12-06) it read a large document's HTTP/1.1 body as HTTP/2 frames.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a scan of the resources' framework parameters and return types used to put into the documents. */
    private static final List<String> FRAMEWORK_TYPES = List.of("RoutingContext", "ByteBuf", "Buffer", "JsonObject",
            "JsonArray", "JsonNode", "Session", "User", "AuthProvider", "Multi", "Uni", "Response");

    @Test
    void servedDocumentsAreTheOnesTheClientIsGeneratedFrom(TestStack stack) throws Exception {
        assertThat(served(stack.queryUrl(), "json")).isEqualTo(JSON.readTree(stored("beyan.openapi.query")));
        assertThat(served(stack.ingestUrl(), "json")).isEqualTo(JSON.readTree(stored("beyan.openapi.ingest")));
    }

    @Test
    void everyServedDocumentPassesRedoclysRecommendedRules(TestStack stack) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "served-openapi"));
        Map<String, String> services = new LinkedHashMap<>();
        services.put("ingest-service", stack.ingestUrl());
        services.put("entity-service", stack.entityUrl());
        services.put("query-service", stack.queryUrl());
        List<String> command = new ArrayList<>(List.of(npx(), "--yes", REDOCLY, "lint", "--format=stylish",
                "--config", Path.of("target", "test-classes", "redocly.yaml").toString()));
        for (Map.Entry<String, String> service : services.entrySet()) {
            Path file = dir.resolve(service.getKey() + ".yaml");
            Files.writeString(file, servedText(service.getValue(), "yaml"));
            command.add(file.toString());
        }

        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        Process lint = builder.start();
        String output;
        try (InputStream out = lint.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("redocly lint finished").isTrue();
        System.out.println(output);
        assertThat(lint.exitValue()).as("redocly lint of the served documents (in %s):%n%s", dir, output).isZero();
    }

    @Test
    void everyOperationIsNamedEveryAnswerHasANamedSchemaAndEveryErrorIsAProblem(TestStack stack) throws Exception {
        for (String url : List.of(stack.ingestUrl(), stack.entityUrl(), stack.queryUrl())) {
            JsonNode document = served(url, "json");
            assertThat(document.path("components").path("schemas").propertyStream().map(Map.Entry::getKey))
                    .as(url + ": component schemas").doesNotContainAnyElementsOf(FRAMEWORK_TYPES);
            for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    String where = url + " " + operation.getKey() + " " + path.getKey();
                    assertThat(operation.getValue().path("operationId").asText()).as(where).isNotBlank();
                    for (Map.Entry<String, JsonNode> response : operation.getValue().path("responses").properties()) {
                        assertAnswerDocumented(where + " " + response.getKey(), response.getKey(),
                                response.getValue().path("content"));
                    }
                    for (JsonNode parameter : operation.getValue().path("parameters")) {
                        if (parameter.path("name").asText().equals("limit")) {
                            JsonNode schema = parameter.path("schema");
                            assertThat(schema.path("type").asText()).as(where + " limit").isEqualTo("integer");
                            assertThat(schema.path("minimum").asInt()).as(where + " limit").isEqualTo(1);
                            assertThat(schema.path("maximum").asInt()).as(where + " limit").isEqualTo(200);
                        }
                    }
                }
            }
        }
    }

    private static void assertAnswerDocumented(String where, String code, JsonNode content) {
        if (code.startsWith("2")) {
            assertThat(content.properties()).as(where).isNotEmpty().allSatisfy(media ->
                    assertThat(media.getValue().path("schema").path("$ref").asText()).as(where + " " + media.getKey())
                            .startsWith("#/components/schemas/"));
        } else if (code.startsWith("4") || code.startsWith("5")) {
            assertThat(content.propertyStream().map(Map.Entry::getKey)).as(where)
                    .containsExactly("application/problem+json");
            assertThat(content.path("application/problem+json").path("schema").path("$ref").asText()).as(where)
                    .isEqualTo("#/components/schemas/Problem");
        }
    }

    /**
     * npx; without it the lint is skipped with a message on a developer's machine (the README promises tests with a
     * JDK alone) and fails where {@code -Dbeyan.lint.required=true} says a lint must run, as in CI.
     */
    private static String npx() throws InterruptedException {
        try {
            Process probe = new ProcessBuilder("npx", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            if (probe.waitFor(1, TimeUnit.MINUTES) && probe.exitValue() == 0) {
                return "npx";
            }
        } catch (IOException e) {
            // answered below
        }
        String missing = String.format("this test lints the OpenAPI documents with Redocly CLI (%s) and needs "
                + "Node.js 20.19+ with npm (npx) on the PATH", REDOCLY);
        if (Boolean.getBoolean("beyan.lint.required")) {
            return fail(missing);
        }
        Assumptions.abort(missing + "; skipped (set -Dbeyan.lint.required=true to make it fail)");
        return null;
    }

    private static JsonNode served(String baseUrl, String format) throws Exception {
        return JSON.readTree(servedText(baseUrl, format));
    }

    private static String servedText(String baseUrl, String format) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format="
                + format)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(baseUrl + "/q/openapi").isEqualTo(200);
        return response.body();
    }

    private static String stored(String property) throws IOException {
        return Files.readString(Path.of(System.getProperty(property)));
    }
}
