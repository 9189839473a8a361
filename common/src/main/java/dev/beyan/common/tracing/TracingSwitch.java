package dev.beyan.common.tracing;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the OpenTelemetry SDK on only where an OTLP endpoint is configured. Quarkus' exporter otherwise sends to
 * {@code localhost:4317} and logs every failed export; with the SDK off there is no exporter, no span and no cost,
 * and the event metadata keeps the caller's own {@code traceparent}. An explicit {@code quarkus.otel.sdk.disabled}
 * wins: this source sits below every configured one. A service opts in through its
 * {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}.
 */
public final class TracingSwitch implements ConfigSourceFactory {
    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final List<String> ENDPOINTS = List.of("quarkus.otel.exporter.otlp.endpoint",
            "quarkus.otel.exporter.otlp.traces.endpoint");
    /** Below application.properties (250) and the environment (300), above the extension's defaults. */
    private static final int ORDINAL = 100;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // the extension gives the endpoint a default (localhost:4317): only a value set above the defaults counts
        boolean endpoint = ENDPOINTS.stream().map(context::getValue)
                .filter(Objects::nonNull)
                .anyMatch(v -> v.getValue() != null && !v.getValue().isBlank() && v.getConfigSourceOrdinal() > ORDINAL);
        return List.of(new PropertiesConfigSource(Map.of(SDK_DISABLED, Boolean.toString(!endpoint)),
                "beyan tracing switch", ORDINAL));
    }
}
