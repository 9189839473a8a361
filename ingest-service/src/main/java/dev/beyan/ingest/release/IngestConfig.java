package dev.beyan.ingest.release;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the ingest API. */
@ConfigMapping(prefix = "beyan.ingest")
public interface IngestConfig {

    /** The largest release text accepted, in UTF-8 bytes (1 MiB by default). */
    @WithDefault("1048576")
    int maxTextBytes();

    /**
     * The largest event ingest stores, in bytes of the Kafka record the relay publishes for it (key, JSON value and
     * headers, as the producer counts them): 64 KiB below the producer's {@code max.request.size} of 1.5 MiB, room for
     * what a later version may add to a record (a header, an upcast schema) without stored events outgrowing it. A text
     * at the text limit, in letters, makes an event of about 1 MiB + 1 KiB.
     */
    @WithDefault("1507328")
    int maxEventBytes();

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
