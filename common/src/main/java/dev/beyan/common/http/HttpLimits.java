package dev.beyan.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/** Quarkus' own request limits, read where beyan answers them itself ({@link BodySizeLimit}). */
@ConfigMapping(prefix = "quarkus.http.limits")
public interface HttpLimits {

    /** The largest body a request may declare. */
    MemorySize maxBodySize();
}
