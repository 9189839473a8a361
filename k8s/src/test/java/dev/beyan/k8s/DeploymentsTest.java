package dev.beyan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each service's Deployment against the service's own application.properties, and the rules every pod keeps. */
class DeploymentsTest {
    static final List<String> SERVICES = List.of("ingest-service", "entity-service", "query-service");

    static Stream<Arguments> overlayAndService() {
        return Manifests.OVERLAYS.stream().flatMap(o -> SERVICES.stream().map(s -> Arguments.of(o, s)));
    }

    private static JsonNode container(ObjectNode deployment) {
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        assertThat(containers.size()).as("one container").isEqualTo(1);
        return containers.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theOverlayRunsExactlyTheThreeServices(String overlay) {
        assertThat(Manifests.ofKind(overlay, "Deployment").map(Kustomize::name))
                .containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @ParameterizedTest
    @MethodSource("overlayAndService")
    void probesUseTheServicesHealthPathsOnItsHttpPort(String overlay, String service) {
        ServiceConfig config = new ServiceConfig(service);
        ObjectNode d = Manifests.get(overlay, "Deployment", service);
        JsonNode c = container(d);
        Map<String, String> env = Containers.env(overlay, c);
        int port = env.containsKey("QUARKUS_HTTP_PORT") ? Integer.parseInt(env.get("QUARKUS_HTTP_PORT"))
                : config.httpPort();
        assertThat(c.path("ports")).as("ports").hasSize(1);
        assertThat(c.at("/ports/0/name").asText()).isEqualTo("http");
        assertThat(c.at("/ports/0/containerPort").asInt()).as("the port Quarkus listens on").isEqualTo(port);
        Map<String, String> probes = Map.of("startupProbe", "started", "livenessProbe", "live",
                "readinessProbe", "ready");
        probes.forEach((probe, check) -> {
            JsonNode get = c.path(probe).path("httpGet");
            assertThat(get.path("path").asText()).as(probe).isEqualTo(config.healthPath(check));
            assertThat(get.path("port").asText()).as(probe + " port").isIn("http", String.valueOf(port));
        });
        JsonNode annotations = d.at("/spec/template/metadata/annotations");
        assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo(config.metricsPath());
        assertThat(annotations.path("prometheus.io/port").asText()).isEqualTo(String.valueOf(port));

        ObjectNode svc = Manifests.get(overlay, "Service", service);
        assertThat(svc.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
        assertThat(svc.at("/spec/selector")).isEqualTo(d.at("/spec/selector/matchLabels"));
        d.at("/spec/selector/matchLabels").properties().forEach(e ->
                assertThat(d.at("/spec/template/metadata/labels").path(e.getKey())).isEqualTo(e.getValue()));
    }

    @ParameterizedTest
    @MethodSource("overlayAndService")
    void theEnvironmentIsWhatTheServiceReads(String overlay, String service) {
        ServiceConfig config = new ServiceConfig(service);
        Map<String, String> env = Containers.env(overlay, container(Manifests.get(overlay, "Deployment", service)));
        Set<String> unread = new TreeSet<>();
        for (String name : env.keySet()) {
            if (!config.reads(name)) {
                unread.add(name);
            }
        }
        assertThat(unread).as("variables %s does not read", service).isEmpty();

        boolean migrates = Boolean.parseBoolean(env.getOrDefault("BEYAN_MIGRATION_ENABLED",
                config.properties.getProperty(ServiceConfig.MIGRATION_ENABLED, "true")));
        assertThat(migrates).as("only the beyan-migrate Job migrates").isFalse();
        Set<String> required = new TreeSet<>(config.requiredVariables());
        required.removeAll(Set.of("BEYAN_DB_OWNER_USER", "BEYAN_DB_OWNER_PASSWORD"));
        assertThat(env.keySet()).as("what the service reads is set").containsAll(required);
        assertThat(env.keySet()).as("no owner credentials in a service")
                .doesNotContain("BEYAN_DB_OWNER_USER", "BEYAN_DB_OWNER_PASSWORD");
    }

    @ParameterizedTest
    @MethodSource("overlayAndService")
    void eachServiceConnectsAsItsOwnRole(String overlay, String service) {
        String role = "beyan_" + service.substring(0, service.indexOf('-'));
        String secret = "beyan-db-" + service.substring(0, service.indexOf('-'));
        Map<String, String> env = Containers.env(overlay, container(Manifests.get(overlay, "Deployment", service)));
        assertThat(env).containsEntry("BEYAN_DB_USER", "secret:" + secret + "/username")
                .containsEntry("BEYAN_DB_PASSWORD", "secret:" + secret + "/password");
        assertThat(Containers.secretValue(overlay, secret, "username")).isEqualTo(role);
        JsonNode managed = Manifests.get(overlay, "Cluster", "beyan-db").at("/spec/managed/roles");
        assertThat(managed.findValues("name").stream().map(JsonNode::asText)).contains(role);
        for (JsonNode r : managed) {
            if (r.path("name").asText().equals(role)) {
                assertThat(r.at("/passwordSecret/name").asText()).isEqualTo(secret);
                assertThat(r.path("login").asBoolean()).isTrue();
            }
        }
    }

    /**
     * The heap is set, as a share of the memory limit that leaves room for what the JVM holds outside it; the image's
     * default share (80 %) does not.
     */
    @ParameterizedTest
    @MethodSource("overlayAndService")
    void eachServiceBoundsItsHeapWellBelowItsMemoryLimit(String overlay, String service) {
        JsonNode c = container(Manifests.get(overlay, "Deployment", service));
        assertThat(c.at("/resources/limits/memory").asText()).as("a memory limit").isNotEmpty();
        String ratio = Containers.env(overlay, c).get("JAVA_MAX_MEM_RATIO");
        assertThat(ratio).as("JAVA_MAX_MEM_RATIO").isNotNull();
        assertThat(Integer.parseInt(ratio)).isBetween(25, 60);
    }

    @ParameterizedTest
    @MethodSource("overlayAndService")
    void theTokenKeyIsMountedWhereTheServiceLooksForIt(String overlay, String service) {
        ObjectNode d = Manifests.get(overlay, "Deployment", service);
        JsonNode c = container(d);
        String location = Containers.env(overlay, c).get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertThat(location).startsWith("file:");
        String path = location.substring("file:".length());
        String dir = path.substring(0, path.lastIndexOf('/'));
        String file = path.substring(path.lastIndexOf('/') + 1);
        JsonNode mount = find(c.path("volumeMounts"), "mountPath", dir);
        JsonNode volume = find(d.at("/spec/template/spec/volumes"), "name", mount.path("name").asText());
        String secret = volume.at("/secret/secretName").asText();
        assertThat(secret).isEqualTo("beyan-jwt");
        assertThat(Containers.secretHasKey(overlay, secret, file)).isTrue();
        assertThat(Containers.env(overlay, c)).containsKey("MP_JWT_VERIFY_ISSUER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPodRunsLockedDown(String overlay) {
        List<ObjectNode> workloads = new ArrayList<>();
        Manifests.ofKind(overlay, "Deployment").forEach(workloads::add);
        Manifests.ofKind(overlay, "Job").forEach(workloads::add);
        assertThat(workloads).hasSize(4);
        for (ObjectNode w : workloads) {
            String id = Manifests.id(w);
            JsonNode pod = w.at("/spec/template/spec");
            assertThat(pod.path("automountServiceAccountToken").isBoolean()
                    && !pod.path("automountServiceAccountToken").asBoolean()).as(id + " mounts no token").isTrue();
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(id + " non-root").isTrue();
            assertThat(pod.at("/securityContext/runAsUser").asInt()).as(id + " uid: the images' USER").isEqualTo(185);
            assertThat(pod.at("/securityContext/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
            List<JsonNode> containers = new ArrayList<>();
            pod.path("initContainers").forEach(containers::add);
            pod.path("containers").forEach(containers::add);
            for (JsonNode c : containers) {
                String cid = id + " " + c.path("name").asText();
                for (String r : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
                    assertThat(c.at("/resources/" + r).isMissingNode()).as(cid + " " + r).isFalse();
                }
                assertThat(c.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(cid + " ro root").isTrue();
                assertThat(c.at("/securityContext/allowPrivilegeEscalation").isBoolean()
                        && !c.at("/securityContext/allowPrivilegeEscalation").asBoolean()).as(cid).isTrue();
                assertThat(c.at("/securityContext/capabilities/drop").toString()).as(cid).isEqualTo("[\"ALL\"]");
                assertThat(c.at("/securityContext/privileged").asBoolean()).as(cid).isFalse();
            }
            for (JsonNode c : pod.path("containers")) {
                JsonNode tmp = find(c.path("volumeMounts"), "mountPath", "/tmp");
                JsonNode volume = find(pod.path("volumes"), "name", tmp.path("name").asText());
                assertThat(volume.has("emptyDir")).as(id + ": /tmp is a writable emptyDir").isTrue();
                if (w.path("kind").asText().equals("Deployment")) {
                    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                        assertThat(c.has(probe)).as(id + " " + probe).isTrue();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheMigrationJobHoldsTheOwnerCredentialsAndItWaitsForTheRoles(String overlay) throws Exception {
        ObjectNode job = Manifests.get(overlay, "Job", "beyan-migrate");
        JsonNode pod = job.at("/spec/template/spec");
        JsonNode migrate = pod.at("/containers/0");
        ServiceConfig entity = new ServiceConfig("entity-service");
        assertThat(migrate.path("image").asText()).as("entity-service's image holds both schemas' migrations")
                .isEqualTo(entity.image());
        String main = migrate.path("command").get(migrate.path("command").size() - 1).asText();
        assertThat(Files.exists(Manifests.PROJECT.resolve("registry/src/main/java")
                .resolve(main.replace('.', '/') + ".java"))).as(main + " exists in registry/").isTrue();
        assertThat(migrate.path("command").toString()).as("the image's dependency folder (fast-jar's lib/main)")
                .contains("\"" + entity.imageWorkingDirectory() + "/lib/main/*\"");
        Map<String, String> env = Containers.env(overlay, migrate);
        assertThat(env).containsEntry("BEYAN_DB_OWNER_USER", "secret:beyan-db-owner/username")
                .containsEntry("BEYAN_DB_OWNER_PASSWORD", "secret:beyan-db-owner/password")
                .containsKey("BEYAN_DB_URL");
        for (String service : List.of("ingest-service", "entity-service")) {
            assertThat(new ServiceConfig(service).referencedVariables())
                    .as("the Job reads the variables the services read for the same settings")
                    .contains("BEYAN_DB_URL", "BEYAN_DB_OWNER_USER", "BEYAN_DB_OWNER_PASSWORD");
        }
        String wait = pod.at("/initContainers/0/command").toString();
        JsonNode roles = Manifests.get(overlay, "Cluster", "beyan-db").at("/spec/managed/roles");
        for (JsonNode r : roles) {
            assertThat(wait).as("waits for role " + r.path("name").asText()).contains("'" + r.path("name").asText() + "'");
        }
        assertThat(wait).contains("= " + roles.size());
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (item.path(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " " + value + " in " + list);
    }
}
