package dev.beyan.ingest.tracing;

import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Without an OTLP endpoint the SDK is off, and the stored traceparent is the caller's, exactly as sent. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class UntracedRequestTest {
    @Inject
    PgEventStore store;

    @Test
    void withoutAnEndpointTheSdkIsOffAndTheCallersTraceparentIsStoredAsSent() {
        String traceparent = "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01";

        String id = given().auth().oauth2(TestTokens.of("trace-test", "ingest"))
                .header("traceparent", traceparent)
                .contentType("application/json; charset=UTF-8")
                .body(("{\"text\":\"Muhtar çeşmeyi onardı " + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8))
                .post("/v1/releases").then().statusCode(201).extract().path("id");

        assertThat(ConfigProvider.getConfig().getValue("quarkus.otel.sdk.disabled", Boolean.class)).isTrue();
        assertThat(store.readStream(ReleaseEvent.streamId(id)).await().atMost(Duration.ofSeconds(30)).get(0)
                .metadata().traceparent()).isEqualTo(traceparent);
    }
}
