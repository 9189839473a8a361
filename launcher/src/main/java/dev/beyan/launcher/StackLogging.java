package dev.beyan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends what the embedded PostgreSQL and Kafka log (through SLF4J Simple) to a file instead of the terminal:
 * the broker alone writes hundreds of lines at start. Must run before anything asks SLF4J for a logger.
 */
final class StackLogging {
    private StackLogging() {
    }

    static void sendTo(Path log) {
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UserError("could not create " + log.getParent() + ": " + e.getMessage());
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", log.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    }
}
