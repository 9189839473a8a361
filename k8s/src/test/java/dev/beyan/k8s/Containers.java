package dev.beyan.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What a container of a built overlay sees: its environment, with each value or where it comes from. */
final class Containers {
    private Containers() {
    }

    /**
     * Every variable the container gets, to its literal value, {@code secret:NAME/KEY}, or
     * {@code configmap:NAME}; fails when a referenced ConfigMap, Secret or key does not exist in the overlay
     * (a KafkaUser's Secret, written by Strimzi's User Operator, has {@code password} and {@code sasl.jaas.config}).
     */
    static Map<String, String> env(String overlay, JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String name = from.path("configMapRef").path("name").asText();
            if (name.isEmpty()) {
                throw new AssertionError("only configMapRef is expected in envFrom: " + from);
            }
            JsonNode cm = Manifests.get(overlay, "ConfigMap", name);
            cm.path("data").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        for (JsonNode e : container.path("env")) {
            String name = e.get("name").asText();
            if (e.has("value")) {
                env.put(name, e.get("value").asText());
            } else {
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                String secret = ref.path("name").asText();
                String key = ref.path("key").asText();
                if (!secretHasKey(overlay, secret, key)) {
                    throw new AssertionError(overlay + ": " + name + " refers to " + secret + "/" + key
                            + ", which no Secret or KafkaUser of the overlay provides");
                }
                env.put(name, "secret:" + secret + "/" + key);
            }
        }
        return env;
    }

    static boolean secretHasKey(String overlay, String secret, String key) {
        Optional<JsonNode> s = Manifests.ofKind(overlay, "Secret")
                .filter(o -> Kustomize.name(o).equals(secret)).map(o -> (JsonNode) o).findFirst();
        if (s.isPresent()) {
            return s.get().path("stringData").has(key) || s.get().path("data").has(key);
        }
        boolean kafkaUser = Manifests.ofKind(overlay, "KafkaUser").anyMatch(u -> Kustomize.name(u).equals(secret));
        return kafkaUser && (key.equals("password") || key.equals("sasl.jaas.config"));
    }

    static String secretValue(String overlay, String secret, String key) {
        return Manifests.get(overlay, "Secret", secret).path("stringData").path(key).asText();
    }
}
