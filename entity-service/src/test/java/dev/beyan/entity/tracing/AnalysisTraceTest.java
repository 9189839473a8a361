package dev.beyan.entity.tracing;

import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.testing.Poll;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.common.testing.TestPublisher;
import dev.beyan.common.testing.TracingOn;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entity half of a release's trace, on the real store and broker: an event whose metadata names a span (as
 * ingest stores its request span, see ingest-service's {@code RequestTraceTest}) is analysed and projected in
 * children of that span, and the analysis it appends stays in the same trace.
 */
@QuarkusTest
@TestProfile(TracingOn.class)
@QuarkusTestResource(RealServersResource.class)
class AnalysisTraceTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AttributeKey<String> STREAM = AttributeKey.stringKey("beyan.stream.id");
    private static final String TEXT = """
            (MUĞLA)- Datça Belediye Başkanı Ayşe Tekin, iskele onarımının bittiğini duyurdu. Tekin, "Balıkçılarımız \
            artık her havada güvenle yanaşabilecek" dedi.""";

    @Inject
    InMemorySpanExporter spans;
    @Inject
    PgEventStore store;

    @Test
    void theAnalysisAndTheProjectionOfAnEventAreChildrenOfTheSpanItsMetadataNames() {
        String trace = UUID.randomUUID().toString().replace("-", "");
        String requestSpan = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String stream = ReleaseEvent.streamId(id);
        Pool db = TestDatabase.superuserPool();
        try (TestPublisher publisher = new TestPublisher()) {
            PgEventStore ingest = new PgEventStore(db, store.codec());
            ingest.append(stream, 0, List.of(new NewEvent(UUID.randomUUID(),
                    new ReleaseReceived(id, TEXT, "sha", null, "test", null, "2024-06", "Güncel", null, null),
                    new EventMetadata("trace-test", null, "test", "00-" + trace + "-" + requestSpan + "-01"))))
                    .await().atMost(WAIT);
            publisher.publish(ingest.readStream(stream).await().atMost(WAIT).get(0));

            SpanData analyse = awaitSpan("analyse", stream);
            SpanData project = awaitSpan("project", stream);
            RecordedEvent analyzed = ingest.readStream(stream).await().atMost(WAIT).get(1);

            assertThat(List.of(analyse, project)).allSatisfy(span -> {
                assertThat(span.getTraceId()).isEqualTo(trace);
                assertThat(span.getParentSpanId()).isEqualTo(requestSpan);
            });
            assertThat(analyzed.type()).isEqualTo("ReleaseAnalyzed");
            assertThat(analyzed.metadata().traceparent()).contains(trace);
        } finally {
            db.closeAndAwait();
        }
    }

    private SpanData awaitSpan(String name, String stream) {
        Poll.until("the " + name + " span of " + stream, () -> find(name, stream).isPresent());
        return find(name, stream).orElseThrow();
    }

    private Optional<SpanData> find(String name, String stream) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals(name) && stream.equals(s.getAttributes().get(STREAM)))
                .findFirst();
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
