package dev.beyan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates NetworkPolicies as the Kubernetes API defines them: a pod selected by no policy of a direction is open
 * in that direction; a selected pod allows what any rule of any selecting policy allows. Peers are pod and
 * namespace selectors (matchLabels and matchExpressions) and IP blocks, which match only the addresses of endpoints
 * outside the cluster here (what an ipBlock does for pod addresses depends on the network plugin). Ports are
 * numbers with a protocol. The policy Strimzi generates for the Kafka brokers is derived from the Kafka resource.
 */
final class NetworkPolicies {
    static final String NAMESPACE = "beyan";

    /** A pod (namespace labels, pod labels) or an address outside the cluster. */
    record Endpoint(String name, String namespace, Map<String, String> labels, String ip, List<String> ports) {
        static Endpoint pod(String name, String namespace, Map<String, String> labels, String... ports) {
            return new Endpoint(name, namespace, labels, null, List.of(ports));
        }

        static Endpoint address(String name, String ip, String... ports) {
            return new Endpoint(name, null, Map.of(), ip, List.of(ports));
        }

        Map<String, String> namespaceLabels() {
            return namespace == null ? Map.of() : Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    private final List<JsonNode> policies = new ArrayList<>();

    NetworkPolicies(String overlay) {
        Manifests.ofKind(overlay, "NetworkPolicy").forEach(policies::add);
        Manifests.ofKind(overlay, "Kafka").forEach(k -> policies.add(strimziBrokerPolicy(k)));
    }

    /** Whether {@code from} may open a connection to {@code to} on {@code port} ("9092/TCP"). */
    boolean allows(Endpoint from, Endpoint to, String port) {
        return allowed(from, "Egress", "egress", "to", to, port) && allowed(to, "Ingress", "ingress", "from", from, port);
    }

    private boolean allowed(Endpoint subject, String type, String rulesField, String peersField, Endpoint peer,
                            String port) {
        if (subject.ip() != null || !NAMESPACE.equals(subject.namespace())) {
            return true; // no policy of ours governs it
        }
        boolean selected = false;
        for (JsonNode p : policies) {
            JsonNode spec = p.get("spec");
            if (!types(spec).contains(type) || !matches(spec.get("podSelector"), subject.labels())) {
                continue;
            }
            selected = true;
            for (JsonNode rule : spec.path(rulesField)) {
                if (portMatches(rule.get("ports"), port) && peerMatches(rule.get(peersField), peer)) {
                    return true;
                }
            }
        }
        return !selected;
    }

    private static Set<String> types(JsonNode spec) {
        if (spec.has("policyTypes")) {
            Set<String> t = new java.util.HashSet<>();
            spec.get("policyTypes").forEach(n -> t.add(n.asText()));
            return t;
        }
        return spec.has("egress") ? Set.of("Ingress", "Egress") : Set.of("Ingress");
    }

    private static boolean portMatches(JsonNode ports, String port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        String[] p = port.split("/");
        for (JsonNode entry : ports) {
            if (!entry.path("port").isInt()) {
                throw new IllegalArgumentException("named or missing port in a policy: " + entry);
            }
            if (entry.has("endPort")) {
                throw new IllegalArgumentException("endPort is not evaluated: " + entry);
            }
            if (entry.path("port").asText().equals(p[0]) && entry.path("protocol").asText("TCP").equals(p[1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean peerMatches(JsonNode peers, Endpoint peer) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (JsonNode p : peers) {
            if (p.has("ipBlock")) {
                if (peer.ip() != null && inBlock(peer.ip(), p.get("ipBlock"))) {
                    return true;
                }
            } else if (peer.ip() == null) {
                boolean namespaceOk = p.has("namespaceSelector")
                        ? matches(p.get("namespaceSelector"), peer.namespaceLabels())
                        : NAMESPACE.equals(peer.namespace());
                boolean podOk = !p.has("podSelector") || matches(p.get("podSelector"), peer.labels());
                if (namespaceOk && podOk) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        for (var e : selector.path("matchLabels").properties()) {
            if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode x : selector.path("matchExpressions")) {
            String value = labels.get(x.get("key").asText());
            List<String> values = new ArrayList<>();
            x.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (x.get("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator " + x.get("operator"));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean inBlock(String ip, JsonNode block) {
        if (!inCidr(ip, block.get("cidr").asText())) {
            return false;
        }
        for (JsonNode except : block.path("except")) {
            if (inCidr(ip, except.asText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean inCidr(String ip, String cidr) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (ipv4(ip) & mask) == (ipv4(parts[0]) & mask);
    }

    private static long ipv4(String ip) {
        try {
            byte[] b = InetAddress.getByName(ip).getAddress();
            return ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFFL) << 16) | ((b[2] & 0xFFL) << 8) | (b[3] & 0xFFL);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    /**
     * The ingress policy Strimzi generates for a Kafka cluster's brokers: the controller port (9090) from the
     * cluster's own Kafka pods, the replication port (9091) from those, the entity operator and the cluster
     * operator, and each listener's port from its networkPolicyPeers (from anywhere when it lists none).
     */
    private static JsonNode strimziBrokerPolicy(JsonNode kafka) {
        String cluster = Kustomize.name(kafka);
        ObjectNode policy = Kustomize.YAML.createObjectNode();
        ObjectNode spec = policy.putObject("spec");
        ObjectNode selector = spec.putObject("podSelector").putObject("matchLabels");
        selector.put("strimzi.io/cluster", cluster).put("strimzi.io/kind", "Kafka")
                .put("strimzi.io/name", cluster + "-kafka");
        spec.putArray("policyTypes").add("Ingress");
        var rules = spec.putArray("ingress");
        ObjectNode controller = rules.addObject();
        controller.putArray("ports").addObject().put("port", 9090).put("protocol", "TCP");
        controller.putArray("from").addObject().putObject("podSelector").putObject("matchLabels")
                .put("strimzi.io/cluster", cluster).put("strimzi.io/kind", "Kafka")
                .put("strimzi.io/name", cluster + "-kafka");
        ObjectNode replication = rules.addObject();
        replication.putArray("ports").addObject().put("port", 9091).put("protocol", "TCP");
        var from = replication.putArray("from");
        from.addObject().putObject("podSelector").putObject("matchLabels")
                .put("strimzi.io/cluster", cluster).put("strimzi.io/kind", "Kafka")
                .put("strimzi.io/name", cluster + "-kafka");
        from.addObject().putObject("podSelector").putObject("matchLabels")
                .put("strimzi.io/name", cluster + "-entity-operator");
        ObjectNode operator = from.addObject();
        operator.putObject("namespaceSelector");
        operator.putObject("podSelector").putObject("matchLabels").put("strimzi.io/kind", "cluster-operator");
        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            ObjectNode rule = rules.addObject();
            rule.putArray("ports").addObject().put("port", listener.get("port").asInt()).put("protocol", "TCP");
            if (listener.has("networkPolicyPeers")) {
                rule.set("from", listener.get("networkPolicyPeers").deepCopy());
            }
        }
        return policy;
    }
}
