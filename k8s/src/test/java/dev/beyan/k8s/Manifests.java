package dev.beyan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The overlays' built objects, built once per test JVM, and where the project's files are. */
final class Manifests {
    /** The module's folder: k8s/ (surefire runs in it). */
    static final Path K8S = Path.of("").toAbsolutePath();
    static final Path PROJECT = K8S.getParent();
    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final Map<String, List<ObjectNode>> BUILT = new ConcurrentHashMap<>();

    private Manifests() {
    }

    static Path overlay(String name) {
        return K8S.resolve("overlays").resolve(name);
    }

    /** The overlay's objects as {@link Kustomize} builds them. */
    static List<ObjectNode> build(String overlay) {
        return BUILT.computeIfAbsent(overlay, o -> List.copyOf(Kustomize.build(overlay(o))));
    }

    static Stream<ObjectNode> ofKind(String overlay, String kind) {
        return build(overlay).stream().filter(o -> o.path("kind").asText().equals(kind));
    }

    static ObjectNode get(String overlay, String kind, String name) {
        return ofKind(overlay, kind).filter(o -> Kustomize.name(o).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " has no " + kind + " " + name));
    }

    static String id(JsonNode o) {
        return o.path("apiVersion").asText() + " " + o.path("kind").asText() + " "
                + o.path("metadata").path("namespace").asText() + "/" + Kustomize.name(o);
    }

    /** The overlay built by {@code kubectl kustomize}, when a kubectl is on the PATH. */
    static Optional<List<ObjectNode>> buildWithKubectl(String overlay) throws IOException, InterruptedException {
        Optional<Path> kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(d -> Path.of(d, "kubectl")).filter(Files::isExecutable).findFirst();
        if (kubectl.isEmpty()) {
            return Optional.empty();
        }
        Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
        Process p = new ProcessBuilder(kubectl.get().toString(), "kustomize", overlay(overlay).toString())
                .redirectOutput(out.toFile()).redirectErrorStream(false).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kubectl kustomize " + overlay + " did not finish in 120 s");
        }
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + overlay + " failed: " + err);
        }
        List<ObjectNode> objects = Kustomize.readAll(out);
        Files.delete(out);
        return Optional.of(objects);
    }
}
