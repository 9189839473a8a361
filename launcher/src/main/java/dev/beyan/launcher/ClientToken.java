package dev.beyan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The token {@code ingest}, {@code rebuild} and {@code reanalyze} send: {@code --token}, else {@code BEYAN_TOKEN},
 * else the one {@code ./beyan up} wrote to {@code .beyan/token}; none means the request goes without, and the
 * service's 401 says so.
 */
final class ClientToken {
    private ClientToken() {
    }

    static Optional<String> find(String option, Map<String, String> env, Home home) {
        if (option != null && !option.isBlank()) {
            return Optional.of(option.strip());
        }
        String fromEnv = env.get("BEYAN_TOKEN");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.strip());
        }
        Path file = home.token();
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UserError("could not read " + file + ": " + e.getMessage());
        }
    }
}
