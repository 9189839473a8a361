package dev.beyan.ingest.relay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the relay tails the event store. */
@ConfigMapping(prefix = "beyan.relay")
public interface RelayConfig {

    /** Whether this instance takes part in the relay election at all. */
    @WithDefault("true")
    boolean enabled();

    /** How long the leader waits when the store has nothing new. */
    @WithDefault("PT0.1S")
    Duration pollInterval();

    /** How often a standby instance tries to become the leader. */
    @WithDefault("PT1S")
    Duration standbyInterval();

    /** How long to wait before retrying after a failure (broker or database unreachable). */
    @WithDefault("PT1S")
    Duration retryBackoff();

    /** Events read per query and published together (at most the publisher's buffer, 2048). */
    @WithDefault("500")
    int batchSize();

    /** How long one publish may take before the broker counts as unreachable. */
    @WithDefault("PT30S")
    Duration publishTimeout();
}
