package dev.beyan.ingest.release;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;

/** The answer to a command: the release, its stream version and the global position of its newest event. */
@Schema(name = "IngestResult", description = "What a command did to a release")
public record IngestResult(String id, @Schema(description = "The release stream's version after the command") long version,
                           @Schema(description = "The global position of the stream's newest event") long position,
                           Outcome status) {

    public enum Outcome {
        CREATED, UNCHANGED, REVISED, RETRACTED;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
