package dev.beyan.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** A file to ingest and how its content goes to the ingest API. */
record ReleaseFile(Path path, Format format) {

    enum Format {
        /** The seed format ({@code date YYYY-MM <category>}, then the body), sent as is: the server parses it. */
        SEED_TEXT,
        /** One release as a JSON object. */
        JSON,
        /** One JSON release per line, sent to the batch endpoint. */
        NDJSON;

        static Optional<Format> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt")) {
                return Optional.of(SEED_TEXT);
            }
            if (name.endsWith(".json")) {
                return Optional.of(JSON);
            }
            if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
                return Optional.of(NDJSON);
            }
            return Optional.empty();
        }
    }
}
