package dev.beyan.launcher;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options of {@code up} that place the stack: its ports (0 means any free port) and how long a service may take
 * to become ready. Each not given takes its environment variable ({@link EnvironmentDefaults}), else its default.
 */
final class StackOptions {
    /** Each option's default, also the options {@link EnvironmentDefaults} looks up a variable for. */
    static final Map<String, Integer> DEFAULTS = defaults();

    @Option(names = "--pg-port", paramLabel = "PORT", converter = PortNumber.class,
            description = "PostgreSQL's port (BEYAN_PG_PORT; ${DEFAULT-VALUE})")
    int postgresPort;

    @Option(names = "--kafka-port", paramLabel = "PORT", converter = PortNumber.class,
            description = "Kafka's port (BEYAN_KAFKA_PORT; ${DEFAULT-VALUE})")
    int kafkaPort;

    @Option(names = "--ingest-port", paramLabel = "PORT", converter = PortNumber.class,
            description = "ingest-service's port (BEYAN_INGEST_PORT; ${DEFAULT-VALUE})")
    int ingestPort;

    @Option(names = "--entity-port", paramLabel = "PORT", converter = PortNumber.class,
            description = "entity-service's port (BEYAN_ENTITY_PORT; ${DEFAULT-VALUE})")
    int entityPort;

    @Option(names = "--query-port", paramLabel = "PORT", converter = PortNumber.class,
            description = "query-service's port (BEYAN_QUERY_PORT; ${DEFAULT-VALUE})")
    int queryPort;

    @Option(names = "--start-timeout", paramLabel = "SECONDS", converter = Seconds.class,
            description = "how long each service may take to become ready (BEYAN_START_TIMEOUT; ${DEFAULT-VALUE})")
    int startSeconds;

    StackSettings settings() {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        ports.put(Service.INGEST, ingestPort);
        ports.put(Service.ENTITY, entityPort);
        ports.put(Service.QUERY, queryPort);
        return new StackSettings(postgresPort, kafkaPort, ports, Duration.ofSeconds(startSeconds));
    }

    /** The options again, each with its value as resolved here, for the launcher {@code --detach} starts. */
    List<String> asArguments() {
        return List.of("--pg-port", Integer.toString(postgresPort), "--kafka-port", Integer.toString(kafkaPort),
                "--ingest-port", Integer.toString(ingestPort), "--entity-port", Integer.toString(entityPort),
                "--query-port", Integer.toString(queryPort), "--start-timeout", Integer.toString(startSeconds));
    }

    /** {@code --ingest-port}: {@code BEYAN_INGEST_PORT}. */
    static String variable(String option) {
        return "BEYAN_" + option.substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> defaults = new LinkedHashMap<>();
        defaults.put("--pg-port", StackSettings.DEFAULT_POSTGRES_PORT);
        defaults.put("--kafka-port", StackSettings.DEFAULT_KAFKA_PORT);
        for (Service s : Service.values()) {
            defaults.put("--" + s.shortName() + "-port", s.defaultPort());
        }
        defaults.put("--start-timeout", StackSettings.DEFAULT_START_SECONDS);
        return Map.copyOf(defaults);
    }

    static final class PortNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = Seconds.wholeNumber(value);
            if (n > 65535) {
                throw new TypeConversionException("'" + value + "' is not a port number (0 to 65535)");
            }
            return n;
        }
    }

    static final class Seconds implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value);
        }

        static int wholeNumber(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // refused below, with the value
            }
            throw new TypeConversionException("'" + value + "' is not a non-negative whole number");
        }
    }
}
