package dev.beyan.ingest.release;

import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.event.EventTypes;
import dev.beyan.common.json.EventCodec;
import dev.beyan.common.json.Json;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseStateTest {
    private static final EventCodec CODEC = EventCodec.current();

    private static RecordedEvent recorded(long version, ReleaseEvent event) {
        return new RecordedEvent(version, version, "release-r", version, UUID.randomUUID(),
                EventTypes.of(event).name(), 1, CODEC.encode(event), new EventMetadata("c", null, "t", null),
                Instant.EPOCH);
    }

    @Test
    void anAnalysisAppendedSinceDoesNotMakeTheClientsVersionStale() {
        ReleaseState state = ReleaseState.of(List.of(
                recorded(1, new ReleaseReceived("r", "metin", "a", null, null, null, null, null, null, null)),
                recorded(2, new ReleaseAnalyzed("r", "x", "1", 1, Json.MAPPER.createObjectNode()))), CODEC);

        assertThat(state.version()).isEqualTo(2);
        assertThat(state.isCurrentFor(1)).isTrue();
        assertThat(state.isCurrentFor(2)).isTrue();
    }

    @Test
    void aRevisionSinceDoes() {
        ReleaseState state = ReleaseState.of(List.of(
                recorded(1, new ReleaseReceived("r", "metin", "a", null, null, null, null, null, null, null)),
                recorded(2, new ReleaseAnalyzed("r", "x", "1", 1, Json.MAPPER.createObjectNode())),
                recorded(3, new ReleaseRevised("r", "yeni", "b", "typo"))), CODEC);

        assertThat(state.isCurrentFor(1)).isFalse();
        assertThat(state.isCurrentFor(2)).isFalse();
        assertThat(state.isCurrentFor(3)).isTrue();
        assertThat(state.textSha256()).isEqualTo("b");
    }
}
