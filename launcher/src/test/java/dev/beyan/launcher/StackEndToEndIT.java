package dev.beyan.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The whole system as {@code ./beyan up} runs it: real PostgreSQL and Kafka, the three services from their packaged
 * jars, on free ports with throwaway data. A release posted over HTTP must come out of query-service's audit trail
 * exactly as it went in, and the audit browser must show it, and a revision made through ingest-service's API, in a
 * real browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackEndToEndIT {
    private static final String SEED = "seeds/000_d70b2ed9d009a380.txt";
    private static final Path SCREENSHOT = Path.of("target/ui/release.png");
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(60);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Home home;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws IOException {
        Path project = Path.of(System.getProperty("beyan.home", "..")).toAbsolutePath().normalize();
        home = new Home(project, Files.createTempDirectory("beyan-e2e"));
        stack = new LocalStack(StackSettings.anyFreePorts(), home, message -> System.out.println("stack: " + message));
        stack.start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void seedPostedOverHttpShowsInTheAuditTrailByteForByteAndPostingItAgainChangesNothing() throws Exception {
        byte[] file = Files.readAllBytes(home.project().resolve(SEED));

        HttpResponse<String> created = postSeed(file);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = json(created.body());
        String id = answer.get("id").asText();
        assertThat(answer.get("status").asText()).isEqualTo("created");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/v1/releases/" + id));

        JsonNode received = awaitEvent(id, "ReleaseReceived");
        assertThat(received.get("version").asLong()).isEqualTo(1);
        assertThat(received.get("position").asLong()).isEqualTo(answer.get("position").asLong());
        assertThat(received.hasNonNull("recordedAt")).isTrue();
        assertThat(received.get("metadata").isObject()).isTrue();
        assertThat(received.get("data").get("text").asText().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(seedBody(file));

        HttpResponse<String> again = postSeed(file);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again.body()).get("status").asText()).isEqualTo("unchanged");
        assertThat(json(again.body()).get("id").asText()).isEqualTo(id);
        assertThat(eventsOf(id).map(events -> count(events, "ReleaseReceived"))).contains(1L);
    }

    /**
     * The audit browser as a person uses it, on releases that came in through ingest-service's API and were analysed
     * and projected by entity-service: {@code ui-browser.mjs} checks every highlight of the seed's page against the
     * analysis' offsets, follows a highlight to Şenol Aslanoğlu's page and back, runs axe-core on every kind of page
     * and takes the README's screenshot; when it asks, the seed is revised with a PUT to ingest-service, and once the
     * revision is analysed and projected the script finds the text and findings diff on the timeline. A release whose
     * text holds markup must show it as text. The seed is posted as {@code ./beyan up} posts it, so the screenshot
     * shows the release a user sees; the test runs last because it revises that release, which the first test
     * expects to create.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void auditorSeesTheSeedReleaseFollowsAHighlightAndSeesARevisionMadeThroughTheApi() throws Exception {
        AuditBrowserScript script = AuditBrowserScript.require(home.project());
        String ingest = token("newsroom-e2e", "ingest");
        HttpResponse<String> posted = postSeed(Files.readAllBytes(home.project().resolve(SEED)), Optional.of(ingest));
        assertThat(posted.statusCode()).as(posted.body()).isIn(200, 201);
        JsonNode seed = json(posted.body());
        String seedId = seed.get("id").asText();
        String markupId = submitJson("(İZMİR)- CHP İzmir İl Başkanı Şenol Aslanoğlu bugün <script>window.beyanInjected = 1"
                + "</script> bir açıklama yaptı: \"<b>Seçim</b> & <img src=x onerror=\"window.beyanInjected = 2\"> bitti\" "
                + "dedi.", "ui-browser-markup", ingest);
        awaitAnalysed(seedId, 1);
        awaitAnalysed(markupId, 1);
        String seedText = json(get(Service.QUERY, "/v1/releases/" + seedId).body()).get("text").asText();

        script.run(stack.url(Service.QUERY), seedId, markupId, SCREENSHOT, () -> {
            HttpResponse<String> revised = HTTP.send(HttpRequest.newBuilder(URI.create(stack.url(Service.INGEST)
                            + "/v1/releases/" + seedId))
                    .header("Authorization", "Bearer " + ingest)
                    .header("Content-Type", "application/json")
                    .header("If-Match", seed.get("version").asText())
                    .PUT(HttpRequest.BodyPublishers.ofString(ReleaseJson.MAPPER.createObjectNode()
                            .put("text", seedText.replace("İlk olarak Kiraz,", "İlk olarak Ödemiş ve Kiraz,"))
                            .put("reason", "Ödemiş ziyareti eklendi").toString(), StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
            assertThat(json(revised.body()).get("status").asText()).isEqualTo("revised");
            awaitAnalysed(seedId, json(revised.body()).get("version").asLong());
        });
    }

    /** Posts a release as JSON under an external id of this test's source; its id. */
    private static String submitJson(String text, String externalId, String token) throws Exception {
        ObjectNode release = ReleaseJson.MAPPER.createObjectNode()
                .put("source", "e2e-test").put("externalId", externalId)
                .put("publishedAt", "2024-06").put("category", "Güncel").put("text", text);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(stack.url(Service.INGEST)
                        + "/v1/releases"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(release.toString(), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body()).get("id").asText();
    }

    /**
     * Polls query-service until the release's text is at stream version {@code textVersion} or later and analysed:
     * the analysis and its projection are one transaction in entity-service, after the relay and Kafka.
     */
    private static void awaitAnalysed(String id, long textVersion) throws Exception {
        long deadline = System.nanoTime() + ARRIVAL_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(Service.QUERY, "/v1/releases/" + id);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                JsonNode release = json(response.body());
                long shown = release.path("textVersion").asLong();
                if (shown >= textVersion && release.path("analyzed").path("textVersion").asLong() == shown) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        fail("release %s not analysed at text version %d within %s; last answer: %s", id, textVersion,
                ARRIVAL_TIMEOUT, last);
    }

    /**
     * The stored text of a seed file, worked out here rather than by the server's parser: everything after the
     * header line, less the blank lines between header and body.
     */
    private static byte[] seedBody(byte[] file) {
        int i = 0;
        while (file[i] != '\n') {
            i++;
        }
        while (i < file.length && (file[i] == '\n' || file[i] == '\r')) {
            i++;
        }
        byte[] body = new byte[file.length - i];
        System.arraycopy(file, i, body, 0, body.length);
        return body;
    }

    @Test
    void writesAndOperationsNeedATokenWithTheirRoleAndTheAuditTrailNamesItsSubject() throws Exception {
        byte[] release = ("(İZMİR)- Vali bugün açıklama yaptı. " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String reader = token("reader", "read");

        assertThat(postSeed(release, Optional.empty()).statusCode()).isEqualTo(401);
        assertThat(postSeed(release, Optional.of(reader)).statusCode()).isEqualTo(403);
        assertThat(admin("rebuild", Optional.empty()).statusCode()).isEqualTo(401);
        assertThat(admin("rebuild", Optional.of(reader)).statusCode()).isEqualTo(403);

        HttpResponse<String> created = postSeed(release, Optional.of(token("newsroom-e2e", "ingest")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode received = awaitEvent(json(created.body()).get("id").asText(), "ReleaseReceived");
        assertThat(received.get("metadata").get("actor").asText()).isEqualTo("newsroom-e2e");
        HttpResponse<String> rebuilt = admin("rebuild", Optional.of(token("operator", "admin")));
        assertThat(rebuilt.statusCode()).isEqualTo(200);
        assertThat(rebuilt.body()).contains("\"done\":true").doesNotContain("\"error\"");
    }

    @Test
    void namesakesAreTwoOfficialsAndAnEditorsMergeLeavesOneWithTheMergeInItsHistory() throws Exception {
        String ingest = token("newsroom-e2e", "ingest");
        postSeed(("(TRABZON)- Trabzon Valisi Tahir Şahin, liman projesinin son durumunu anlattı. "
                + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), Optional.of(ingest));
        postSeed(("(İZMİR)- İzmir'in Tire Belediye Başkanı Tahir Şahin, yeni pazar yerini açtı. "
                + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), Optional.of(ingest));
        JsonNode namesakes = awaitOfficials("tahir%20sahin", 2);
        String governor = null;
        String mayor = null;
        for (JsonNode official : namesakes) {
            String id = official.get("id").asText();
            String title = json(get(Service.QUERY, "/v1/officials/" + id).body()).at("/positions/0/title").asText();
            if (title.equals("Vali")) {
                governor = id;
            } else {
                mayor = id;
            }
        }
        assertThat(governor).isNotNull();
        assertThat(mayor).isNotNull();

        HttpResponse<String> merged = HTTP.send(HttpRequest.newBuilder(URI.create(stack.url(Service.ENTITY)
                        + "/v1/officials/" + mayor + "/merge"))
                .header("Authorization", "Bearer " + token("editor-e2e", "editor"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"into\":\"" + governor
                        + "\",\"reason\":\"one person\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);

        assertThat(awaitOfficials("tahir%20sahin", 1).get(0).get("id").asText()).isEqualTo(governor);
        JsonNode official = json(get(Service.QUERY, "/v1/officials/" + governor).body());
        assertThat(official.at("/identity/corrections/0/type").asText()).isEqualTo("OfficialsMerged");
        assertThat(official.at("/identity/corrections/0/editor").asText()).isEqualTo("editor-e2e");
        HttpResponse<String> gone = get(Service.QUERY, "/v1/officials/" + mayor);
        assertThat(gone.statusCode()).isEqualTo(301);
        assertThat(json(gone.body()).get("mergedInto").asText()).isEqualTo(governor);
    }

    /** Polls query-service until the name search answers {@code count} officials: projection is asynchronous. */
    private static JsonNode awaitOfficials(String q, int count) throws Exception {
        long deadline = System.nanoTime() + ARRIVAL_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(Service.QUERY, "/v1/officials?q=" + q);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200 && json(response.body()).get("items").size() == count) {
                return json(response.body()).get("items");
            }
            Thread.sleep(250);
        }
        return fail("not %d officials for %s within %s; last answer: %s", count, q, ARRIVAL_TIMEOUT, last);
    }

    private static HttpResponse<String> get(Service service, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.url(service) + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signed with the stack's own key pair, as ./beyan token signs. */
    private static String token(String subject, String... roles) {
        return stack.keys().sign(subject, Set.of(roles), Duration.ofMinutes(10), Instant.now());
    }

    private static HttpResponse<String> postSeed(byte[] file) throws IOException, InterruptedException {
        return postSeed(file, Optional.of(token("e2e-test", "ingest")));
    }

    private static HttpResponse<String> postSeed(byte[] file, Optional<String> token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.url(Service.INGEST) + "/v1/releases"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> admin(String action, Optional<String> token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.url(Service.ENTITY) + "/v1/admin/" + action))
                .POST(HttpRequest.BodyPublishers.noBody());
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Polls the audit trail until the event shows: it arrives through the relay and Kafka, not at once. */
    private static JsonNode awaitEvent(String id, String type) throws Exception {
        long deadline = System.nanoTime() + ARRIVAL_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = getEvents(id);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                for (JsonNode event : json(response.body()).get("items")) {
                    if (type.equals(event.get("type").asText())) {
                        return event;
                    }
                }
            }
            Thread.sleep(250);
        }
        return fail("no %s for release %s in query-service's /events within %s; last answer: %s", type, id,
                ARRIVAL_TIMEOUT, last);
    }

    private static Optional<JsonNode> eventsOf(String id) throws Exception {
        HttpResponse<String> response = getEvents(id);
        return response.statusCode() == 200 ? Optional.of(json(response.body()).get("items")) : Optional.empty();
    }

    private static HttpResponse<String> getEvents(String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create(stack.url(Service.QUERY) + "/v1/releases/" + id + "/events")).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long count(JsonNode events, String type) {
        long n = 0;
        for (JsonNode event : events) {
            if (type.equals(event.get("type").asText())) {
                n++;
            }
        }
        return n;
    }

    private static JsonNode json(String body) throws IOException {
        return ReleaseJson.MAPPER.readTree(body);
    }
}
