package dev.beyan.launcher;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Posts releases to ingest-service over HTTP and reads its answers. */
final class IngestClient {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final int TOO_MANY_REQUESTS = 429;
    private static final HttpResponse.BodyHandler<String> BODY = HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    /** A big load may outrun the server's per-client write limit: wait as told, this many times at most. */
    private static final int RATE_LIMIT_RETRIES = 30;
    private static final long MAX_WAIT_SECONDS = 10;

    private final URI base;
    private final HttpClient http;
    private final Optional<String> token;

    IngestClient(String baseUrl, HttpClient http, Optional<String> token) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.http = http;
        this.token = token;
    }

    /** A release in the seed text format; the server reads its header line. */
    Outcome submitSeedText(byte[] body) {
        return single(post("v1/releases", "text/plain; charset=UTF-8", body));
    }

    Outcome submitJson(byte[] body) {
        return single(post("v1/releases", "application/json", body));
    }

    /** One outcome per non-blank line of {@code ndjson}, each with its 1-based line number in that body. */
    List<NumberedOutcome> submitBatch(byte[] ndjson) {
        HttpResponse<String> response = post("v1/releases:batch", "application/x-ndjson", ndjson);
        if (response.statusCode() / 100 != 2) {
            Outcome whole = single(response);
            return List.of(new NumberedOutcome(0, whole));
        }
        List<NumberedOutcome> outcomes = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            if (!line.isBlank()) {
                JsonNode answer = parse(line);
                outcomes.add(new NumberedOutcome(answer.path("line").asInt(), Outcome.of(answer)));
            }
        }
        return outcomes;
    }

    record NumberedOutcome(int line, Outcome outcome) {
    }

    private Outcome single(HttpResponse<String> response) {
        if (response.body().isBlank()) {
            return Outcome.rejected("HTTP " + response.statusCode() + " with an empty answer");
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 == 2) {
            return Outcome.of(answer);
        }
        return Outcome.rejected(Outcome.describe(answer));
    }

    private static JsonNode parse(String body) {
        try {
            return ReleaseJson.MAPPER.readTree(body);
        } catch (IOException e) {
            return ReleaseJson.MAPPER.createObjectNode().put("detail", body.strip());
        }
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/x-ndjson, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<String> response = http.send(request.build(), BODY);
            for (int retry = 0; response.statusCode() == TOO_MANY_REQUESTS && retry < RATE_LIMIT_RETRIES; retry++) {
                Thread.sleep(Duration.ofSeconds(retryAfter(response)).toMillis());
                response = http.send(request.build(), BODY);
            }
            return response;
        } catch (ConnectException e) {
            throw new UserError("cannot reach ingest-service at " + base + ": is the stack up? (./beyan status)");
        } catch (HttpTimeoutException e) {
            throw new UserError("ingest-service at " + base + " did not answer within " + TIMEOUT.toMinutes()
                    + " minutes");
        } catch (IOException e) {
            throw new UserError("talking to ingest-service at " + base + " failed: " + LocalStack.causes(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted");
        }
    }

    private static long retryAfter(HttpResponse<String> response) {
        try {
            long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("1").strip());
            return Math.max(1, Math.min(MAX_WAIT_SECONDS, seconds));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
