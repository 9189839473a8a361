package dev.beyan.launcher;

import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The audit browser's Playwright script ({@code query-service/src/test/browser/ui-browser.mjs}) in Debian's chromium,
 * run against a running query-service. When the script prints {@code REVISE}, the caller's revision runs and the
 * script is told {@code REVISED}; the script prints {@code PASS} when every check holds.
 * <p>
 * Needs Node.js, chromium ({@code /usr/bin/chromium}, or {@code -Dbeyan.chromium=PATH}) and the pinned npm packages
 * ({@code npm ci --prefix query-service/src/test/browser}); without them the test is skipped with a message, except
 * where {@code -Dbeyan.browser.required=true} says it must run, as in CI ({@code .ci/run} installs all three).
 */
final class AuditBrowserScript {
    private static final Duration TIMEOUT = Duration.ofMinutes(4);

    /** What the test does when the script asks for the revision; it returns once the revision can be seen. */
    interface Revision {
        void revise() throws Exception;
    }

    private final Path folder;
    private final String chromium;

    private AuditBrowserScript(Path folder, String chromium) {
        this.folder = folder;
        this.chromium = chromium;
    }

    /** The script of {@code project}, or the test skipped (failed where required) with what is missing. */
    static AuditBrowserScript require(Path project) throws InterruptedException {
        Path folder = project.resolve("query-service/src/test/browser");
        String chromium = System.getProperty("beyan.chromium", "/usr/bin/chromium");
        List<String> missing = new ArrayList<>();
        if (!runs("node", "--version")) {
            missing.add("Node.js 18+ (node on the PATH)");
        }
        if (!Files.isExecutable(Path.of(chromium))) {
            missing.add("chromium at " + chromium + " (apt-get install chromium, or -Dbeyan.chromium=PATH)");
        }
        if (!Files.isDirectory(folder.resolve("node_modules/playwright-core"))
                || !Files.isDirectory(folder.resolve("node_modules/axe-core"))) {
            missing.add("the pinned npm packages (npm ci --prefix query-service/src/test/browser)");
        }
        if (!missing.isEmpty()) {
            String message = "the browser test of the audit browser needs " + String.join(", ", missing);
            if (Boolean.getBoolean("beyan.browser.required")) {
                fail(message);
            }
            Assumptions.abort(message + "; skipped (set -Dbeyan.browser.required=true to make it fail)");
        }
        return new AuditBrowserScript(folder, chromium);
    }

    /** Runs the script to its end against {@code queryUrl}; fails unless it passes and leaves the screenshot. */
    void run(String queryUrl, String seedId, String markupId, Path screenshot, Revision revision) throws Exception {
        Files.createDirectories(screenshot.getParent());
        Process node = new ProcessBuilder("node", "ui-browser.mjs", queryUrl, seedId, markupId,
                screenshot.toAbsolutePath().toString(), chromium)
                .directory(folder.toFile()).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("[ui-browser] " + line);
                output.add(line);
                if (line.equals("REVISE")) {
                    revision.revise();
                    in.write("REVISED\n");
                    in.flush();
                }
            }
        } catch (Exception | AssertionError e) {
            // the script would wait for REVISED for ever, its chromium with it
            node.destroyForcibly();
            throw e;
        }
        if (!node.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            node.destroyForcibly();
            fail("the browser script did not finish within " + TIMEOUT);
        }
        assertThat(node.exitValue()).as(String.join("\n", output)).isZero();
        assertThat(output).contains("PASS");
        assertThat(screenshot).exists();
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
}
