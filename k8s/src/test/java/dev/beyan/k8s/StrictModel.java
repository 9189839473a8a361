package dev.beyan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Strict reading of Kubernetes objects. fabric8 keeps a field it does not know in the object's
 * {@code additionalProperties} instead of failing, so this walks the parsed model and reports every such field.
 * Kinds fabric8 has no model for (the operators' custom resources) are checked against {@code crd-shapes.yaml}.
 */
final class StrictModel {
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Pattern QUANTITY = Pattern.compile("[0-9]+(\\.[0-9]+)?(m|k|Ki|Mi|Gi|Ti|M|G|T)?");
    private static final Set<String> TOP_LEVEL = Set.of("apiVersion", "kind", "metadata", "spec");
    private static final JsonNode SHAPES = loadShapes();

    private StrictModel() {
    }

    /** What is wrong with {@code object}: each unknown field (or mistyped custom-resource field) by its path. */
    static List<String> violations(ObjectNode object) {
        List<String> found = new ArrayList<>();
        Object parsed;
        try {
            parsed = SERIALIZATION.unmarshal(object.toString(), KubernetesResource.class);
        } catch (RuntimeException e) {
            return List.of("does not parse: " + e.getMessage());
        }
        if (parsed instanceof GenericKubernetesResource) {
            String key = object.path("apiVersion").asText() + " " + object.path("kind").asText();
            JsonNode shape = SHAPES.get(key);
            if (shape == null) {
                return List.of("no fabric8 model and no shape in crd-shapes.yaml for " + key);
            }
            object.fieldNames().forEachRemaining(f -> {
                if (!TOP_LEVEL.contains(f)) {
                    found.add(f + ": unknown field");
                }
            });
            strict(object.path("metadata"), ObjectMeta.class, "metadata", found);
            checkShape(object.path("spec"), shape, "spec", found);
        } else {
            additionalProperties(parsed, "", found);
        }
        return found;
    }

    /** Parses {@code node} into {@code type} and reports its unknown fields. */
    static void strict(JsonNode node, Class<?> type, String path, List<String> found) {
        try {
            additionalProperties(SERIALIZATION.convertValue(node, type), path, found);
        } catch (RuntimeException e) {
            found.add(path + ": not a " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void additionalProperties(Object o, String path, List<String> found) {
        if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>) {
            return;
        }
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> additionalProperties(v, path + "." + k, found));
            return;
        }
        if (o instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                additionalProperties(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object value;
                try {
                    value = f.get(o);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (f.getName().equals("additionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(k -> found.add(path + "." + k + ": unknown field"));
                    }
                } else {
                    additionalProperties(value, path + "." + f.getName(), found);
                }
            }
        }
    }

    private static void checkShape(JsonNode value, JsonNode shape, String path, List<String> found) {
        if (shape.isObject()) {
            if (!value.isObject()) {
                found.add(path + ": not an object");
                return;
            }
            value.properties().forEach(e -> {
                JsonNode fieldShape = shape.has(e.getKey()) ? shape.get(e.getKey()) : shape.get("*");
                if (fieldShape == null) {
                    found.add(path + "." + e.getKey() + ": unknown field");
                } else {
                    checkShape(e.getValue(), fieldShape, path + "." + e.getKey(), found);
                }
            });
        } else if (shape.isArray()) {
            if (!value.isArray()) {
                found.add(path + ": not a list");
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                checkShape(value.get(i), shape.get(0), path + "[" + i + "]", found);
            }
        } else {
            String type = shape.asText();
            boolean ok;
            if (type.startsWith("enum ")) {
                ok = value.isTextual() && List.of(type.substring(5).split("\\|")).contains(value.asText());
            } else if (type.startsWith("k8s ")) {
                try {
                    strict(value, Class.forName(type.substring(4)), path, found);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                ok = true;
            } else {
                ok = switch (type) {
                    case "string" -> value.isTextual();
                    case "integer" -> value.isIntegralNumber();
                    case "boolean" -> value.isBoolean();
                    case "scalar" -> value.isValueNode() && !value.isNull();
                    case "quantity" -> value.isIntegralNumber()
                            || value.isTextual() && QUANTITY.matcher(value.asText()).matches();
                    default -> throw new IllegalStateException("crd-shapes.yaml: unknown type " + type);
                };
            }
            if (!ok) {
                found.add(path + ": " + value + " is not " + type);
            }
        }
    }

    private static JsonNode loadShapes() {
        try (InputStream in = StrictModel.class.getResourceAsStream("/crd-shapes.yaml")) {
            return Kustomize.YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
