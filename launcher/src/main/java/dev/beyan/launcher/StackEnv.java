package dev.beyan.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code .beyan/stack.env}: a running stack's addresses as shell assignments ({@code . .beyan/stack.env} works),
 * written once the stack is ready and removed when it stops, so its presence also says "ready".
 */
final class StackEnv {
    private StackEnv() {
    }

    static void write(Path file, StackAddresses addresses) {
        StringBuilder s = new StringBuilder("# written by ./beyan up; removed when the stack stops\n");
        addresses.toEnv().forEach((k, v) -> s.append(k).append("='").append(v).append("'\n"));
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, s, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError("could not write " + file + ": " + e.getMessage());
        }
    }

    /** The recorded addresses, empty when no stack wrote any. */
    static Map<String, String> read(Path file) {
        Map<String, String> env = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return env;
        } catch (IOException e) {
            throw new UserError("could not read " + file + ": " + e.getMessage());
        }
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (line.startsWith("#") || eq < 0) {
                continue;
            }
            String value = line.substring(eq + 1);
            if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                value = value.substring(1, value.length() - 1);
            }
            env.put(line.substring(0, eq), value);
        }
        return env;
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale file is harmless: the pid lock, not this file, says whether a stack runs
        }
    }

    /**
     * The address {@code key} (such as INGEST_URL) from the option, else the environment, else the running stack;
     * a clear error when none has it.
     */
    static String address(String key, String option, Home home) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        String fromEnv = System.getenv(key);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        String fromStack = read(home.stackEnv()).get(key);
        if (fromStack == null) {
            throw new UserError("no running stack found (" + home.show(home.stackEnv()) + " is missing): start one"
                    + " with ./beyan up --detach, or give the address with " + key + "=...");
        }
        return fromStack;
    }
}
