package dev.beyan.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where a running stack answers: what {@code .beyan/stack.env} records for tools and for the other commands. */
record StackAddresses(String ingestUrl, String entityUrl, String queryUrl, String jdbcUrl, String dbUser,
                      String dbPassword, String kafkaBootstrapServers) {

    Map<String, String> toEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("INGEST_URL", ingestUrl);
        env.put("ENTITY_URL", entityUrl);
        env.put("QUERY_URL", queryUrl);
        env.put("JDBC_URL", jdbcUrl);
        env.put("DB_USER", dbUser);
        env.put("DB_PASSWORD", dbPassword);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        return env;
    }
}
