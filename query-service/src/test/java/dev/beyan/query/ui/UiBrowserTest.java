package dev.beyan.query.ui;

import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.store.AppendResult;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The audit browser in a real browser: Debian's chromium, driven by Playwright ({@code src/test/browser/}), on the
 * seed as ingest-service would have stored it, analysed and projected by the same code as entity-service. The
 * script checks every highlight against the analysis' offsets, follows a highlight to Şenol Aslanoğlu's page and
 * back, runs axe-core on every kind of page, and takes the README's screenshot. Halfway it asks for a revision:
 * this test appends it to the release's stream at the expected version, as ingest-service does, lets the stream
 * processor analyse it, and the script finds the text and findings diff on the timeline. A release whose text
 * holds markup must show it as text.
 * <p>
 * Needs Node.js, chromium ({@code /usr/bin/chromium}, or {@code -Dbeyan.chromium=PATH}) and the pinned npm packages
 * ({@code npm ci --prefix query-service/src/test/browser}); without them it is skipped with a message, except
 * where {@code -Dbeyan.browser.required=true} says it must run, as in CI ({@code .ci/run} installs all three).
 */
@QuarkusTest
@TestProfile(UiBrowserTest.OwnDatabase.class)
class UiBrowserTest {
    private static final Path BROWSER = Path.of("src/test/browser");
    private static final Path SEED = Path.of("../seeds/000_d70b2ed9d009a380.txt");
    private static final Path SCREENSHOT = Path.of("target/ui/release.png");
    private static final String MARKUP_RELEASE = "c0de000000000001";
    private static final Duration TIMEOUT = Duration.ofMinutes(4);

    @TestHTTPResource("/")
    URL base;

    /** The service on {@link UiDatabase} alone: the other tests' shared database stays as their fixtures left it. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(UiDatabase.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void auditorReadsTheSeedReleaseFollowsAHighlightAndSeesARevision() throws Exception {
        String chromium = System.getProperty("beyan.chromium", "/usr/bin/chromium");
        requireTools(chromium);
        String seedText = seedBody(Files.readString(SEED, StandardCharsets.UTF_8));
        String seedId = releaseId(seedText);
        UiDatabase.Pipeline pipeline = UiDatabase.pipeline();
        receive(pipeline, seedId, seedText, "2024-05", "Güncel");
        receive(pipeline, MARKUP_RELEASE, "(İZMİR)- CHP İzmir İl Başkanı Şenol Aslanoğlu bugün <script>window.beyanInjected = 1</script> "
                + "bir açıklama yaptı: \"<b>Seçim</b> & <img src=x onerror=\"window.beyanInjected = 2\"> bitti\" dedi.",
                "2024-06", "Güncel");
        Files.createDirectories(SCREENSHOT.getParent());

        Process node = new ProcessBuilder("node", "ui-browser.mjs", base.toString(), seedId, MARKUP_RELEASE,
                SCREENSHOT.toAbsolutePath().toString(), chromium)
                .directory(BROWSER.toFile()).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("[ui-browser] " + line);
                output.add(line);
                if (line.equals("REVISE")) {
                    revise(pipeline, seedId, seedText.replace("İlk olarak Kiraz,", "İlk olarak Ödemiş ve Kiraz,"));
                    in.write("REVISED\n");
                    in.flush();
                }
            }
        }
        if (!node.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            node.destroyForcibly();
            fail("the browser script did not finish within " + TIMEOUT);
        }
        assertThat(node.exitValue()).as(String.join("\n", output)).isZero();
        assertThat(output).contains("PASS");
        assertThat(SCREENSHOT).exists();
    }

    /** Skips with what is missing, or fails where the browser test is required. */
    private static void requireTools(String chromium) throws InterruptedException {
        List<String> missing = new ArrayList<>();
        if (!runs("node", "--version")) {
            missing.add("Node.js 18+ (node on the PATH)");
        }
        if (!Files.isExecutable(Path.of(chromium))) {
            missing.add("chromium at " + chromium + " (apt-get install chromium, or -Dbeyan.chromium=PATH)");
        }
        if (!Files.isDirectory(BROWSER.resolve("node_modules/playwright-core"))
                || !Files.isDirectory(BROWSER.resolve("node_modules/axe-core"))) {
            missing.add("the pinned npm packages (npm ci --prefix query-service/src/test/browser)");
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "the browser test of the audit browser needs " + String.join(", ", missing);
        if (Boolean.getBoolean("beyan.browser.required")) {
            fail(message);
        }
        Assumptions.abort(message + "; skipped (set -Dbeyan.browser.required=true to make it fail)");
    }

    private static boolean runs(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The text ingest-service stores from a file in the seed format: the body after the header line. */
    private static String seedBody(String file) {
        String body = file.substring(file.indexOf('\n') + 1);
        int i = 0;
        while (i < body.length() && (body.charAt(i) == '\n' || body.charAt(i) == '\r')) {
            i++;
        }
        return body.substring(i);
    }

    /** The id ingest-service derives for a release without an external id: from the text's SHA-256. */
    private static String releaseId(String text) {
        return sha256("text\u0000" + sha256(text)).substring(0, 16);
    }

    private static void receive(UiDatabase.Pipeline pipeline, String id, String text, String publishedAt,
                                String category) {
        int paren = text.indexOf(")-");
        String dateline = text.startsWith("(") && paren > 0 ? text.substring(1, paren) : null;
        append(pipeline, id, 0, new ReleaseReceived(id, text, sha256(text), null, null, null, publishedAt, category,
                dateline, null));
        pipeline.processor().catchUp(ReleaseEvent.streamId(id));
    }

    /** A revision at the stream's current version, as ingest-service appends it, then its analysis. */
    private static void revise(UiDatabase.Pipeline pipeline, String id, String text) {
        String stream = ReleaseEvent.streamId(id);
        long version = pipeline.store().readStreamUpTo(stream, Long.MAX_VALUE).await().atMost(Duration.ofSeconds(30))
                .size();
        append(pipeline, id, version, new ReleaseRevised(id, text, sha256(text), "Ödemiş ziyareti eklendi"));
        pipeline.processor().catchUp(stream);
    }

    private static AppendResult append(UiDatabase.Pipeline pipeline, String id, long expected, ReleaseEvent event) {
        EventMetadata metadata = new EventMetadata(UUID.randomUUID().toString(), null, "ui-browser-test", null);
        return pipeline.store().append(ReleaseEvent.streamId(id), expected,
                List.of(new NewEvent(UUID.randomUUID(), event, metadata))).await().atMost(Duration.ofSeconds(30));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
