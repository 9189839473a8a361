package dev.beyan.k8s;

import dev.beyan.k8s.NetworkPolicies.Endpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NetworkPolicies allow exactly the paths of k8s/README.md ("Network"): every connection between the
 * endpoints below, on every port they listen on, is evaluated, and the allowed ones must be exactly these.
 */
class NetworkPoliciesTest {
    private static final String NS = NetworkPolicies.NAMESPACE;

    private static Map<String, String> app(String name) {
        return Map.of("app.kubernetes.io/name", name, "app.kubernetes.io/part-of", "beyan");
    }

    private static Map<String, String> strimzi(String name) {
        return Map.of("strimzi.io/cluster", "beyan-kafka", "strimzi.io/kind", "Kafka", "strimzi.io/name", name);
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.pod("ingress-nginx", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx")),
            Endpoint.pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus")),
            Endpoint.pod("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg")),
            Endpoint.pod("strimzi-operator", "strimzi", Map.of("strimzi.io/kind", "cluster-operator")),
            Endpoint.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), "53/UDP", "53/TCP"),
            Endpoint.pod("other-namespace", "default", Map.of("app", "other"), "8080/TCP"),
            Endpoint.address("api-server", "10.0.0.1", "443/TCP", "6443/TCP"),
            Endpoint.address("internet", "203.0.113.10", "443/TCP"),
            Endpoint.pod("ingest-service", NS, app("ingest-service"), "8080/TCP"),
            Endpoint.pod("entity-service", NS, app("entity-service"), "8080/TCP"),
            Endpoint.pod("query-service", NS, app("query-service"), "8080/TCP"),
            Endpoint.pod("beyan-migrate", NS, app("beyan-migrate")),
            Endpoint.pod("beyan-db", NS, Map.of("cnpg.io/cluster", "beyan-db", "cnpg.io/instanceRole", "primary"),
                    "5432/TCP", "8000/TCP", "9187/TCP"),
            Endpoint.pod("kafka-broker", NS, strimzi("beyan-kafka-kafka"), "9090/TCP", "9091/TCP", "9092/TCP"),
            Endpoint.pod("kafka-entity-operator", NS, strimzi("beyan-kafka-entity-operator")),
            Endpoint.pod("stray-pod", NS, Map.of("app", "debug"), "8080/TCP"));

    /** The documented paths. */
    static final Set<String> EXPECTED = new TreeSet<>(List.of(
            "ingress-nginx -> ingest-service:8080/TCP",
            "ingress-nginx -> query-service:8080/TCP",
            "prometheus -> ingest-service:8080/TCP",
            "prometheus -> entity-service:8080/TCP",
            "prometheus -> query-service:8080/TCP",
            "prometheus -> beyan-db:9187/TCP",
            "cnpg-operator -> beyan-db:5432/TCP",
            "cnpg-operator -> beyan-db:8000/TCP",
            "strimzi-operator -> kafka-broker:9091/TCP",
            "ingest-service -> beyan-db:5432/TCP",
            "ingest-service -> kafka-broker:9092/TCP",
            "entity-service -> beyan-db:5432/TCP",
            "entity-service -> kafka-broker:9092/TCP",
            "query-service -> beyan-db:5432/TCP",
            "beyan-migrate -> beyan-db:5432/TCP",
            "beyan-db -> beyan-db:5432/TCP",
            "beyan-db -> api-server:443/TCP",
            "beyan-db -> api-server:6443/TCP",
            "kafka-broker -> kafka-broker:9090/TCP",
            "kafka-broker -> kafka-broker:9091/TCP",
            "kafka-broker -> api-server:443/TCP",
            "kafka-broker -> api-server:6443/TCP",
            "kafka-entity-operator -> kafka-broker:9091/TCP",
            "kafka-entity-operator -> api-server:443/TCP",
            "kafka-entity-operator -> api-server:6443/TCP"));

    static {
        for (Endpoint e : ENDPOINTS) {
            if (NS.equals(e.namespace())) {
                EXPECTED.add(e.name() + " -> kube-dns:53/UDP");
                EXPECTED.add(e.name() + " -> kube-dns:53/TCP");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void allowExactlyTheDocumentedPaths(String overlay) {
        NetworkPolicies policies = new NetworkPolicies(overlay);
        Set<String> allowed = new TreeSet<>();
        for (Endpoint from : ENDPOINTS) {
            for (Endpoint to : ENDPOINTS) {
                if (!NS.equals(from.namespace()) && !NS.equals(to.namespace())) {
                    continue; // neither end is ours
                }
                for (String port : to.ports()) {
                    if (policies.allows(from, to, port)) {
                        allowed.add(from.name() + " -> " + to.name() + ":" + port);
                    }
                }
            }
        }
        assertThat(allowed).isEqualTo(EXPECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theEndpointsCarryTheLabelsTheOverlayGivesThem(String overlay) {
        for (String service : List.of("ingest-service", "entity-service", "query-service")) {
            Map<?, ?> labels = Kustomize.YAML.convertValue(
                    Manifests.get(overlay, "Deployment", service).at("/spec/template/metadata/labels"), Map.class);
            assertThat(labels).isEqualTo(app(service));
        }
        assertThat(Manifests.get(overlay, "Job", "beyan-migrate").at("/spec/template/metadata/labels/app.kubernetes.io~1name")
                .asText()).isEqualTo("beyan-migrate");
        assertThat(Manifests.get(overlay, "Cluster", "beyan-db").at("/metadata/name").asText()).isEqualTo("beyan-db");
        assertThat(Manifests.get(overlay, "Kafka", "beyan-kafka").at("/metadata/name").asText()).isEqualTo("beyan-kafka");
    }
}
