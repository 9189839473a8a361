package dev.beyan.common.release;

import dev.beyan.common.event.EventTypes;
import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRetracted;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.json.Json;
import dev.beyan.common.store.DecodedEvent;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseStateTest {
    private static final ReleaseReceived RECEIVED = new ReleaseReceived("r", "Vali ilçeyi ziyaret etti.", "sha-1",
            "ext-9", "valilik", "https://example.org/9", "2024-05", "duyuru", "KİRAZ", "Ziyaret");
    private static final ReleaseRevised REVISED = new ReleaseRevised("r", "Vali ilçeleri ziyaret etti.", "sha-2",
            "yazım hatası");

    /** The event at stream version {@code version}, global position {@code 10 * version}, recorded at second version. */
    private static DecodedEvent<ReleaseEvent> at(long version, ReleaseEvent event) {
        return new DecodedEvent<>(new RecordedEvent(10 * version, version, "release-r", version, UUID.randomUUID(),
                EventTypes.of(event).name(), 1, "{}", new EventMetadata("c", null, "test", null),
                Instant.ofEpochSecond(version)), event);
    }

    private static ReleaseAnalyzed analysis(long ofVersion, String extractorVersion) {
        return new ReleaseAnalyzed("r", "beyan-extractor", extractorVersion, ofVersion, Json.MAPPER.createObjectNode());
    }

    @Test
    void anEmptyStreamIsNoRelease() {
        assertThat(ReleaseState.of(List.of())).isEqualTo(ReleaseState.NONE);
        assertThat(ReleaseState.NONE.received()).isFalse();
    }

    @Test
    void aReceivedReleaseHasEverythingItArrivedWith() {
        ReleaseState state = ReleaseState.of(List.of(at(1, RECEIVED)));

        assertThat(state).isEqualTo(new ReleaseState("r", "ext-9", "valilik", "https://example.org/9", "Ziyaret",
                "2024-05", "duyuru", "KİRAZ", false, 1, 1, 1, "sha-1", "Vali ilçeyi ziyaret etti.",
                Instant.ofEpochSecond(1), Instant.ofEpochSecond(1), 10, null));
    }

    @Test
    void aSecondReceivedChangesNothing() {
        ReleaseState once = ReleaseState.of(List.of(at(1, RECEIVED)));

        assertThat(once.evolve(at(2, new ReleaseReceived("r", "başka", "sha-x", null, null, null, null, null, null,
                null)))).isEqualTo(once);
    }

    @Test
    void eventsBeforeTheReleaseIsReceivedAreIgnored() {
        assertThat(ReleaseState.of(List.of(at(1, REVISED), at(2, new ReleaseRetracted("r", "geri çekildi")),
                at(3, analysis(1, "1.0"))))).isEqualTo(ReleaseState.NONE);
    }

    @Test
    void aRevisionBringsANewTextAndKeepsTheArrivalAndTheLatestAnalysis() {
        ReleaseState state = ReleaseState.of(List.of(at(1, RECEIVED), at(2, analysis(1, "1.0")), at(3, REVISED)));

        assertThat(state.text()).isEqualTo("Vali ilçeleri ziyaret etti.");
        assertThat(state.textSha256()).isEqualTo("sha-2");
        assertThat(state.textVersion()).isEqualTo(3);
        assertThat(state.version()).isEqualTo(3);
        assertThat(state.receivedAt()).isEqualTo(Instant.ofEpochSecond(1));
        assertThat(state.updatedAt()).isEqualTo(Instant.ofEpochSecond(3));
        assertThat(state.lastPosition()).isEqualTo(30);
        assertThat(state.analyzed()).isEqualTo(new ReleaseState.Analyzed(1, "beyan-extractor", "1.0"));
        assertThat(state.analysisIsCurrent()).isFalse();
    }

    @Test
    void aRetractionWithdrawsTheReleaseAndKeepsItsText() {
        ReleaseState state = ReleaseState.of(List.of(at(1, RECEIVED), at(2, new ReleaseRetracted("r", "mükerrer"))));

        assertThat(state.retracted()).isTrue();
        assertThat(state.version()).isEqualTo(2);
        assertThat(state.textVersion()).isEqualTo(1);
        assertThat(state.text()).isEqualTo(RECEIVED.text());
        assertThat(state.updatedAt()).isEqualTo(Instant.ofEpochSecond(2));
    }

    @Test
    void aRevisionAfterARetractionLeavesTheReleaseWithdrawn() {
        ReleaseState state = ReleaseState.of(List.of(at(1, RECEIVED), at(2, new ReleaseRetracted("r", "mükerrer")),
                at(3, REVISED)));

        assertThat(state.retracted()).isTrue();
        assertThat(state.textVersion()).isEqualTo(3);
    }

    @Test
    void anAnalysisRecordsWhichTextAndWhichExtractorVersionMadeIt() {
        ReleaseState state = ReleaseState.of(List.of(at(1, RECEIVED), at(2, analysis(1, "1.0")),
                at(3, analysis(1, "1.1"))));

        assertThat(state.analyzed()).isEqualTo(new ReleaseState.Analyzed(1, "beyan-extractor", "1.1"));
        assertThat(state.analysisIsCurrent()).isTrue();
        assertThat(state.version()).isEqualTo(3);
        assertThat(state.lastPosition()).isEqualTo(30);
        assertThat(state.updatedAt()).as("an analysis is no change to the release").isEqualTo(Instant.ofEpochSecond(1));
        assertThat(state.changedVersion()).isEqualTo(1);
    }

    @Test
    void anAnalysisOfARetractedReleaseIsNotCurrent() {
        ReleaseState state = ReleaseState.of(List.of(at(1, RECEIVED), at(2, new ReleaseRetracted("r", "mükerrer")),
                at(3, analysis(1, "1.0"))));

        assertThat(state.analysisIsCurrent()).isFalse();
    }

    @Test
    void theFoldOfAPrefixIsTheReleaseAsOfThatVersion() {
        List<DecodedEvent<ReleaseEvent>> stream = List.of(at(1, RECEIVED), at(2, analysis(1, "1.0")), at(3, REVISED),
                at(4, analysis(3, "1.0")));

        ReleaseState asOf2 = ReleaseState.of(stream.subList(0, 2));

        assertThat(asOf2.version()).isEqualTo(2);
        assertThat(asOf2.text()).isEqualTo(RECEIVED.text());
        assertThat(asOf2.analyzed().textVersion()).isEqualTo(1);
        assertThat(ReleaseState.of(stream).analyzed().textVersion()).isEqualTo(3);
        ReleaseState stepByStep = ReleaseState.NONE;
        for (DecodedEvent<ReleaseEvent> e : stream) {
            stepByStep = stepByStep.evolve(e);
        }
        assertThat(stepByStep).isEqualTo(ReleaseState.of(stream));
    }

    @Test
    void anAnalysisAppendedSinceDoesNotMakeAClientsVersionStale() {
        ReleaseState state = ReleaseState.of(List.of(at(1, RECEIVED), at(2, analysis(1, "1.0"))));

        assertThat(state.version()).isEqualTo(2);
        assertThat(state.isCurrentFor(1)).isTrue();
        assertThat(state.isCurrentFor(2)).isTrue();
    }

    @Test
    void aRevisionSinceDoes() {
        ReleaseState state = ReleaseState.of(List.of(at(1, RECEIVED), at(2, analysis(1, "1.0")), at(3, REVISED)));

        assertThat(state.isCurrentFor(1)).isFalse();
        assertThat(state.isCurrentFor(2)).isFalse();
        assertThat(state.isCurrentFor(3)).isTrue();
    }

    @Test
    void aRetractionSinceDoes() {
        ReleaseState state = ReleaseState.of(List.of(at(1, RECEIVED), at(2, new ReleaseRetracted("r", "mükerrer")),
                at(3, analysis(1, "1.0"))));

        assertThat(state.isCurrentFor(1)).isFalse();
        assertThat(state.isCurrentFor(2)).isTrue();
        assertThat(state.isCurrentFor(3)).isTrue();
    }
}
