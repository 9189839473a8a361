package dev.beyan.entity;

import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRetracted;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.testing.TestPublisher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Plays ingest-service for the entity tests: appends to the real store, then publishes like the relay. */
final class ReleaseWriter implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EventMetadata META = new EventMetadata("test", null, "test", null);

    private final PgEventStore store;
    private final TestPublisher publisher = new TestPublisher();

    ReleaseWriter(PgEventStore store) {
        this.store = store;
    }

    static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    RecordedEvent receive(String id, String text, String publishedAt) {
        return receiveFrom(id, text, publishedAt, null);
    }

    /** A release received from the web address {@code url}. */
    RecordedEvent receiveFrom(String id, String text, String publishedAt, String url) {
        return write(id, 0, new ReleaseReceived(id, text, sha(text), null, "test", url, publishedAt, "Güncel",
                null, null));
    }

    RecordedEvent revise(String id, long expected, String text) {
        return write(id, expected, new ReleaseRevised(id, text, sha(text), "test"));
    }

    RecordedEvent retract(String id, long expected) {
        return write(id, expected, new ReleaseRetracted(id, "test"));
    }

    List<RecordedEvent> history(String id) {
        return historyOf(ReleaseEvent.streamId(id));
    }

    List<RecordedEvent> historyOf(String streamId) {
        return store.readStream(streamId).await().atMost(WAIT);
    }

    /** The release's event at {@code version}, decoded as the store reads it. */
    ReleaseEvent event(String id, long version) {
        return store.readStream(ReleaseEvent.streamId(id), version - 1, ReleaseEvent.class).await().atMost(WAIT)
                .get(0).event();
    }

    void publish(RecordedEvent event) {
        publisher.publish(event);
    }

    void sendRaw(String key, String payload) {
        publisher.send(key, payload);
    }

    void sendRaw(String key, String type, String payload) {
        publisher.send(key, type, payload);
    }

    RecordedEvent append(String id, long expected, ReleaseEvent event) {
        return write(id, expected, event);
    }

    private RecordedEvent write(String id, long expected, ReleaseEvent event) {
        store.append(ReleaseEvent.streamId(id), expected, List.of(new NewEvent(UUID.randomUUID(), event, META)))
                .await().atMost(WAIT);
        List<RecordedEvent> history = history(id);
        RecordedEvent written = history.get(history.size() - 1);
        publisher.publish(written);
        return written;
    }

    /** The SHA-256 of a release's text, in hex, as ingest-service records it. */
    static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        publisher.close();
    }
}
