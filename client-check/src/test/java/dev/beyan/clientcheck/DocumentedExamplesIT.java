package dev.beyan.clientcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beyan.launcher.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code curl} line of the README and of docs/query-api.md, run as written with bash against the stack, as a
 * reader would after {@code ./beyan up} (which loads seeds/ first). A line answers 2xx or 3xx, or the status the
 * comment under it starts with ({@code # 201 ...}). {@code <next>} and {@code <etag>} are filled in as a reader
 * would: from the answer the docs say they come from; {@code $TOKEN} and {@code <token>} are a token with the roles
 * of {@code .beyan/token} (ingest, admin). A command starts at the beginning of a line: indented ones are output.
 */
@ExtendWith(Stack.class)
class DocumentedExamplesIT {
    private static final List<String> DOCS = List.of("README.md", "docs/query-api.md");
    private static final Pattern EXPECTED = Pattern.compile("^#\\s*(\\d{3})\\b");
    /** A flat JSON object in an answer: ingest's results, one per batch line. */
    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*}");
    private static final Pattern STATUS = Pattern.compile("beyan-status:(\\d{3})$");
    /** HTTP/1.1, as the documented curl lines speak it (see OpenApiDocumentsIT on the h2c upgrade). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static TestStack stack;
    private static String token;

    /** What {@code ./beyan up} does after starting: each seed file posted in the seed text format. */
    @BeforeAll
    static void loadSeeds(TestStack running) throws Exception {
        stack = running;
        token = stack.token("docs-reader", "ingest", "admin");
        try (Stream<Path> seeds = Files.list(Stack.project().resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(stack.ingestUrl()
                                + "/v1/releases")).header("Content-Type", "text/plain; charset=UTF-8")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofFile(seed)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(seed + ": " + answer.body()).isIn(200, 201);
            }
        }
        Poll.until("the seed's analysis", () -> {
            assertThat(get("/v1/officials/o_4d5fb4dd09b829e1").statusCode()).isEqualTo(200);
            return true;
        });
    }

    @Test
    void everyCurlLineOfTheDocsAnswersAsDocumented() throws Exception {
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (String doc : DOCS) {
            for (Example example : Example.in(Files.readAllLines(Stack.project().resolve(doc)))) {
                String command = addressed(filledIn(example.command()));
                Answer answer = run(command);
                int status = answer.status();
                ran++;
                awaitAnalyses(answer.output());
                boolean ok = example.expected() != null ? status == example.expected() : status >= 200 && status < 400;
                if (!ok) {
                    failures.add(doc + ": " + example.command() + "\n  answered " + status + ", expected "
                            + (example.expected() != null ? example.expected() : "2xx or 3xx"));
                }
            }
        }
        assertThat(ran).as("curl lines found").isGreaterThan(20);
        assertThat(failures).as("documented examples that do not answer as documented").isEmpty();
    }

    /** The stack runs on free ports: the docs' default ones are swapped for them. */
    private static String addressed(String command) {
        return command.replace("localhost:8081", host(stack.ingestUrl()))
                .replace("localhost:8082", host(stack.entityUrl()))
                .replace("localhost:8083", host(stack.queryUrl()));
    }

    private static String filledIn(String command) throws Exception {
        command = command.replace("<token>", token);
        if (command.contains("<next>")) {
            String next = new ObjectMapper().readTree(get("/v1/releases?limit=1").body()).get("next").asText();
            command = command.replace("<next>", next);
        }
        if (command.contains("<etag>")) {
            Matcher path = Pattern.compile("localhost:8083(/[^' ]*)").matcher(command);
            assertThat(path.find()).as("a query-service address in " + command).isTrue();
            String etag = get(path.group(1)).headers().firstValue("ETag").orElseThrow();
            command = command.replace("\"<etag>\"", etag);
        }
        return command;
    }

    /**
     * Waits until every text the answer says was stored is analysed, as it would be by the time a reader types the
     * next line: a revision racing the analysis of the text it revises may get a 409 (README, optimistic concurrency).
     */
    private static void awaitAnalyses(String output) throws Exception {
        Matcher object = OBJECT.matcher(output);
        while (object.find()) {
            JsonNode result = new ObjectMapper().readTree(object.group());
            if (!Set.of("created", "revised").contains(result.path("status").asText())) {
                continue;
            }
            String id = result.path("id").asText();
            long version = result.path("version").asLong();
            Poll.until("the analysis of " + id + " version " + version, () -> {
                JsonNode analyzed = new ObjectMapper().readTree(get("/v1/releases/" + id).body()).path("analyzed");
                assertThat(analyzed.path("textVersion").asLong()).isEqualTo(version);
                return true;
            });
        }
    }

    /** Runs the command with bash in the project folder (the docs name files relative to it). */
    private static Answer run(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command + " -sS -w '\\nbeyan-status:%{http_code}'")
                .directory(Stack.project().toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("TOKEN", token);
        Process bash = builder.start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(bash.waitFor(1, TimeUnit.MINUTES)).as(command).isTrue();
        Matcher status = STATUS.matcher(out);
        return new Answer(status.find() ? Integer.parseInt(status.group(1)) : -1, out);
    }

    private record Answer(int status, String output) {
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stack.queryUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String host(String url) {
        return URI.create(url).getAuthority();
    }

    /** A curl command from a fenced block, its inline comment cut, with the status its next comment line names. */
    record Example(String command, Integer expected) {

        static List<Example> in(List<String> lines) {
            List<Example> examples = new ArrayList<>();
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                String line = lines.get(i);
                if (!fenced || !(line.startsWith("curl ") || line.endsWith("\\"))) {
                    continue;
                }
                StringBuilder command = new StringBuilder();
                Shell shell = new Shell();
                while (true) {
                    String part = lines.get(i);
                    shell.read(part);
                    if (shell.quoted()) {
                        command.append(part).append('\n');
                    } else if (part.endsWith("\\")) {
                        command.append(part, 0, part.length() - 1);
                    } else {
                        command.append(shell.withoutComment(part));
                        break;
                    }
                    i++;
                }
                if (command.toString().contains("curl ")) {
                    Matcher expected = i + 1 < lines.size() ? EXPECTED.matcher(lines.get(i + 1).strip()) : null;
                    examples.add(new Example(command.toString().strip(),
                            expected != null && expected.find() ? Integer.valueOf(expected.group(1)) : null));
                }
            }
            return examples;
        }
    }

    /** Enough of the shell's quoting to know whether a line ends inside quotes, and where its comment starts. */
    static final class Shell {
        private boolean single;
        private boolean dbl;
        private int commentAt;

        void read(String line) {
            commentAt = -1;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (single) {
                    single = c != '\'';
                } else if (c == '\\' && !single) {
                    i++;
                } else if (c == '"') {
                    dbl = !dbl;
                } else if (dbl) {
                    continue;
                } else if (c == '\'') {
                    single = true;
                } else if (c == '#' && commentAt < 0 && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                    commentAt = i;
                    return;
                }
            }
        }

        boolean quoted() {
            return single || dbl;
        }

        String withoutComment(String line) {
            return commentAt < 0 ? line : line.substring(0, commentAt).stripTrailing();
        }
    }
}
