package dev.beyan.common.testing;

import dev.beyan.common.testing.FuzzRequests.Request;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends generated hostile requests to a running service and checks each answer: never a 5xx, an error body that
 * names no class, package, setting or SQL, and no event appended by a refused request. The count and the seed
 * are printed; {@code -Dbeyan.fuzz.seed=N} replays a run, {@code -Dbeyan.fuzz.requests=N} changes its size.
 */
public final class FuzzRun {
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bjava\\.|\\borg\\.|\\bio\\.(quarkus|vertx|smallrye)|jackson|resteasy|SQLSTATE|eventstore\\.|"
                    + "readmodel\\.|\\tat ");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final LongSupplier lastPosition;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** {@code lastPosition} reads the newest position among the events a refused request must not append. */
    public FuzzRun(URI base, LongSupplier lastPosition) {
        this.base = base;
        this.lastPosition = lastPosition;
    }

    public static long seed() {
        return Long.getLong("beyan.fuzz.seed", new SecureRandom().nextLong());
    }

    public static int requests(int byDefault) {
        return Integer.getInteger("beyan.fuzz.requests", byDefault);
    }

    /** Sends {@code count} of {@code requests}; returns how many answers had each status. */
    public Map<Integer, Integer> send(FuzzRequests requests, int count) throws IOException, InterruptedException {
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            Request request = requests.next();
            long before = lastPosition.getAsLong();
            HttpResponse<String> answer = http.send(build(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            String what = "request " + (i + 1) + ": " + describe(request) + " -> " + answer.statusCode() + " "
                    + abbreviate(answer.body());
            assertThat(answer.statusCode()).as(what).isLessThan(500);
            if (answer.statusCode() >= 400) {
                assertThat(lastPosition.getAsLong()).as("appended by a refused " + what).isEqualTo(before);
                assertThat(leaksInternals(answer.body(), request)).as("internals in " + what).isFalse();
            }
        }
        return statuses;
    }

    /**
     * Whether the answer names an internal the request did not itself send: a problem detail may quote the
     * offending value back ("'; DROP TABLE eventstore.events; --' is not a date"), which leaks nothing.
     */
    private static boolean leaksInternals(String answer, Request request) {
        String sent = request.path() + new String(request.body(), StandardCharsets.UTF_8);
        Matcher m = INTERNALS.matcher(answer);
        while (m.find()) {
            if (!sent.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    private HttpRequest build(Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request.path())).timeout(TIMEOUT)
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(h -> builder.header(h.getKey(), h.getValue()));
        return builder.build();
    }

    private static String describe(Request r) {
        StringBuilder s = new StringBuilder(r.method()).append(' ').append(abbreviate(r.path()));
        r.headers().forEach(h -> s.append(" [").append(h.getKey()).append(": ").append(abbreviate(h.getValue())).append(']'));
        return s.append(" body ").append(r.body().length).append(" bytes: ")
                .append(abbreviate(new String(r.body(), StandardCharsets.UTF_8))).toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
