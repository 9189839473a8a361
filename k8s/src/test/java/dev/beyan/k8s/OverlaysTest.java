package dev.beyan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyOverlayBuildsIntoUniquelyNamedObjectsInTheNamespace(String overlay) {
        List<ObjectNode> objects = Manifests.build(overlay);
        assertThat(objects).isNotEmpty();
        assertThat(objects.stream().map(Manifests::id)).doesNotHaveDuplicates();
        assertThat(objects).allSatisfy(o -> {
            if (!o.path("kind").asText().equals("Namespace")) {
                assertThat(o.path("metadata").path("namespace").asText()).as(Manifests.id(o)).isEqualTo("beyan");
            }
            assertThat(o.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText())
                    .as(Manifests.id(o)).isEqualTo("beyan");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kubectlKustomizeBuildsTheSameObjects(String overlay) throws Exception {
        Optional<List<ObjectNode>> kubectl = Manifests.buildWithKubectl(overlay);
        if (kubectl.isEmpty()) {
            System.out.println("no kubectl on the PATH: " + overlay + " checked as the Java kustomize subset builds it");
        }
        assumeTrue(kubectl.isPresent(), "no kubectl on the PATH");
        assertThat(byId(Manifests.build(overlay))).isEqualTo(byId(kubectl.get()));
    }

    private static Map<String, JsonNode> byId(List<ObjectNode> objects) {
        Map<String, JsonNode> m = new TreeMap<>();
        objects.forEach(o -> m.put(Manifests.id(o), o));
        return m;
    }
}
