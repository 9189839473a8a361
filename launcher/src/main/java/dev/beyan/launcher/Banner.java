package dev.beyan.launcher;

import java.io.PrintStream;
import java.util.Map;

/** The addresses of a running stack, as {@code up} and {@code status} show them. */
final class Banner {
    private Banner() {
    }

    /** {@code stack} holds the keys of {@code .beyan/stack.env}. */
    static void print(PrintStream out, Map<String, String> stack, Home home) {
        service(out, "ingest-service", stack.get("INGEST_URL"));
        service(out, "entity-service", stack.get("ENTITY_URL"));
        service(out, "query-service", stack.get("QUERY_URL"));
        out.printf("  %-15s %s/ui (release pages, officials, places, search)%n", "audit browser", stack.get("QUERY_URL"));
        out.println("  on each service: OpenAPI /q/openapi, health /q/health/ready and /q/health/live, metrics /q/metrics");
        out.printf("  %-15s %s (user %s, password %s)%n", "PostgreSQL", stack.get("JDBC_URL"), stack.get("DB_USER"),
                stack.get("DB_PASSWORD"));
        out.printf("  %-15s %s (topic beyan.release-events)%n", "Kafka", stack.get("KAFKA_BOOTSTRAP_SERVERS"));
        out.println("  addresses in " + home.show(home.stackEnv()) + ", logs in " + home.show(home.logs()) + "/");
        out.println("  writes need a token: " + home.show(home.token()) + " (roles ingest, admin; ./beyan ingest, rebuild and"
                + " reanalyze send it),");
        out.println("    curl -H \"Authorization: Bearer $(cat " + home.show(home.token()) + ")\" ...;"
                + " tokens for other systems: ./beyan token --roles read,ingest --ttl 30d");
    }

    private static void service(PrintStream out, String name, String url) {
        out.printf("  %-15s %-24s Swagger UI %s/q/swagger-ui%n", name, url, url);
    }
}
