package dev.beyan.common.tracing;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TracingSwitchTest {

    private static boolean sdkDisabled(Map<String, String> configured) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(configured, "application.properties", 250))
                .withSources(new TracingSwitch())
                // as quarkus-opentelemetry declares it
                .withDefaultValue("quarkus.otel.exporter.otlp.endpoint", "http://localhost:4317/")
                .build();
        return config.getValue(TracingSwitch.SDK_DISABLED, Boolean.class);
    }

    @Test
    void turnsTheSdkOffWithoutAnOtlpEndpointBeyondTheExtensionsDefault() {
        assertThat(sdkDisabled(Map.of())).isTrue();
    }

    @Test
    void turnsTheSdkOnWhenAnEndpointIsConfiguredForAllSignalsOrForTraces() {
        assertThat(sdkDisabled(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317"))).isFalse();
        assertThat(sdkDisabled(Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://collector:4317")))
                .isFalse();
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(sdkDisabled(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317",
                TracingSwitch.SDK_DISABLED, "true"))).isTrue();
        assertThat(sdkDisabled(Map.of(TracingSwitch.SDK_DISABLED, "false"))).isFalse();
    }
}
