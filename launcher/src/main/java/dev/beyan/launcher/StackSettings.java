package dev.beyan.launcher;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The ports a stack listens on and how long a service may take to become ready ({@link StackOptions} reads them
 * from the command line and the environment); port 0 means any free port.
 */
record StackSettings(int postgresPort, int kafkaPort, Map<Service, Integer> servicePorts, Duration startTimeout) {
    static final int DEFAULT_POSTGRES_PORT = 5432;
    static final int DEFAULT_KAFKA_PORT = 9092;
    static final int DEFAULT_START_SECONDS = 180;

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
}
