package dev.beyan.launcher.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the same PostgreSQL takes when nothing but the database is asked: one row of a release's size inserted per
 * transaction, by as many clients as the ingest run used. PostgreSQL's own pgbench when it is on the PATH; else the
 * same work from a JDBC loop in this JVM, named as such in the results.
 */
final class DatabaseCeiling {
    private static final String TABLE = "bench_ceiling";

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Path work;
    private final String row;
    private final boolean pgbench;

    DatabaseCeiling(String jdbcUrl, String user, String password, Path work, String row) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.work = work;
        this.row = row;
        this.pgbench = onPath("pgbench");
        execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id bigserial PRIMARY KEY, body text NOT NULL)");
    }

    String tool() {
        return pgbench ? "pgbench" : "JDBC insert loop";
    }

    LoadResult run(int clients, Duration duration) {
        return pgbench ? pgbench(clients, duration) : jdbcLoop(clients, duration);
    }

    private LoadResult pgbench(int clients, Duration duration) {
        try {
            Path script = work.resolve("ceiling.sql");
            Files.writeString(script, "INSERT INTO " + TABLE + " (body) VALUES ('" + row.replace("'", "''")
                    + "');\n", StandardCharsets.UTF_8);
            Path logs = Files.createDirectories(work.resolve("pgbench-" + clients));
            var uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
            ProcessBuilder pb = new ProcessBuilder("pgbench", "-n", "-h", uri.getHost(), "-p",
                    Integer.toString(uri.getPort()), "-U", user, "-c", Integer.toString(clients), "-j",
                    Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())), "-T",
                    Long.toString(duration.toSeconds()), "-f", script.toString(), "-l", "--log-prefix",
                    logs.resolve("tx").toString(), uri.getPath().substring(1))
                    .redirectErrorStream(true);
            pb.environment().put("PGPASSWORD", password);
            Process process = pb.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            Matcher processed = Pattern.compile("number of transactions actually processed: (\\d+)").matcher(output);
            Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(output);
            if (!processed.find()) {
                throw new IllegalStateException("unexpected pgbench output:\n" + output);
            }
            // per-transaction log lines: client, transaction, latency (µs), ...
            Latencies latencies = new Latencies();
            try (Stream<Path> files = Files.list(logs)) {
                for (Path f : files.toList()) {
                    for (String line : Files.readAllLines(f)) {
                        latencies.add(Long.parseLong(line.split(" ")[2]));
                    }
                }
            }
            Latencies all = Latencies.merge(List.of(latencies));
            return new LoadResult("pgbench", clients, Long.parseLong(processed.group(1)), duration.toSeconds(),
                    all.percentileMillis(50), all.percentileMillis(99), failed.find() ? Long.parseLong(failed.group(1)) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private LoadResult jdbcLoop(int clients, Duration duration) {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Latencies> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            Latencies mine = new Latencies();
            latencies.add(mine);
            Thread t = new Thread(() -> {
                try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                     PreparedStatement insert = db.prepareStatement("INSERT INTO " + TABLE + " (body) VALUES (?)")) {
                    insert.setString(1, row);
                    while (System.nanoTime() < deadline) {
                        long sent = System.nanoTime();
                        insert.executeUpdate();
                        mine.add((System.nanoTime() - sent) / 1000);
                        done.incrementAndGet();
                    }
                } catch (SQLException e) {
                    failed.incrementAndGet();
                }
            }, "jdbc-ceiling-" + c);
            t.start();
            threads.add(t);
        }
        threads.forEach(ClosedLoop::join);
        Latencies all = Latencies.merge(latencies);
        return new LoadResult("JDBC insert loop", clients, done.get(), (System.nanoTime() - start) / 1e9,
                all.percentileMillis(50), all.percentileMillis(99), failed.get());
    }

    private void execute(String sql) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
             Statement s = db.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the ceiling table: " + e.getMessage(), e);
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
