package dev.beyan.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's {@code src/main/resources/application.properties} says about how it runs: its HTTP port, its
 * health and metrics paths (Quarkus' defaults where the file sets none) and the environment variables it reads.
 */
final class ServiceConfig {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    /** Read by the shared code of common/ rather than declared in each file: DatabaseConfig's prefix. */
    static final String MIGRATION_ENABLED = "beyan.migration.enabled";
    /**
     * Read by the container image's start script (run-java.sh of the ubi9 OpenJDK runtime image Jib builds on), not
     * by Quarkus.
     */
    static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_MAX_MEM_RATIO", "JAVA_OPTS_APPEND");

    final String service;
    final Properties properties = new Properties();

    ServiceConfig(String service) {
        this.service = service;
        Path file = Manifests.PROJECT.resolve(service).resolve("src/main/resources/application.properties");
        try (Reader r = Files.newBufferedReader(file)) {
            properties.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A property's environment variable, as SmallRye Config maps it: uppercase, every other character '_'. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    boolean declares(String property) {
        return properties.containsKey(property);
    }

    /** The variables the file references without a default: a deployment must set them. */
    Set<String> requiredVariables() {
        return variables(false);
    }

    /** The variables the file refers to as {@code ${NAME}} or {@code ${NAME:default}}. */
    Set<String> referencedVariables() {
        return variables(true);
    }

    private Set<String> variables(boolean withDefault) {
        Set<String> names = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = REFERENCE.matcher(properties.getProperty(key));
            while (m.find()) {
                if (withDefault || m.group(2) == null) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /**
     * Whether the service reads {@code variable}: a reference in the file, the variable of a property the file
     * sets, the shared migration switch, a Kafka client setting (Quarkus hands every {@code kafka.*} property,
     * {@code KAFKA_*} in the environment, to the Kafka clients) in a service that uses Kafka, or a variable of the
     * image's start script.
     */
    boolean reads(String variable) {
        if (referencedVariables().contains(variable) || IMAGE_VARIABLES.contains(variable)
                || variable.equals(envName(MIGRATION_ENABLED))) {
            return true;
        }
        if (variable.startsWith("KAFKA_") && declares("kafka.bootstrap.servers")) {
            return true;
        }
        return properties.stringPropertyNames().stream().map(ServiceConfig::envName).anyMatch(variable::equals);
    }

    int httpPort() {
        return Integer.parseInt(properties.getProperty("quarkus.http.port", "8080"));
    }

    private String nonApplicationRoot() {
        String root = properties.getProperty("quarkus.http.non-application-root-path", "q");
        return "/" + root.replaceAll("^/|/$", "");
    }

    String healthPath(String check) {
        String root = properties.getProperty("quarkus.smallrye-health.root-path", "health");
        String sub = properties.getProperty("quarkus.smallrye-health." + check + "-path", check);
        return nonApplicationRoot() + "/" + root + "/" + sub;
    }

    /** The image the service's build makes ({@code quarkus.container-image.*}), without a registry. */
    String image() {
        return required("quarkus.container-image.group") + "/" + required("quarkus.container-image.name") + ":"
                + required("quarkus.container-image.tag");
    }

    String imageTag() {
        return required("quarkus.container-image.tag");
    }

    String baseImage() {
        return required("quarkus.jib.base-jvm-image");
    }

    /** The user the image runs as. */
    String imageUser() {
        return required("quarkus.jib.user");
    }

    /** Where the image holds the application (Quarkus' fast-jar folder). */
    String imageWorkingDirectory() {
        return required("quarkus.jib.working-directory");
    }

    private String required(String property) {
        String value = properties.getProperty(property);
        if (value == null) {
            throw new AssertionError(service + "'s application.properties sets no " + property);
        }
        return value;
    }

    String metricsPath() {
        return nonApplicationRoot() + "/"
                + properties.getProperty("quarkus.micrometer.export.prometheus.path", "metrics");
    }
}
