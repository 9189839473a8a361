package dev.beyan.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a log, shown under an error so that the cause is usually visible without opening it. */
final class LogTail {
    private static final int LINES = 15;

    private LogTail() {
    }

    static String of(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LINES), lines.size());
            return tail.isEmpty() ? "" : "\n  | " + String.join("\n  | ", tail);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
