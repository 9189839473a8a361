package dev.beyan.common.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * The credentials migrations run with. They own the schemas, so they may differ from the service's runtime
 * role, which gets only the grants it needs; unset, the datasource's own credentials are used.
 */
@ConfigMapping(prefix = "beyan.migration")
public interface DatabaseConfig {

    /** Whether this service migrates its schemas at start. */
    @WithDefault("true")
    boolean enabled();

    Optional<String> username();

    Optional<String> password();
}
