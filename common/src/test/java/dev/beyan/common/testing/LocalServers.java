package dev.beyan.common.testing;

import dev.beyan.stack.DatabaseRoles;
import dev.beyan.stack.EmbeddedKafkaBroker;
import dev.beyan.stack.EmbeddedPostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real PostgreSQL and one real Kafka broker per test JVM, started on first use and shared by every test
 * class, because starting them costs seconds and tests isolate themselves by their own ids.
 */
public final class LocalServers {
    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaBroker kafka;
    private static Path kafkaLogs;
    private static int kafkaPort;

    private LocalServers() {
    }

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.startEphemeral();
            DatabaseRoles.ensure(postgres.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.PASSWORD);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaBroker kafka() {
        if (kafka == null) {
            try {
                kafkaLogs = Files.createTempDirectory("beyan-kafka");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            kafka = EmbeddedKafkaBroker.start(0, kafkaLogs);
            kafkaPort = Integer.parseInt(kafka.bootstrapServers().substring(kafka.bootstrapServers().lastIndexOf(':') + 1));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (kafka != null) {
                    kafka.close();
                }
            }));
        }
        return kafka;
    }

    /** Takes the broker down, as an outage would; {@link #startKafkaAgain()} brings it back with its data. */
    public static synchronized void stopKafka() {
        kafka().close();
        kafka = null;
    }

    /** Restarts the broker on the same port with the same log, so clients reconnect to it unchanged. */
    public static synchronized void startKafkaAgain() {
        if (kafka == null) {
            kafka = EmbeddedKafkaBroker.start(kafkaPort, kafkaLogs);
        }
    }
}
