package dev.beyan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of kustomize that beyan's manifests use, for machines without {@code kubectl}: {@code resources} (files
 * and kustomization folders), {@code namespace}, {@code labels} (metadata only, kustomize's default),
 * {@code replicas}, {@code images} and {@code patches} given as JSON 6902 operation lists with a target kind and
 * name. Anything else in a kustomization.yaml is refused, so a manifest can never use a feature that this builds
 * differently from {@code kubectl kustomize}; {@link OverlaysTest} compares both where {@code kubectl} exists.
 * Transformers run in kustomize's order: patches, namespace, labels, replicas, images.
 */
final class Kustomize {
    static final ObjectMapper YAML = new YAMLMapper();

    private static final Set<String> KNOWN_KEYS =
            Set.of("apiVersion", "kind", "namespace", "labels", "resources", "replicas", "images", "patches");
    /** Kinds that have no namespace, among those kustomize knows. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService");
    /** Kinds whose {@code spec.replicas} the replicas transformer sets. */
    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet",
            "ReplicationController");

    private Kustomize() {
    }

    /** The objects the kustomization in {@code dir} produces. */
    static List<ObjectNode> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        JsonNode k = readOne(file);
        k.fieldNames().forEachRemaining(name -> {
            if (!KNOWN_KEYS.contains(name)) {
                throw new IllegalArgumentException(file + ": '" + name + "' is not in the supported kustomize subset");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                objects.addAll(build(p));
            } else {
                objects.addAll(readAll(p));
            }
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, patch, objects);
        }
        if (k.has("namespace")) {
            String ns = k.get("namespace").asText();
            for (ObjectNode o : objects) {
                if (!CLUSTER_SCOPED.contains(o.path("kind").asText())) {
                    metadata(o).put("namespace", ns);
                }
            }
        }
        for (JsonNode label : k.path("labels")) {
            label.fieldNames().forEachRemaining(name -> {
                if (!name.equals("pairs") && !(Set.of("includeSelectors", "includeTemplates").contains(name)
                        && !label.get(name).asBoolean())) {
                    throw new IllegalArgumentException(file + ": labels." + name + " is not supported");
                }
            });
            for (ObjectNode o : objects) {
                ObjectNode labels = metadata(o).withObjectProperty("labels");
                label.get("pairs").properties().forEach(e -> labels.set(e.getKey(), e.getValue()));
            }
        }
        for (JsonNode r : k.path("replicas")) {
            boolean found = false;
            for (ObjectNode o : objects) {
                if (SCALABLE.contains(o.path("kind").asText()) && name(o).equals(r.get("name").asText())) {
                    ((ObjectNode) o.get("spec")).put("replicas", r.get("count").asInt());
                    found = true;
                }
            }
            require(found, file + ": replicas: no object named " + r.get("name"));
        }
        for (JsonNode image : k.path("images")) {
            objects.forEach(o -> setImages(o, image));
        }
        return objects;
    }

    private static void applyPatch(Path dir, JsonNode patch, List<ObjectNode> objects) {
        patch.fieldNames().forEachRemaining(name -> require(Set.of("path", "target").contains(name),
                dir + ": patches." + name + " is not supported (only path and target)"));
        JsonNode target = patch.get("target");
        require(target != null, dir + ": a patch needs a target");
        target.fieldNames().forEachRemaining(name -> require(Set.of("kind", "name").contains(name),
                dir + ": patch target." + name + " is not supported (only kind and name)"));
        JsonNode ops = readOne(dir.resolve(patch.get("path").asText()));
        require(ops.isArray(), dir + ": " + patch.get("path") + " is not a JSON 6902 patch (strategic merge patches "
                + "are not supported)");
        int matched = 0;
        for (ObjectNode o : objects) {
            if (o.path("kind").asText().equals(target.path("kind").asText())
                    && (!target.has("name") || name(o).equals(target.get("name").asText()))) {
                JsonPatch.apply(o, (ArrayNode) ops);
                matched++;
            }
        }
        require(matched > 0, dir + ": patch " + patch.get("path") + " matches no object");
    }

    /** kustomize's images transformer: every {@code containers[]} and {@code initContainers[]} image. */
    private static void setImages(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if ((e.getKey().equals("containers") || e.getKey().equals("initContainers")) && e.getValue().isArray()) {
                    for (JsonNode c : e.getValue()) {
                        if (c.has("image")) {
                            ((ObjectNode) c).put("image", retag(c.get("image").asText(), image));
                        }
                    }
                }
                setImages(e.getValue(), image);
            }
        } else if (node.isArray()) {
            node.forEach(n -> setImages(n, image));
        }
    }

    private static String retag(String ref, JsonNode image) {
        int at = ref.indexOf('@');
        String withoutDigest = at < 0 ? ref : ref.substring(0, at);
        int colon = withoutDigest.lastIndexOf(':');
        boolean hasTag = colon > withoutDigest.lastIndexOf('/');
        String name = hasTag ? withoutDigest.substring(0, colon) : withoutDigest;
        if (!name.equals(image.get("name").asText())) {
            return ref;
        }
        image.fieldNames().forEachRemaining(f -> require(Set.of("name", "newName", "newTag").contains(f),
                "images." + f + " is not supported"));
        String tag = image.has("newTag") ? ":" + image.get("newTag").asText()
                : hasTag ? withoutDigest.substring(colon) : "";
        return image.path("newName").asText(name) + tag;
    }

    static List<ObjectNode> readAll(Path file) {
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            List<ObjectNode> docs = new ArrayList<>();
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    require(doc.isObject(), file + ": a document that is not an object");
                    docs.add((ObjectNode) doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static JsonNode readOne(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    private static ObjectNode metadata(ObjectNode o) {
        return o.withObjectProperty("metadata");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** RFC 6902 add, replace and remove, the operations the overlays use. */
    static final class JsonPatch {
        private JsonPatch() {
        }

        static void apply(ObjectNode doc, ArrayNode ops) {
            for (JsonNode op : ops) {
                String kind = op.get("op").asText();
                List<String> path = pointer(op.get("path").asText());
                JsonNode parent = doc;
                for (String token : path.subList(0, path.size() - 1)) {
                    parent = parent.isArray() ? parent.get(Integer.parseInt(token)) : parent.get(token);
                    require(parent != null, "patch path " + op.get("path") + " does not exist in " + name(doc));
                }
                String last = path.get(path.size() - 1);
                switch (kind) {
                    case "add" -> add(parent, last, op.get("value").deepCopy(), op);
                    case "replace" -> {
                        require(exists(parent, last), "replace: " + op.get("path") + " does not exist in " + name(doc));
                        remove(parent, last);
                        add(parent, last, op.get("value").deepCopy(), op);
                    }
                    case "remove" -> {
                        require(exists(parent, last), "remove: " + op.get("path") + " does not exist in " + name(doc));
                        remove(parent, last);
                    }
                    default -> throw new IllegalArgumentException("patch op " + kind + " is not supported");
                }
            }
        }

        private static List<String> pointer(String p) {
            require(p.startsWith("/"), "not a JSON pointer: " + p);
            List<String> tokens = new ArrayList<>();
            for (String t : p.substring(1).split("/", -1)) {
                tokens.add(t.replace("~1", "/").replace("~0", "~"));
            }
            return tokens;
        }

        private static boolean exists(JsonNode parent, String token) {
            return parent.isArray() ? Integer.parseInt(token) < parent.size() : parent.has(token);
        }

        private static void add(JsonNode parent, String token, JsonNode value, JsonNode op) {
            if (parent.isArray()) {
                ArrayNode a = (ArrayNode) parent;
                if (token.equals("-")) {
                    a.add(value);
                } else {
                    a.insert(Integer.parseInt(token), value);
                }
            } else if (parent.isObject()) {
                ((ObjectNode) parent).set(token, value);
            } else {
                throw new IllegalArgumentException("patch " + op + ": the parent is not an object or a list");
            }
        }

        private static void remove(JsonNode parent, String token) {
            if (parent.isArray()) {
                ((ArrayNode) parent).remove(Integer.parseInt(token));
            } else {
                ((ObjectNode) parent).remove(token);
            }
        }
    }
}
