package dev.beyan.ingest.release;

import dev.beyan.common.event.EventTypes;
import dev.beyan.common.event.EventTypes.EventType;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.json.EventCodec;
import dev.beyan.common.problem.ProblemException;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.ingest.relay.EventRecord;
import dev.beyan.ingest.relay.RecordSizeLimit;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Refuses, before anything is stored, a release whose event would be larger than {@link IngestConfig#maxEventBytes()}
 * as the record the relay publishes ({@link EventRecord}): a stored event the producer cannot send would never reach
 * the topic. The text limit alone does not see it, as the JSON of the event escapes a control character into six
 * bytes and a quote or backslash into two. What the store fills in later (position, transaction, version, time) is
 * measured at its longest, so the measure is an upper bound of the record the relay will build.
 */
@Singleton
@Startup
public class EventSizeLimit {
    /** A char takes at most six bytes in a JSON string (a control character as a unicode escape) and three in a header. */
    private static final int MAX_BYTES_PER_CHAR = 9;
    /** What Kafka's framing can gain as lengths grow (each length is a varint of at most five bytes). */
    private static final int FRAMING_SLACK = 64;
    private static final String RELEASE_ID = "0".repeat(16);
    private static final String SHA256 = "0".repeat(64);
    private static final UUID EVENT_ID = new UUID(0, 0);
    private static final Instant RECORDED_AT = Instant.parse("9999-12-31T23:59:59.999999999Z");
    private static final String TRACEPARENT = "00-" + "0".repeat(32) + "-" + "0".repeat(16) + "-01";
    private static final EventCodec CODEC = EventCodec.current();

    private final int ceiling;
    private final long emptyEventBytes;

    public EventSizeLimit(IngestConfig config, RecordSizeLimit producer) {
        this.ceiling = config.maxEventBytes();
        if (ceiling >= producer.maxBytes()) {
            throw new IllegalStateException("beyan.ingest.max-event-bytes (" + ceiling + ") must be below the "
                    + "producer's limit " + producer.maxBytes() + " (mp.messaging.outgoing.release-events.max.request.size)");
        }
        EventMetadata none = new EventMetadata(null, null, null, null);
        this.emptyEventBytes = Math.max(
                bytes(new ReleaseReceived(RELEASE_ID, null, SHA256, null, null, null, null, null, null, null), none),
                bytes(new ReleaseRevised(RELEASE_ID, null, SHA256, null), none));
    }

    /** A submission appends a {@code ReleaseReceived}, or for a new text under a known external id a {@code ReleaseRevised}. */
    void check(Submission s, EventMetadata metadata) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", s.text());
        fields.put("externalId", s.externalId());
        fields.put("source", s.source());
        fields.put("url", s.url());
        fields.put("publishedAt", s.publishedAt());
        fields.put("category", s.category());
        fields.put("title", s.title());
        fields.put("dateline", s.dateline());
        fields.put("reason", ReleaseCommands.RESUBMITTED);
        if (surelyFits(fields, metadata)) {
            return;
        }
        refuseOver(Math.max(
                bytes(new ReleaseReceived(RELEASE_ID, s.text(), SHA256, s.externalId(), s.source(), s.url(),
                        s.publishedAt(), s.category(), s.dateline(), s.title()), metadata),
                bytes(new ReleaseRevised(RELEASE_ID, s.text(), SHA256, ReleaseCommands.RESUBMITTED), metadata)), fields);
    }

    /** A revision appends a {@code ReleaseRevised}. */
    void check(SubmissionParser.Revision r, EventMetadata metadata) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", r.text());
        fields.put("reason", r.reason());
        if (!surelyFits(fields, metadata)) {
            refuseOver(bytes(new ReleaseRevised(RELEASE_ID, r.text(), SHA256, r.reason()), metadata), fields);
        }
    }

    /**
     * Whether even the most each char could take keeps the event under the ceiling: a release of ordinary size is
     * let through without encoding its event a second time.
     */
    private boolean surelyFits(Map<String, String> fields, EventMetadata metadata) {
        long chars = length(metadata.correlationId()) + length(metadata.causationId()) + length(metadata.actor())
                + length(metadata.traceparent());
        for (String value : fields.values()) {
            chars += length(value);
        }
        return emptyEventBytes + MAX_BYTES_PER_CHAR * chars + FRAMING_SLACK <= ceiling;
    }

    private void refuseOver(int bytes, Map<String, String> fields) {
        if (bytes <= ceiling) {
            return;
        }
        String largest = fields.entrySet().stream().max(Comparator.comparingInt(e -> length(e.getValue())))
                .orElseThrow().getKey();
        throw ProblemException.badRequest(largest, "the release's event would be " + bytes + " bytes on the topic; "
                + "the limit is " + ceiling + " (JSON writes a control character in six bytes, a quote or a "
                + "backslash in two)");
    }

    /** The record the relay would publish for {@code event}, with the longest values the store and relay add. */
    private static int bytes(ReleaseEvent event, EventMetadata metadata) {
        EventType type = EventTypes.of(event);
        RecordedEvent recorded = new RecordedEvent(Long.MAX_VALUE, Long.MAX_VALUE, ReleaseEvent.streamId(RELEASE_ID),
                Long.MAX_VALUE, EVENT_ID, type.name(), type.schemaVersion(), CODEC.encode(event), metadata, RECORDED_AT);
        String stored = metadata.traceparent();
        return EventRecord.of(recorded, stored != null && stored.length() > TRACEPARENT.length() ? stored : TRACEPARENT)
                .sizeInBytes();
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
