package dev.beyan.stack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import kafka.tools.StorageTool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * One Kafka node in KRaft mode (broker and controller in one), running inside this JVM.
 * It is a real broker: clients talk to it over TCP exactly as to a cluster.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private final KafkaRaftServer server;
    private final int port;

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a broker on a free port whose log is thrown away with the JVM's temporary folder. */
    public static EmbeddedKafkaBroker startEphemeral() {
        try {
            return start(0, Files.createTempDirectory("beyan-kafka"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a broker on {@code port} (0 picks a free one) keeping its log in {@code logDirectory};
     * a directory formatted before keeps its topics and records.
     */
    public static EmbeddedKafkaBroker start(int port, Path logDirectory) {
        try {
            int brokerPort = port > 0 ? port : freePortOtherThan(-1);
            int controllerPort = freePortOtherThan(brokerPort);
            Files.createDirectories(logDirectory);
            Properties props = brokerProperties(brokerPort, controllerPort, logDirectory);
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                format(props, logDirectory);
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            return new EmbeddedKafkaBroker(server, brokerPort);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded Kafka", e);
        }
    }

    private static Properties brokerProperties(int port, int controllerPort, Path logDirectory) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDirectory.toAbsolutePath().toString());
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("num.partitions", "3");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        // as large a record batch as ingest's producer sends (its max.request.size), above Kafka's default of 1 MiB
        p.setProperty("message.max.bytes", "1572864");
        return p;
    }

    private static void format(Properties props, Path logDirectory) throws IOException {
        Path config = logDirectory.resolveSibling(logDirectory.getFileName() + ".properties");
        try (Writer w = Files.newBufferedWriter(config)) {
            props.store(w, "beyan embedded broker");
        }
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        int rc = StorageTool.execute(new String[]{"format", "-t", clusterId, "-c", config.toString()}, System.out);
        if (rc != 0) {
            throw new IOException("formatting the Kafka storage failed with code " + rc);
        }
    }

    /**
     * A port free now and other than {@code taken}: the system may hand the port it just gave back again, and Kafka
     * refuses a broker and a controller listener on one port.
     */
    private static int freePortOtherThan(int taken) throws IOException {
        while (true) {
            try (ServerSocket s = new ServerSocket(0)) {
                if (s.getLocalPort() != taken) {
                    return s.getLocalPort();
                }
            }
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

}
