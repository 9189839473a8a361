package dev.beyan.registry.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.beyan.common.event.CurationEvent;
import dev.beyan.common.event.DomainEvent;
import dev.beyan.common.event.EventTypes;
import dev.beyan.common.event.OfficialSplit;
import dev.beyan.common.event.OfficialsMerged;
import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.json.Json;
import dev.beyan.common.release.ReleaseState;
import dev.beyan.common.store.DecodedEvent;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.subscription.StreamCheckpoints;
import dev.beyan.common.subscription.Subscription;
import dev.beyan.extract.Analysis;
import dev.beyan.registry.identity.Correction;
import dev.beyan.registry.identity.Identities;
import dev.beyan.registry.identity.RegisterPeople;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies events to the read models inside the caller's transaction. The live pipeline's batches and the rebuild's
 * pages go through the same fold and writers ({@link PageReplay}) with the same events, which is what makes a rebuild
 * reproduce the live tables exactly.
 */
@ApplicationScoped
public class ReleaseProjector {
    private static final StreamCheckpoints CHECKPOINTS = new StreamCheckpoints(Subscription.PROJECTION);
    private final PlaceDirectory places;
    private final MayorRegistry mayors;
    private final RegisterPeople registers;
    private final Identities identities;
    private final Aggregates aggregates = new Aggregates();

    public ReleaseProjector() {
        this(PlaceDirectory.load(), MayorRegistry.load());
    }

    ReleaseProjector(PlaceDirectory places, MayorRegistry mayors) {
        this.places = places;
        this.mayors = mayors;
        this.registers = RegisterPeople.load(places);
        this.identities = new Identities(registers);
    }

    /**
     * Replays a page of events in store order without resolving identities or recomputing the aggregates they feed
     * (officials, positions, place counts); the replay ends with {@link #recomputeAggregates}, which does each once.
     * The rows written are those {@link #project} writes: both fold through {@link PageReplay}.
     */
    public Uni<Void> replay(SqlConnection tx, List<DecodedEvent<DomainEvent>> page) {
        Uni<Void> kept = Uni.createFrom().voidItem();
        for (DecodedEvent<DomainEvent> e : page) {
            if (e.event() instanceof CurationEvent c) {
                kept = kept.chain(() -> keep(tx, e.recorded(), c)).replaceWithVoid();
            }
        }
        return kept.chain(() -> PageReplay.replay(tx, page, this::contributions));
    }

    /**
     * Projects the events of some release streams in the caller's transaction, each stream's in version order after
     * its checkpoint: the live pipeline's batch. They are folded as a rebuild's page is (each release read and written
     * once, each replaced contribution once, each stream's last checkpoint), then the name blocks and officials they
     * touched are resolved and recomputed once for the batch and the place counts take its changes, under their locks.
     */
    public Uni<Void> project(SqlConnection tx, List<DecodedEvent<DomainEvent>> events) {
        return PageReplay.fold(tx, events, this::contributions).chain(page -> touched(tx, page.replaced())
                .chain(before -> {
                    boolean deletesNoSighting = before.blocks.isEmpty();
                    Touched all = before.with(page.fresh());
                    // the blocks are locked before any of their sightings is deleted (see Identities.lock); new
                    // sightings alone (the common case: new releases) are written first, as no one sees them before
                    // the commit, so the blocks' locks are held only from the resolution on
                    Uni<Set<String>> resolved = deletesNoSighting
                            ? page.write(tx).chain(() -> identities.resolve(tx, all.blocks, Set.of()))
                            : Identities.lock(tx, all.blocks)
                            .chain(held -> page.write(tx).chain(() -> identities.resolve(tx, all.blocks, held)));
                    return resolved
                            .chain(officials -> {
                                all.officials.addAll(officials);
                                return aggregates.recompute(tx, all.officials, all.places);
                            });
                }));
    }

    private Contributions contributions(Contributions.Release release, ReleaseAnalyzed analysis) {
        return Contributions.of(release, decode(analysis), places, mayors, registers);
    }

    /** The officials and name blocks some releases' contributions feed, and what they change in the place counts. */
    private record Touched(Set<String> officials, Set<String> blocks, PlaceCounts places) {
        Touched with(List<Contributions> fresh) {
            for (Contributions c : fresh) {
                blocks.addAll(c.blocks);
                for (Tuple place : c.places) {
                    places.added(place.getString(1), place.getInteger(2), place.getInteger(3));
                }
            }
            return this;
        }
    }

    /** What the current contributions of {@code releaseIds} feed (their removal from the counts), in one statement. */
    private static Uni<Touched> touched(SqlConnection tx, Collection<String> releaseIds) {
        Touched touched = new Touched(new LinkedHashSet<>(), new TreeSet<>(), new PlaceCounts());
        if (releaseIds.isEmpty()) {
            return Uni.createFrom().item(touched);
        }
        // every place row counts (UNION ALL): two releases' rows for one place are two removals
        return tx.preparedQuery("""
                        SELECT 'official' AS kind, official_id AS id, 0 AS mentions
                        FROM readmodel.release_officials WHERE release_id = ANY($1)
                        UNION ALL
                        SELECT 'block', block, 0 FROM readmodel.release_officials WHERE release_id = ANY($1)
                        UNION ALL
                        SELECT place_kind, place_id::text, mention_count
                        FROM readmodel.release_places WHERE release_id = ANY($1)""")
                .execute(Tuple.of(releaseIds.toArray(String[]::new)))
                .map(rows -> {
                    for (Row row : rows) {
                        String kind = row.getString("kind");
                        switch (kind) {
                            case "official" -> touched.officials.add(row.getString("id"));
                            case "block" -> touched.blocks.add(row.getString("id"));
                            default -> touched.places.removed(kind, Integer.parseInt(row.getString("id")),
                                    row.getInteger("mentions"));
                        }
                    }
                    return touched;
                });
    }

    /** Resolves every official and computes every aggregate from the contributions; the end of a replay. */
    public Uni<Void> recomputeAggregates(SqlConnection tx) {
        return identities.resolveAll(tx).chain(() -> aggregates.recomputeAll(tx));
    }

    /** Projects one event: an editor's correction, or a release's event as a batch of one ({@link #project}). */
    public Uni<Void> apply(SqlConnection tx, RecordedEvent recorded, DomainEvent event) {
        if (event instanceof CurationEvent c) {
            return corrected(tx, recorded, c)
                    .chain(() -> checkpoint(tx, recorded.streamId(), recorded.streamVersion(), recorded.position()));
        }
        return project(tx, List.of(new DecodedEvent<>(recorded, event)));
    }

    /** Projects an analysis the caller has just appended at {@code version} / {@code position}. */
    public Uni<Void> applyAppendedAnalysis(SqlConnection tx, String streamId, long version, long position,
                                           ReleaseAnalyzed event) {
        return project(tx, List.of(appended(streamId, version, position, event)));
    }

    /**
     * An analysis just appended at {@code version} / {@code position}, as the store would read it back, without
     * reading it: projecting an analysis reads nothing else of its envelope (no transaction id, time or stored text).
     */
    public static DecodedEvent<DomainEvent> appended(String streamId, long version, long position, ReleaseAnalyzed event) {
        RecordedEvent recorded = new RecordedEvent(position, 0, streamId, version, null, EventTypes.ANALYZED.name(),
                EventTypes.ANALYZED.schemaVersion(), null, null, null);
        return new DecodedEvent<>(recorded, event);
    }

    /** A {@code readmodel.releases} row as its {@link ReleaseState}. */
    static ReleaseState state(Row r) {
        Long analyzedVersion = r.getLong("analyzed_version");
        return new ReleaseState(r.getString("id"), r.getString("external_id"), r.getString("source"),
                r.getString("url"), r.getString("title"), r.getString("published_at"), r.getString("category"),
                r.getString("dateline"), "retracted".equals(r.getString("status")), r.getLong("version"),
                r.getLong("changed_version"), r.getLong("text_version"), r.getString("text_sha256"),
                r.getString("text"), r.getOffsetDateTime("received_at").toInstant(),
                r.getOffsetDateTime("updated_at").toInstant(), r.getLong("last_position"),
                analyzedVersion == null ? null : new ReleaseState.Analyzed(analyzedVersion,
                        r.getString("extractor_name"), r.getString("extractor_version")));
    }

    static String status(ReleaseState s) {
        return s.retracted() ? "retracted" : "active";
    }

    /**
     * Keeps an editor's correction and re-resolves the officials it names. The correction applies after the
     * automatic resolution, now and at every later resolution of those officials, rebuilds included.
     */
    private Uni<Void> corrected(SqlConnection tx, RecordedEvent e, CurationEvent event) {
        return Identities.lockExclusive(tx)
                .chain(() -> keep(tx, e, event))
                .chain(correction -> resolveAfter(tx, correction));
    }

    /** Keeps an editor's correction in the read models (once: its seq is its stream version). */
    private static Uni<Correction> keep(SqlConnection tx, RecordedEvent e, CurationEvent event) {
        Correction correction = event instanceof OfficialsMerged m
                ? new Correction(e.streamVersion(), Correction.Kind.MERGE, m.officialId(), m.into(), List.of(),
                        m.editor(), m.reason())
                : new Correction(e.streamVersion(), Correction.Kind.SPLIT, ((OfficialSplit) event).officialId(), null,
                        ((OfficialSplit) event).releaseIds(), event.editor(), event.reason());
        return tx.preparedQuery("""
                        INSERT INTO readmodel.official_corrections (seq, position, kind, official_id, into_id,
                          release_ids, refs, editor, reason, recorded_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (seq) DO NOTHING""")
                .execute(Tuple.tuple(Arrays.asList(correction.seq(), e.position(),
                        correction.kind().name().toLowerCase(Locale.ROOT), correction.officialId(), correction.into(),
                        correction.releaseIds().toArray(String[]::new), correction.refs().toArray(String[]::new),
                        correction.editor(), correction.reason(), e.recordedAt().atOffset(ZoneOffset.UTC))))
                .replaceWith(correction);
    }

    private Uni<Void> resolveAfter(SqlConnection tx, Correction correction) {
        return Identities.blocksOf(tx, correction.refs())
                .chain(blocks -> identities.resolve(tx, blocks, Set.of()))
                .chain(ids -> aggregates.recompute(tx, ids, new PlaceCounts()));
    }

    private static Uni<Void> checkpoint(SqlConnection tx, String streamId, long version, long position) {
        return CHECKPOINTS.advance(tx, streamId, version, position);
    }

    private static Analysis decode(ReleaseAnalyzed a) {
        try {
            return Json.MAPPER.treeToValue(a.analysis(), Analysis.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
