package dev.beyan.query.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** query-service's own settings (README "Configuration"). */
@ConfigMapping(prefix = "beyan.query")
public interface QueryConfig {

    /** Whether every read needs a token with role {@code read}; reads are open by default, as a public register's are. */
    @WithDefault("false")
    boolean readsRequireRole();

    Cache cache();

    /** Read-model answers kept until the read models change (LISTEN on the channel entity-service notifies). */
    interface Cache {
        @WithDefault("true")
        boolean enabled();

        /** The most the kept answers may weigh, in bytes (64 MiB by default). */
        @WithDefault("67108864")
        long maxBytes();
    }
}
