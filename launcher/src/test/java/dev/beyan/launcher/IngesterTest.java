package dev.beyan.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest command against a stand-in for ingest-service that answers as the real one does. */
class IngesterTest {
    private static final String BLANK_TEXT = "{\"type\":\"https://beyan.dev/problems/invalid-request\",\"title\":"
            + "\"Invalid request\",\"status\":400,\"detail\":\"the release text is missing or blank\",\"field\":\"text\"}";

    private final List<Map.Entry<String, byte[]>> received = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<String> authorizations = new ArrayList<>();
    private HttpServer server;
    private Ingester ingester;

    @BeforeEach
    void startStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/releases", this::answer);
        server.start();
        IngestClient client = new IngestClient("http://127.0.0.1:" + server.getAddress().getPort(),
                HttpClient.newHttpClient(), Optional.of("t0ken"));
        ingester = new Ingester(client, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    }

    @AfterEach
    void stopStandIn() {
        server.stop(0);
    }

    @Test
    void reportsEachFileAndFailsWhenAnyIsRejected(@TempDir Path dir) throws IOException {
        Path seed = Files.writeString(dir.resolve("a.txt"), "date 2024-05 Güncel\n\n(İZMİR)- Metin.\n");
        Path corpus = Files.writeString(dir.resolve("b.json"),
                "{\"id\":\"webpol-1\",\"license\":\"x\",\"published\":\"2024-05\",\"text\":\"Metin.\"}");
        Files.writeString(dir.resolve("c.json"), "{\"text\":\"\"}");

        boolean clean = ingester.ingest(ReleaseFiles.expand(List.of(dir.toString())));

        assertThat(clean).isFalse();
        assertThat(output()).contains(
                "created   " + seed + "  id 0123456789abcdef, version 1",
                "unchanged " + corpus + "  id 0123456789abcdef, version 2",
                "rejected  " + dir.resolve("c.json") + "  text: the release text is missing or blank",
                "3 releases in 3 files: 1 created, 1 unchanged, 0 revised, 1 rejected");
        assertThat(received.get(0).getKey()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(received.get(0).getValue()).isEqualTo(Files.readAllBytes(seed));
        assertThat(new String(received.get(1).getValue(), StandardCharsets.UTF_8))
                .contains("\"externalId\":\"webpol-1\"", "\"publishedAt\":\"2024-05\"").doesNotContain("license");
    }

    @Test
    void numbersBatchRejectionsByTheirLineInTheFile(@TempDir Path dir) throws IOException {
        StringBuilder ndjson = new StringBuilder();
        for (int line = 1; line <= 1203; line++) {
            ndjson.append(line == 1101 ? "{\"text\":\"\"}" : line == 700 ? "" : "{\"text\":\"r" + line + "\"}").append('\n');
        }
        Path file = Files.writeString(dir.resolve("many.ndjson"), ndjson);

        boolean clean = ingester.ingest(ReleaseFiles.expand(List.of(file.toString())));

        assertThat(clean).isFalse();
        assertThat(output()).contains(
                "rejected  " + file + ":1101  text: the release text is missing or blank",
                "loaded    " + file + "  1201 created, 0 unchanged, 0 revised, 1 rejected");
        assertThat(received).hasSize(3).allSatisfy(r -> assertThat(r.getKey()).isEqualTo("application/x-ndjson"));
        assertThat(authorizations).hasSize(3).containsOnly("Bearer t0ken");
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        received.add(Map.entry(type, body));
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        String text = new String(body, StandardCharsets.UTF_8);
        if (exchange.getRequestURI().getPath().endsWith(":batch")) {
            StringBuilder lines = new StringBuilder();
            String[] input = text.split("\n", -1);
            for (int i = 0; i < input.length; i++) {
                if (input[i].isBlank()) {
                    continue;
                }
                lines.append(input[i].contains("\"text\":\"\"")
                        ? "{\"line\":" + (i + 1) + ",\"status\":\"rejected\",\"problem\":" + BLANK_TEXT + "}"
                        : "{\"line\":" + (i + 1) + ",\"status\":\"created\",\"id\":\"0123456789abcdef\",\"version\":1}")
                        .append('\n');
            }
            respond(exchange, 200, lines.toString());
        } else if (type.startsWith("text/plain")) {
            respond(exchange, 201, "{\"id\":\"0123456789abcdef\",\"version\":1,\"position\":1,\"status\":\"created\"}");
        } else if (text.contains("\"text\":\"\"")) {
            respond(exchange, 400, BLANK_TEXT);
        } else {
            respond(exchange, 200, "{\"id\":\"0123456789abcdef\",\"version\":2,\"position\":2,\"status\":\"unchanged\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
