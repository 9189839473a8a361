package dev.beyan.common.testing;

import dev.beyan.stack.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real embedded PostgreSQL and Kafka broker. The service runs as its own
 * database role (its configured default, unless the init args {@code user} and {@code password} name another)
 * and migrates as the superuser, as it would in production, and verifies tokens with the public key of
 * {@link TestTokens}.
 */
public class RealServersResource implements QuarkusTestResourceLifecycleManager {
    private String user;
    private String password;

    @Override
    public void init(Map<String, String> initArgs) {
        user = initArgs.get("user");
        password = initArgs.get("password");
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPostgresServer pg = LocalServers.postgres();
        // every service reads or writes the event store, whose schema ingest-service owns
        TestDatabase.migrateEventStore();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", pg.reactiveUrl());
        if (user != null) {
            config.put("quarkus.datasource.username", user);
            config.put("quarkus.datasource.password", password);
        }
        config.put("beyan.migration.username", EmbeddedPostgresServer.SUPERUSER);
        config.put("beyan.migration.password", EmbeddedPostgresServer.PASSWORD);
        config.put("kafka.bootstrap.servers", LocalServers.kafka().bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", TestTokens.publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // the servers are shared by every test class in this JVM and stop with it
    }
}
