package dev.beyan.entity.messaging;

import dev.beyan.registry.pipeline.StreamProcessor;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code beyan.release-events} a poll at a time and projects what it announces in one transaction
 * ({@link StreamProcessor#catchUp(Map)}): one commit, one set of lock and aggregate statements for the batch. Analyses
 * (the service's own writes coming back) are dropped unread by the deserializer. A record that cannot be read goes to
 * the dead-letter topic with the reason; so do the records of a stream that fails on its own: when the batch fails,
 * each of its streams is tried again in a transaction of its own, so one bad release cannot hold back the others.
 * The batch is acknowledged only after its commit (and the dead letters' sends): a crash before redelivers it, and
 * the streams' checkpoints skip what was already projected, as after a stop: a batch that fails while the service
 * stops is neither acknowledged nor dead-lettered. Batches are handled in parallel on the {@value #WORKERS}
 * worker pool, whose size ({@code smallrye.messaging.worker.projection.max-concurrency}) bounds how many are in flight;
 * per-stream locks keep one stream's events in sequence.
 */
@ApplicationScoped
public class ReleaseEventConsumer {
    private static final Logger LOG = Logger.getLogger(ReleaseEventConsumer.class);
    /**
     * The pool batches run on. Unbounded (the default worker pool), a backlog put a batch on every worker thread: over a
     * hundred transactions queued on the same name blocks' locks and on a connection pool of 20, until they timed out
     * and their records went to the dead-letter topic.
     */
    static final String WORKERS = "projection";
    /** 1 + 2 + ... + 11 pauses of half a second: half a minute, time for PostgreSQL to restart and recover. */
    private static final int TRANSIENT_ATTEMPTS = 12;
    private static final Duration TRANSIENT_PAUSE = Duration.ofMillis(500);

    private final StreamProcessor processor;
    private volatile boolean stopping;

    public ReleaseEventConsumer(StreamProcessor processor) {
        this.processor = processor;
    }

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Incoming("release-events")
    @Blocking(value = WORKERS, ordered = false)
    public CompletionStage<Void> consume(KafkaRecordBatch<String, IncomingEvent> batch) {
        Map<String, Long> announced = new LinkedHashMap<>();
        Map<String, List<KafkaRecord<String, IncomingEvent>>> byStream = new LinkedHashMap<>();
        List<CompletionStage<Void>> deadLetters = new ArrayList<>();
        for (KafkaRecord<String, IncomingEvent> record : batch.getRecords()) {
            IncomingEvent event = record.getPayload();
            if (event instanceof IncomingEvent.Change c) {
                announced.merge(c.message().streamId(), c.message().streamVersion(), Math::max);
                byStream.computeIfAbsent(c.message().streamId(), s -> new ArrayList<>()).add(record);
            } else if (event instanceof IncomingEvent.Unreadable u) {
                deadLetters.add(record.nack(new IllegalArgumentException(u.reason())));
            }
        }
        if (!announced.isEmpty()) {
            try {
                catchUp(announced);
            } catch (RuntimeException batchFailure) {
                if (stopping) {
                    // the connection pool closes under a batch in flight when the service stops: neither acknowledged
                    // nor dead-lettered, the batch is delivered again to the next consumer from its uncommitted offsets
                    LOG.infof("a batch of %d streams left for the next start: the service is stopping", announced.size());
                    return CompletableFuture.completedFuture(null);
                }
                LOG.warnf(batchFailure, "a batch of %d streams failed; projecting them one by one", announced.size());
                // a passing failure was waited out above: one that lasts fails each stream at once, as before batches
                announced.forEach((stream, version) -> {
                    try {
                        processor.catchUp(Map.of(stream, version));
                    } catch (RuntimeException e) {
                        byStream.get(stream).forEach(record -> deadLetters.add(record.nack(e)));
                    }
                });
            }
        }
        return CompletableFuture.allOf(deadLetters.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).thenCompose(sent -> batch.ack());
    }

    /**
     * Projects, waiting out a failure that says nothing about the records (the database unreachable or restarting,
     * a deadlock), so that a restart of PostgreSQL sends nothing to the dead-letter topic.
     */
    private void catchUp(Map<String, Long> announced) {
        for (int attempt = 1; ; attempt++) {
            try {
                processor.catchUp(announced);
                return;
            } catch (RuntimeException e) {
                if (!Transience.of(e) || attempt == TRANSIENT_ATTEMPTS || stopping) {
                    throw e;
                }
                LOG.warnf("projection failed for a passing reason (%s); trying again", e.getMessage());
                sleep(TRANSIENT_PAUSE.multipliedBy(attempt));
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try a batch again", e);
        }
    }
}
