package dev.beyan.ingest.tracing;

import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.testing.Poll;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestTokens;
import dev.beyan.common.testing.TopicReader;
import dev.beyan.common.testing.TracingOn;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest half of a release's trace, on the real store and broker: the request's server span is what the stored
 * event's {@code traceparent} names, and the relay publishes the event in a child of it, naming that child in the
 * record's {@code traceparent} header. (entity-service's {@code AnalysisTraceTest} takes the trace on from the
 * stored {@code traceparent}.)
 */
@QuarkusTest
@TestProfile(TracingOn.class)
@QuarkusTestResource(RealServersResource.class)
class RequestTraceTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    InMemorySpanExporter spans;
    @Inject
    PgEventStore store;

    @Test
    void theRequestTheStoredEventAndTheRelaysPublishAreOneTrace() {
        String id = post(given());

        RecordedEvent stored = firstEventOf(id);
        String[] traceparent = stored.metadata().traceparent().split("-");
        SpanData request = awaitSpan(s -> s.getKind() == SpanKind.SERVER
                && s.getSpanId().equals(traceparent[2]));
        SpanData publish = awaitSpan(s -> s.getKind() == SpanKind.PRODUCER
                && stored.eventId().toString().equals(s.getAttributes().get(
                AttributeKey.stringKey("messaging.message.id"))));
        String header = traceparentHeaderOf(id);

        assertThat(request.getTraceId()).isEqualTo(traceparent[1]);
        assertThat(request.getName()).contains("/v1/releases");
        assertThat(publish.getTraceId()).isEqualTo(request.getTraceId());
        assertThat(publish.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(header).isEqualTo("00-" + publish.getTraceId() + "-" + publish.getSpanId() + "-01");
    }

    @Test
    void aRequestThatCarriesATraceparentContinuesTheCallersTrace() {
        String callerTrace = UUID.randomUUID().toString().replace("-", "");
        String callerSpan = callerTrace.substring(0, 16);

        String id = post(given().header("traceparent", "00-" + callerTrace + "-" + callerSpan + "-01"));

        String[] stored = firstEventOf(id).metadata().traceparent().split("-");
        SpanData request = awaitSpan(s -> s.getKind() == SpanKind.SERVER && s.getSpanId().equals(stored[2]));
        assertThat(stored[1]).isEqualTo(callerTrace);
        assertThat(request.getParentSpanId()).isEqualTo(callerSpan);
    }

    private static String post(RequestSpecification request) {
        return request.auth().oauth2(TestTokens.of("trace-test", "ingest"))
                .contentType("application/json; charset=UTF-8")
                .body(("{\"text\":\"Kaymakam köy yolunu açtı " + UUID.randomUUID() + "\"}")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/v1/releases").then().statusCode(201).extract().path("id");
    }

    private RecordedEvent firstEventOf(String id) {
        return store.readStream(ReleaseEvent.streamId(id)).await().atMost(PATIENCE).get(0);
    }

    private SpanData awaitSpan(Predicate<SpanData> wanted) {
        Poll.until("a span", () -> find(wanted).isPresent());
        return find(wanted).orElseThrow();
    }

    private Optional<SpanData> find(Predicate<SpanData> wanted) {
        return spans.getFinishedSpanItems().stream().filter(wanted).findFirst();
    }

    private static String traceparentHeaderOf(String id) {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(EventMessage.TOPIC,
                rs -> rs.stream().anyMatch(r -> id.equals(r.key())), PATIENCE);
        ConsumerRecord<String, String> record = records.stream().filter(r -> id.equals(r.key())).findFirst()
                .orElseThrow();
        assertThat(record.headers().headers("traceparent")).hasSize(1);
        return new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
    }

    /** The exporter the SDK finds as a bean; with the SDK off (every other test) it stays empty. */
    @Dependent
    static class Exporter {
        @Produces
        @Singleton
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }
    }
}
