package dev.beyan.common.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A service with the OpenTelemetry SDK on and no OTLP endpoint: the trace tests collect the spans with an in-memory
 * exporter (each service's {@code %test} profile turns the OTLP exporter off, so nothing is sent anywhere).
 */
public class TracingOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false");
    }
}
