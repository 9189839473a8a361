package dev.beyan.launcher;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ports a stack listens on and how long a service may take to become ready. Each comes from its option
 * ({@code --ingest-port}), else its environment variable ({@code BEYAN_INGEST_PORT}), else the default; port 0
 * means any free port.
 */
record StackSettings(int postgresPort, int kafkaPort, Map<Service, Integer> servicePorts, Duration startTimeout) {
    static final int DEFAULT_POSTGRES_PORT = 5432;
    static final int DEFAULT_KAFKA_PORT = 9092;
    static final int DEFAULT_START_SECONDS = 180;

    /** The options {@link #from} reads, for the commands that take them. */
    static Set<String> options() {
        Set<String> options = new LinkedHashSet<>(Set.of("--pg-port", "--kafka-port", "--start-timeout"));
        for (Service s : Service.values()) {
            options.add("--" + s.shortName() + "-port");
        }
        return options;
    }

    static StackSettings from(Args args, Map<String, String> env) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            ports.put(s, port(args, env, s.shortName(), s.defaultPort()));
        }
        int timeout = number(args, env, "--start-timeout", "BEYAN_START_TIMEOUT", DEFAULT_START_SECONDS);
        return new StackSettings(port(args, env, "pg", DEFAULT_POSTGRES_PORT),
                port(args, env, "kafka", DEFAULT_KAFKA_PORT), ports, Duration.ofSeconds(timeout));
    }

    /** Free ports everywhere, as a test wants. */
    static StackSettings anyFreePorts() {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            ports.put(s, 0);
        }
        return new StackSettings(0, 0, ports, Duration.ofSeconds(DEFAULT_START_SECONDS));
    }

    int port(Service service) {
        return servicePorts.get(service);
    }

    private static int port(Args args, Map<String, String> env, String name, int defaultPort) {
        int port = number(args, env, "--" + name + "-port", "BEYAN_" + name.toUpperCase(Locale.ROOT) + "_PORT",
                defaultPort);
        if (port > 65535) {
            throw UserError.usage("--" + name + "-port: " + port + " is not a port number");
        }
        return port;
    }

    private static int number(Args args, Map<String, String> env, String option, String variable, int fallback) {
        String fromOption = args.option(option);
        String value = fromOption != null ? fromOption : env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw UserError.usage((fromOption != null ? option : variable) + ": '" + value
                    + "' is not a non-negative whole number");
        }
    }
}
