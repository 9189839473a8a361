package dev.beyan.ingest.release;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The answer to a command: the release, its stream version and the global position of its newest event. */
public record IngestResult(String id, long version, long position, Outcome status) {

    public enum Outcome {
        CREATED, UNCHANGED, REVISED, RETRACTED;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
