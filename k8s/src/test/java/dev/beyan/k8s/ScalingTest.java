package dev.beyan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How each overlay scales each service, and what prod adds around them. */
class ScalingTest {

    @Test
    void devRunsOneOfEverythingWithoutAutoscalersBudgetsOrMonitoring() {
        assertThat(Manifests.ofKind("dev", "Deployment")).allSatisfy(d ->
                assertThat(d.at("/spec/replicas").asInt()).as(Kustomize.name(d)).isEqualTo(1));
        assertThat(Manifests.get("dev", "Cluster", "beyan-db").at("/spec/instances").asInt()).isEqualTo(1);
        assertThat(Manifests.get("dev", "KafkaNodePool", "dual-role").at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(Manifests.ofKind("dev", "KafkaTopic")).allSatisfy(t ->
                assertThat(t.at("/spec/replicas").asInt()).isEqualTo(1));
        for (String kind : List.of("HorizontalPodAutoscaler", "PodDisruptionBudget", "ServiceMonitor", "PrometheusRule")) {
            assertThat(Manifests.ofKind("dev", kind)).as(kind).isEmpty();
        }
    }

    @Test
    void prodScalesIngestAndQueryOnTheirOwnAutoscalers() {
        Map<String, List<Integer>> expected = Map.of("ingest-service", List.of(3, 20), "query-service", List.of(2, 10));
        assertThat(Manifests.ofKind("prod", "HorizontalPodAutoscaler").map(Kustomize::name))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((service, range) -> {
            ObjectNode hpa = Manifests.get("prod", "HorizontalPodAutoscaler", service);
            assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
            assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(service);
            assertThat(List.of(hpa.at("/spec/minReplicas").asInt(), hpa.at("/spec/maxReplicas").asInt()))
                    .isEqualTo(range);
            assertThat(Manifests.get("prod", "Deployment", service).at("/spec/replicas").asInt())
                    .isEqualTo(range.get(0));
        });
    }

    @Test
    void prodRunsNoMoreEntityReplicasThanTheTopicHasPartitions() {
        int partitions = Manifests.get("prod", "KafkaTopic", "beyan.release-events").at("/spec/partitions").asInt();
        int replicas = Manifests.get("prod", "Deployment", "entity-service").at("/spec/replicas").asInt();
        assertThat(replicas).isBetween(2, partitions);
        assertThat(partitions % replicas).as("partitions shared evenly").isZero();
    }

    @Test
    void prodSpreadsEveryServiceOverZonesAndKeepsItAvailableDuringDrains() {
        for (String service : DeploymentsTest.SERVICES) {
            JsonNode spread = Manifests.get("prod", "Deployment", service).at("/spec/template/spec/topologySpreadConstraints");
            assertThat(spread.findValues("topologyKey").stream().map(JsonNode::asText))
                    .contains("topology.kubernetes.io/zone");
            assertThat(spread.findValues("app.kubernetes.io/name").stream().map(JsonNode::asText)).containsOnly(service);
            ObjectNode pdb = Manifests.get("prod", "PodDisruptionBudget", service);
            assertThat(pdb.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(service);
        }
    }

    @Test
    void prodMonitorsEveryServiceAndAlertsOnLagDeadLettersAndErrors() {
        for (String service : DeploymentsTest.SERVICES) {
            ObjectNode sm = Manifests.get("prod", "ServiceMonitor", service);
            ObjectNode svc = Manifests.get("prod", "Service", service);
            assertThat(sm.at("/spec/selector/matchLabels")).isEqualTo(svc.at("/spec/selector"));
            assertThat(svc.at("/metadata/labels/app.kubernetes.io~1name").asText()).isEqualTo(service);
            assertThat(sm.at("/spec/endpoints/0/port").asText()).isEqualTo(svc.at("/spec/ports/0/name").asText());
            assertThat(sm.at("/spec/endpoints/0/path").asText()).isEqualTo(new ServiceConfig(service).metricsPath());
        }
        List<String> exprs = Manifests.get("prod", "PrometheusRule", "beyan").findValues("expr").stream()
                .map(JsonNode::asText).toList();
        assertThat(exprs).anySatisfy(e -> assertThat(e).contains("beyan_projection_lag_events"))
                .anySatisfy(e -> assertThat(e).contains("beyan.release-events.dlq"))
                .anySatisfy(e -> assertThat(e).contains("status=~\"5..\""));
    }

    @Test
    void eachServiceThatUsesKafkaHasAUserAllowedExactlyWhatItDoes() {
        assertThat(Manifests.ofKind("prod", "KafkaUser").map(Kustomize::name))
                .containsExactlyInAnyOrder("beyan-ingest", "beyan-entity");
        assertThat(acls("beyan-ingest")).containsExactlyInAnyOrder(
                "topic beyan.release-events Write", "topic beyan.release-events Read",
                "topic beyan.release-events Describe");
        ServiceConfig entity = new ServiceConfig("entity-service");
        String group = entity.properties.getProperty("mp.messaging.incoming.release-events.group.id");
        String dlq = entity.properties.getProperty("mp.messaging.incoming.release-events.dead-letter-queue.topic");
        String topic = entity.properties.getProperty("mp.messaging.incoming.release-events.topic");
        assertThat(acls("beyan-entity")).containsExactlyInAnyOrder(
                "topic " + topic + " Read", "topic " + topic + " Describe", "group " + group + " Read",
                "topic " + dlq + " Write", "topic " + dlq + " Describe");
        assertThat(new ServiceConfig("ingest-service").properties
                .getProperty("mp.messaging.outgoing.release-events.topic")).isEqualTo(topic);
        assertThat(Manifests.ofKind("prod", "KafkaTopic").map(Kustomize::name)).containsExactlyInAnyOrder(topic, dlq);
    }

    @Test
    void bothTopicsTakeTheLargestRecordTheirProducersSend() {
        String relayLimit = new ServiceConfig("ingest-service").properties
                .getProperty("mp.messaging.outgoing.release-events.max.request.size");
        String deadLetterLimit = new ServiceConfig("entity-service").properties
                .getProperty("mp.messaging.incoming.release-events.dead-letter-queue.max.request.size");
        assertThat(deadLetterLimit).as("a dead letter is as large as the record that came in").isEqualTo(relayLimit);
        for (String env : List.of("dev", "prod")) {
            assertThat(Manifests.ofKind(env, "KafkaTopic"))
                    .allSatisfy(t -> assertThat(t.at("/spec/config/max.message.bytes").asText()).isEqualTo(relayLimit));
        }
    }

    private static List<String> acls(String user) {
        return Manifests.get("prod", "KafkaUser", user).at("/spec/authorization/acls").findParents("resource").stream()
                .flatMap(a -> {
                    JsonNode r = a.get("resource");
                    assertThat(r.path("patternType").asText()).isEqualTo("literal");
                    String res = r.path("type").asText() + " " + r.path("name").asText();
                    return a.path("operations").valueStream().map(op -> res + " " + op.asText());
                }).toList();
    }
}
