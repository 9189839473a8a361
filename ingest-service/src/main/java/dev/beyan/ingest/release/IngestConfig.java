package dev.beyan.ingest.release;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the ingest API. */
@ConfigMapping(prefix = "beyan.ingest")
public interface IngestConfig {

    /** The largest release text accepted, in UTF-8 bytes (1 MiB by default). */
    @WithDefault("1048576")
    int maxTextBytes();

    /** The most non-blank lines one batch may hold. */
    @WithDefault("1000")
    int maxBatchLines();

    /** Writes one client (a token's subject) may make per second, sustained. */
    @WithDefault("100")
    int writesPerSecond();

    /** Writes one client may make at once after a pause. */
    @WithDefault("200")
    int writeBurst();
}
