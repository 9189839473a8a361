package dev.beyan.ingest.release;

import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRetracted;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.problem.ProblemException;
import dev.beyan.common.release.ReleaseState;
import dev.beyan.common.store.AppendResult;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.StreamAppend;
import dev.beyan.common.store.WrongExpectedVersionException;
import dev.beyan.ingest.release.IngestResult.Outcome;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides what each command appends. The decision reads the stream and the append names the version it read,
 * so a concurrent writer makes the append fail instead of interleaving; submissions then decide again.
 */
@ApplicationScoped
public class ReleaseCommands {
    /** The reason of the revision a submission makes when it brings a new text under a known external id. */
    static final String RESUBMITTED = "resubmitted with a new text";
    private static final int SUBMIT_ATTEMPTS = 3;

    private final PgEventStore store;

    public ReleaseCommands(PgEventStore store) {
        this.store = store;
    }

    /** Records a new release, or revises the one with the same external id, or does nothing for known content. */
    public Uni<IngestResult> submit(Submission s, EventMetadata metadata) {
        String sha = Sha256.hex(s.text());
        String id = ReleaseIds.of(s, sha);
        return Uni.createFrom().deferred(() -> submitOnce(id, sha, s, metadata))
                .onFailure(WrongExpectedVersionException.class).retry().atMost(SUBMIT_ATTEMPTS - 1);
    }

    /**
     * Tries the common case first: a release not seen before goes in with one statement and no read. Only when its
     * stream exists is it read, and the submission decided against it.
     */
    private Uni<IngestResult> submitOnce(String id, String sha, Submission s, EventMetadata metadata) {
        var received = new ReleaseReceived(id, s.text(), sha, s.externalId(), s.source(), s.url(), s.publishedAt(),
                s.category(), s.dateline(), s.title());
        NewEvent event = new NewEvent(UUID.randomUUID(), received, metadata);
        return store.appendToEach(List.of(new StreamAppend(ReleaseEvent.streamId(id), 0, event)))
                .flatMap(written -> {
                    AppendResult r = written.get(event.eventId());
                    return r != null ? Uni.createFrom().item(new IngestResult(id, r.version(), r.position(),
                            Outcome.CREATED)) : decide(id, sha, s, metadata);
                });
    }

    private Uni<IngestResult> decide(String id, String sha, Submission s, EventMetadata metadata) {
        return state(id).flatMap(state -> {
            if (!state.received()) {
                var received = new ReleaseReceived(id, s.text(), sha, s.externalId(), s.source(), s.url(),
                        s.publishedAt(), s.category(), s.dateline(), s.title());
                return append(id, 0, received, metadata, Outcome.CREATED);
            }
            if (sha.equals(state.textSha256())) {
                return Uni.createFrom().item(new IngestResult(id, state.version(), state.lastPosition(), Outcome.UNCHANGED));
            }
            return append(id, state.version(), new ReleaseRevised(id, s.text(), sha, RESUBMITTED),
                    metadata, Outcome.REVISED);
        });
    }

    /**
     * Decides a batch against its streams read in one query and appends every change in one statement, so a batch
     * costs two round trips and one commit instead of a few per release. The answer has a result per submission,
     * or null where it must be decided alone with {@link #submit}: a release named twice in the batch (its repeats),
     * or one a concurrent writer changed meanwhile (then the whole statement is refused and every change is null).
     */
    public Uni<List<IngestResult>> submitAll(List<Submission> batch, EventMetadata metadata) {
        List<String> ids = new ArrayList<>(batch.size());
        List<String> shas = new ArrayList<>(batch.size());
        for (Submission s : batch) {
            String sha = Sha256.hex(s.text());
            shas.add(sha);
            ids.add(ReleaseIds.of(s, sha));
        }
        List<String> streamIds = ids.stream().map(ReleaseEvent::streamId).distinct().toList();
        return store.readStreams(streamIds, ReleaseEvent.class).flatMap(streams -> {
            IngestResult[] results = new IngestResult[batch.size()];
            Map<UUID, Integer> lineOf = new HashMap<>();
            Map<UUID, Outcome> outcomeOf = new HashMap<>();
            List<StreamAppend> appends = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < batch.size(); i++) {
                String id = ids.get(i);
                if (!seen.add(id)) {
                    continue;
                }
                Submission s = batch.get(i);
                ReleaseState state = ReleaseState.of(streams.getOrDefault(ReleaseEvent.streamId(id), List.of()));
                ReleaseEvent change;
                Outcome outcome;
                if (!state.received()) {
                    change = new ReleaseReceived(id, s.text(), shas.get(i), s.externalId(), s.source(), s.url(),
                            s.publishedAt(), s.category(), s.dateline(), s.title());
                    outcome = Outcome.CREATED;
                } else if (shas.get(i).equals(state.textSha256())) {
                    results[i] = new IngestResult(id, state.version(), state.lastPosition(), Outcome.UNCHANGED);
                    continue;
                } else {
                    change = new ReleaseRevised(id, s.text(), shas.get(i), RESUBMITTED);
                    outcome = Outcome.REVISED;
                }
                NewEvent event = new NewEvent(UUID.randomUUID(), change, metadata);
                appends.add(new StreamAppend(ReleaseEvent.streamId(id), state.version(), event));
                lineOf.put(event.eventId(), i);
                outcomeOf.put(event.eventId(), outcome);
            }
            return store.appendToEach(appends)
                    .onFailure(WrongExpectedVersionException.class).recoverWithItem(Map.of())
                    .map(written -> {
                        written.forEach((eventId, r) -> results[lineOf.get(eventId)] = new IngestResult(
                                ids.get(lineOf.get(eventId)), r.version(), r.position(), outcomeOf.get(eventId)));
                        return Arrays.asList(results);
                    });
        });
    }

    /**
     * Replaces the text if nobody changed the release since {@code expectedVersion}; analyses appended since do
     * not count, so a client's version does not go stale because the registry analysed the text.
     */
    public Uni<IngestResult> revise(String id, long expectedVersion, String text, String reason, EventMetadata metadata) {
        String sha = Sha256.hex(text);
        return existing(id).flatMap(state -> {
            if (!state.isCurrentFor(expectedVersion)) {
                throw new WrongExpectedVersionException(ReleaseEvent.streamId(id), expectedVersion, state.version());
            }
            if (state.retracted()) {
                throw ProblemException.conflict("release " + id + " was retracted and cannot be revised");
            }
            if (sha.equals(state.textSha256())) {
                return Uni.createFrom().item(new IngestResult(id, state.version(), state.lastPosition(), Outcome.UNCHANGED));
            }
            return append(id, state.version(), new ReleaseRevised(id, text, sha, reason), metadata, Outcome.REVISED);
        });
    }

    /** Withdraws the release; with an expected version, only if nobody wrote since. */
    public Uni<IngestResult> retract(String id, Long expectedVersion, String reason, EventMetadata metadata) {
        return existing(id).flatMap(state -> {
            if (expectedVersion != null && !state.isCurrentFor(expectedVersion)) {
                throw new WrongExpectedVersionException(ReleaseEvent.streamId(id), expectedVersion, state.version());
            }
            if (state.retracted()) {
                return Uni.createFrom().item(new IngestResult(id, state.version(), state.lastPosition(), Outcome.UNCHANGED));
            }
            return append(id, state.version(), new ReleaseRetracted(id, reason), metadata, Outcome.RETRACTED);
        });
    }

    private Uni<ReleaseState> state(String id) {
        return store.readStream(ReleaseEvent.streamId(id), 0, ReleaseEvent.class).map(ReleaseState::of);
    }

    private Uni<ReleaseState> existing(String id) {
        return state(id).invoke(state -> {
            if (!state.received()) {
                throw ProblemException.notFound("no release with id " + id);
            }
        });
    }

    private Uni<IngestResult> append(String id, long expected, ReleaseEvent event, EventMetadata metadata, Outcome outcome) {
        return store.append(ReleaseEvent.streamId(id), expected, List.of(new NewEvent(UUID.randomUUID(), event, metadata)))
                .map(r -> new IngestResult(id, r.version(), r.position(), outcome));
    }
}
