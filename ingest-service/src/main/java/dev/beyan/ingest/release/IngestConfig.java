package dev.beyan.ingest.release;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the ingest API. */
@ConfigMapping(prefix = "beyan.ingest")
public interface IngestConfig {

    /** The largest release text accepted, in UTF-8 bytes (1 MiB by default). */
    @WithDefault("1048576")
    int maxTextBytes();
}
