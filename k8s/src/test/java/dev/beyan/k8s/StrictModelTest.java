package dev.beyan.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StrictModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectParsesWithoutUnknownFields(String overlay) {
        Map<String, List<String>> wrong = new LinkedHashMap<>();
        for (ObjectNode o : Manifests.build(overlay)) {
            List<String> v = StrictModel.violations(o);
            if (!v.isEmpty()) {
                wrong.put(Manifests.id(o), v);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void reportsAnUnknownFieldOfABuiltInKind() throws Exception {
        ObjectNode d = Manifests.get("prod", "Deployment", "query-service").deepCopy();
        ((ObjectNode) d.at("/spec/template/spec/containers/0")).put("readinesProbe", "typo");
        ((ObjectNode) d.at("/spec/template/metadata")).put("label", "typo");
        assertThat(StrictModel.violations(d)).containsExactlyInAnyOrder(
                ".spec.template.spec.containers[0].readinesProbe: unknown field",
                ".spec.template.metadata.label: unknown field");
    }

    @Test
    void reportsAnUnknownFieldOfAMonitoringKind() {
        ObjectNode m = Manifests.get("prod", "ServiceMonitor", "query-service").deepCopy();
        ((ObjectNode) m.at("/spec/endpoints/0")).put("pathh", "/q/metrics");
        assertThat(StrictModel.violations(m)).containsExactly(".spec.endpoints[0].pathh: unknown field");
    }

    @Test
    void reportsUnknownAndMistypedFieldsOfACustomResource() {
        ObjectNode k = Manifests.get("prod", "Kafka", "beyan-kafka").deepCopy();
        ((ObjectNode) k.at("/spec/kafka")).put("replicas", 3);
        ((ObjectNode) k.at("/spec/kafka/listeners/0")).put("port", "9092");
        ((ObjectNode) k.at("/spec/kafka/listeners/0/networkPolicyPeers/0")).put("podSelectr", "x");
        ((ObjectNode) k.at("/metadata")).put("annotation", "x");
        assertThat(StrictModel.violations(k)).containsExactlyInAnyOrder(
                "spec.kafka.replicas: unknown field",
                "spec.kafka.listeners[0].port: \"9092\" is not integer",
                "spec.kafka.listeners[0].networkPolicyPeers[0].podSelectr: unknown field",
                "metadata.annotation: unknown field");
    }

    @Test
    void refusesAKindWithNeitherModelNorShape() {
        ObjectNode o = Kustomize.YAML.createObjectNode();
        o.put("apiVersion", "keda.sh/v1alpha1").put("kind", "ScaledObject").putObject("metadata").put("name", "x");
        assertThat(StrictModel.violations(o)).singleElement().asString().startsWith("no fabric8 model");
    }
}
