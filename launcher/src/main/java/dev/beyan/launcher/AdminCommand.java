package dev.beyan.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code rebuild} and {@code reanalyze}: POST to entity-service's admin endpoint, whose answer streams NDJSON
 * progress lines {@code {"processed":N,"total":M}} and ends with a line holding {@code "done":true}, and
 * {@code "error"} when the job failed.
 */
@Command
final class AdminCommand implements Callable<Integer> {
    static final Map<String, String> ACTIONS = Map.of(
            "rebuild", "Rebuild every read model from the event store, with progress.",
            "reanalyze", "Re-run the extractor on the releases an older extractor version analysed.");

    @Mixin
    private ClientOptions client;

    private final String action;
    private final Home home;
    private final HttpClient http;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    AdminCommand(String action, Home home, HttpClient http, Map<String, String> env, PrintStream out,
                 PrintStream err) {
        this.action = action;
        this.home = home;
        this.http = http;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        String entityUrl = client.url("ENTITY_URL", home);
        Optional<String> token = client.token(env, home);
        URI uri = URI.create(entityUrl.replaceAll("/+$", "") + "/v1/admin/" + action);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.noBody());
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<Stream<String>> response = send(request.build(), entityUrl);
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() / 100 != 2) {
                String body = lines.collect(Collectors.joining("\n"));
                throw new UserError(action + " failed (HTTP " + response.statusCode() + "): " + problem(body));
            }
            return follow(lines.iterator());
        }
    }

    private int follow(Iterator<String> lines) {
        ProgressBar bar = ProgressBar.onTerminal(err, action, 0, 0);
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.isBlank()) {
                continue;
            }
            JsonNode progress = parse(line);
            if (progress.path("done").asBoolean(false)) {
                bar.finish();
                if (progress.hasNonNull("error")) {
                    throw new UserError(action + " failed after " + progress.path("processed").asLong() + " of "
                            + progress.path("total").asLong() + ": " + progress.get("error").asText());
                }
                out.println(action + " done: " + summary(progress));
                return 0;
            }
            bar.update(progress.path("processed").asLong(), progress.path("total").asLong());
        }
        bar.finish();
        throw new UserError("the " + action + " answer ended before it said done; see entity-service's log");
    }

    /** The final line's fields, {@code done} aside: "processed 12, total 12". */
    private static String summary(JsonNode done) {
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = done.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("done")) {
                JsonNode v = field.getValue();
                parts.add(field.getKey() + " " + (v.isValueNode() ? v.asText() : v.toString()));
            }
        }
        return parts.isEmpty() ? "finished" : String.join(", ", parts);
    }

    private static String problem(String body) {
        return body.isBlank() ? "no details" : Outcome.describe(parse(body));
    }

    private static JsonNode parse(String json) {
        try {
            return ReleaseJson.MAPPER.readTree(json);
        } catch (IOException e) {
            return ReleaseJson.MAPPER.createObjectNode().put("detail", json.strip());
        }
    }

    private HttpResponse<Stream<String>> send(HttpRequest request, String entityUrl) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (ConnectException e) {
            throw new UserError("cannot reach entity-service at " + entityUrl + ": is the stack up? (./beyan status)");
        } catch (IOException e) {
            throw new UserError(action + " failed: " + LocalStack.causes(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted; the " + action + " may go on in entity-service");
        }
    }
}
