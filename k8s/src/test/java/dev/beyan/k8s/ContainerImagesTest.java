package dev.beyan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The images the services' builds make (their {@code quarkus.container-image.*} and {@code quarkus.jib.*} settings)
 * against the images k8s/ deploys, and, where the base image can be pulled, each image built into a tarball.
 */
class ContainerImagesTest {
    /** The start script of the ubi9 OpenJDK runtime images, which Quarkus' Jib build makes the entry point. */
    private static final String RUN_JAVA = "/opt/jboss/container/java/run/run-java.sh";

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyBeyanContainerRunsTheImageItsServiceBuildsAsTheImagesUser(String overlay) {
        for (String service : DeploymentsTest.SERVICES) {
            ServiceConfig config = new ServiceConfig(service);
            ObjectNode d = Manifests.get(overlay, "Deployment", service);
            assertThat(d.at("/spec/template/spec/containers/0/image").asText()).as(overlay + " " + service)
                    .isEqualTo(config.image());
        }
        List<String> built = DeploymentsTest.SERVICES.stream().map(s -> new ServiceConfig(s).image()).toList();
        String user = new ServiceConfig("entity-service").imageUser();
        Stream.of("Deployment", "Job").flatMap(kind -> Manifests.ofKind(overlay, kind)).forEach(w -> {
            JsonNode pod = w.at("/spec/template/spec");
            List<JsonNode> containers = new ArrayList<>();
            pod.path("initContainers").forEach(containers::add);
            pod.path("containers").forEach(containers::add);
            for (JsonNode c : containers) {
                String image = c.path("image").asText();
                if (image.startsWith("beyan/")) {
                    assertThat(image).as(Manifests.id(w) + " runs an image a service builds").isIn(built);
                    assertThat(pod.at("/securityContext/runAsUser").asText()).as(Manifests.id(w))
                            .isEqualTo(user);
                }
            }
        });
    }

    @Test
    void theServicesShareOneImageLayoutAndTagTheProjectsReleaseVersion() {
        String version = System.getProperty("beyan.project.version");
        assertThat(version).as("the k8s module's surefire passes the project version").isNotBlank();
        ServiceConfig first = new ServiceConfig(DeploymentsTest.SERVICES.get(0));
        for (String service : DeploymentsTest.SERVICES) {
            ServiceConfig config = new ServiceConfig(service);
            assertThat(config.image()).as(service).isEqualTo("beyan/" + service + ":" + version.replace("-SNAPSHOT", ""));
            assertThat(List.of(config.baseImage(), config.imageUser(), config.imageWorkingDirectory())).as(service)
                    .isEqualTo(List.of(first.baseImage(), first.imageUser(), first.imageWorkingDirectory()));
        }
    }

    /**
     * Quarkus' Jib extension (3.33) writes an image only to a registry (push) or to a Docker daemon, neither of which
     * a build here has, so this lays the image out with Jib's own library into a tarball the way the extension does
     * for a fast-jar: the configured base image, user and working directory, the fast-jar's folders in it, and the
     * base image's run-java.sh as the entry point. It needs the base image's registry; without one (offline, as on
     * the machines this project is built on) it is skipped with that reason, as it is before the service is packaged.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "entity-service", "query-service"})
    void eachServiceImageBuildsIntoATarballWhereItsBaseImageCanBePulled(String service) throws Exception {
        ServiceConfig config = new ServiceConfig(service);
        Path app = Manifests.PROJECT.resolve(service).resolve("target/quarkus-app");
        assumeTrue(Files.isRegularFile(app.resolve("quarkus-run.jar")),
                () -> service + " is not packaged (no target/quarkus-app): its image tarball was not built");
        ImageReference base = ImageReference.parse(config.baseImage());
        Optional<String> unreachable = unreachable(base.getRegistry());
        unreachable.ifPresent(reason -> System.out.println("image tarball of " + service + " not built: " + reason));
        assumeTrue(unreachable.isEmpty(), () -> "the base image " + base + " cannot be pulled (" + unreachable.get()
                + "): " + service + "'s image tarball was not built");

        AbsoluteUnixPath dir = AbsoluteUnixPath.get(config.imageWorkingDirectory());
        JibContainerBuilder image = Jib.from(RegistryImage.named(base))
                .setUser(config.imageUser())
                .setWorkingDirectory(dir)
                .setEntrypoint(RUN_JAVA)
                .setEnvironment(Map.of("JAVA_APP_JAR", dir.resolve("quarkus-run.jar").toString(),
                        "JAVA_APP_DIR", dir.toString()));
        for (String part : List.of("lib", "quarkus", "app", "quarkus-run.jar")) {
            image.addLayer(List.of(app.resolve(part)), dir);
        }
        Path tar = Files.createDirectories(Manifests.K8S.resolve("target/images")).resolve(service + ".tar");
        image.containerize(Containerizer.to(TarImage.at(tar).named(config.image())));

        Map<String, String> json = jsonFiles(tar);
        assertThat(json).containsKeys("manifest.json", "config.json");
        assertThat(json.get("manifest.json")).contains(config.image());
        assertThat(json.get("config.json")).contains("\"User\":\"" + config.imageUser() + "\"");
    }

    /** Why the registry cannot be reached, if it cannot: its name does not resolve or its port 443 does not answer. */
    private static Optional<String> unreachable(String registry) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(registry, 443), 5_000);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(registry + ":443 is not reachable: " + e);
        }
    }

    /** The JSON files of an image tarball (Docker's format: manifest.json, config.json, then the layers). */
    private static Map<String, String> jsonFiles(Path tar) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".json")) {
                    files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }
}
