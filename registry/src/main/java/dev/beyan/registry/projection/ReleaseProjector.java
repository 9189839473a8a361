package dev.beyan.registry.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.beyan.common.event.CurationEvent;
import dev.beyan.common.event.DomainEvent;
import dev.beyan.common.event.OfficialSplit;
import dev.beyan.common.event.OfficialsMerged;
import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRetracted;
import dev.beyan.common.event.ReleaseRevised;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Applies one event to the read models inside the caller's transaction. The live pipeline and the rebuild call
 * the same code with the same events, which is what makes a rebuild reproduce the live tables exactly.
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
     * The rows written are those {@link #apply} would write.
     */
    public Uni<Void> replay(SqlConnection tx, List<DecodedEvent<DomainEvent>> page) {
        Uni<Void> kept = Uni.createFrom().voidItem();
        for (DecodedEvent<DomainEvent> e : page) {
            if (e.event() instanceof CurationEvent c) {
                kept = kept.chain(() -> keep(tx, e.recorded(), c)).replaceWithVoid();
            }
        }
        return kept.chain(() -> PageReplay.replay(tx, page, (release, analysis) ->
                Contributions.of(release, decode(analysis), places, mayors, registers)));
    }

    /** Resolves every official and computes every aggregate from the contributions; the end of a replay. */
    public Uni<Void> recomputeAggregates(SqlConnection tx) {
        return identities.resolveAll(tx).chain(() -> aggregates.recomputeAll(tx));
    }

    public Uni<Void> apply(SqlConnection tx, RecordedEvent recorded, DomainEvent event) {
        Uni<Void> change;
        if (event instanceof CurationEvent c) {
            change = corrected(tx, recorded, c);
        } else if (event instanceof ReleaseReceived r) {
            change = received(tx, recorded, r);
        } else if (event instanceof ReleaseRevised r) {
            change = revised(tx, recorded, r);
        } else if (event instanceof ReleaseRetracted r) {
            change = retracted(tx, recorded, r);
        } else {
            change = analyzed(tx, recorded.streamVersion(), recorded.position(), (ReleaseAnalyzed) event);
        }
        return change.chain(() -> checkpoint(tx, recorded.streamId(), recorded.streamVersion(), recorded.position()));
    }

    /** Projects an analysis the caller has just appended at {@code version} / {@code position}. */
    public Uni<Void> applyAppendedAnalysis(SqlConnection tx, String streamId, long version, long position,
                                           ReleaseAnalyzed event) {
        return analyzed(tx, version, position, event).chain(() -> checkpoint(tx, streamId, version, position));
    }

    /**
     * A stream's first event: there is no row to load, and a replayed one leaves the row alone, as {@link ReleaseState}
     * leaves a received release.
     */
    private Uni<Void> received(SqlConnection tx, RecordedEvent e, ReleaseReceived r) {
        ReleaseState s = ReleaseState.NONE.received(r, e.streamVersion(), e.position(), e.recordedAt());
        return tx.preparedQuery("""
                        INSERT INTO readmodel.releases (id, external_id, source, url, title, published_at, published_on,
                          category, dateline, text, text_sha256, text_version, version, changed_version, status,
                          received_at, updated_at, last_position)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
                        ON CONFLICT (id) DO NOTHING""")
                .execute(Tuple.tuple(Arrays.asList(s.id(), s.externalId(), s.source(), s.url(), s.title(),
                        s.publishedAt(), PublishedOn.parse(s.publishedAt()), s.category(), s.dateline(), s.text(),
                        s.textSha256(), s.textVersion(), s.version(), s.changedVersion(), status(s),
                        s.receivedAt().atOffset(ZoneOffset.UTC), s.updatedAt().atOffset(ZoneOffset.UTC),
                        s.lastPosition())))
                .replaceWithVoid();
    }

    private Uni<Void> revised(SqlConnection tx, RecordedEvent e, ReleaseRevised r) {
        return evolve(tx, r.releaseId(), s -> s.revised(r, e.streamVersion(), e.position(), e.recordedAt()))
                .chain(change -> replaceContributions(tx, r.releaseId(), null));
    }

    private Uni<Void> retracted(SqlConnection tx, RecordedEvent e, ReleaseRetracted r) {
        return evolve(tx, r.releaseId(), s -> s.retracted(e.streamVersion(), e.position(), e.recordedAt()))
                .chain(change -> replaceContributions(tx, r.releaseId(), null));
    }

    private Uni<Void> analyzed(SqlConnection tx, long version, long position, ReleaseAnalyzed a) {
        return evolve(tx, a.releaseId(), s -> s.analyzed(a, version, position)).chain(change -> {
            ReleaseState release = change.after();
            if (!release.analysisIsCurrent()) {
                return Uni.createFrom().voidItem();
            }
            LocalDate publishedOn = PublishedOn.parse(release.publishedAt());
            LocalDate seenOn = publishedOn != null ? publishedOn
                    : release.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate();
            Contributions c = Contributions.of(new Contributions.Release(a.releaseId(), release.text(),
                    release.title(), release.dateline(), publishedOn, seenOn), decode(a), places, mayors, registers);
            // only an analysis writes contributions: a release never analysed before has none to remove
            return change.before().analyzed() != null ? replaceContributions(tx, a.releaseId(), c)
                    : firstContributions(tx, c);
        });
    }

    /** A release's state before and after one event. */
    private record Change(ReleaseState before, ReleaseState after) {
    }

    /**
     * Loads the release's row as its {@link ReleaseState}, applies {@code change} and writes what changed back; the
     * text only when a revision brought a new one, as it is the bulk of the row. A release not received yet has no
     * row and stays so.
     */
    private static Uni<Change> evolve(SqlConnection tx, String id, UnaryOperator<ReleaseState> change) {
        return tx.preparedQuery("""
                        SELECT id, external_id, source, url, title, published_at, category, dateline, status, version,
                          changed_version, text_version, text_sha256, text, received_at, updated_at, last_position,
                          analyzed_version, extractor_name, extractor_version
                        FROM readmodel.releases WHERE id = $1""")
                .execute(Tuple.of(id))
                .chain(rows -> {
                    ReleaseState before = rows.size() == 0 ? ReleaseState.NONE : state(rows.iterator().next());
                    ReleaseState after = change.apply(before);
                    if (after.equals(before)) {
                        return Uni.createFrom().item(new Change(before, after));
                    }
                    return tx.preparedQuery("""
                                    UPDATE readmodel.releases SET text = coalesce($2, text), text_sha256 = $3,
                                      text_version = $4, version = $5, changed_version = $6, status = $7,
                                      updated_at = $8, last_position = $9, analyzed_version = $10, extractor_name = $11,
                                      extractor_version = $12
                                    WHERE id = $1""")
                            .execute(Tuple.tuple(Arrays.asList(id,
                                    after.textVersion() == before.textVersion() ? null : after.text(),
                                    after.textSha256(), after.textVersion(), after.version(), after.changedVersion(),
                                    status(after), after.updatedAt().atOffset(ZoneOffset.UTC), after.lastPosition(),
                                    after.analyzed() == null ? null : after.analyzed().textVersion(),
                                    after.analyzed() == null ? null : after.analyzed().extractorName(),
                                    after.analyzed() == null ? null : after.analyzed().extractorVersion())))
                            .replaceWith(new Change(before, after));
                });
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
                .chain(ids -> aggregates.recompute(tx, ids, Set.of(), Set.of()));
    }

    /**
     * Replaces the release's contributions ({@code null}: removes them), resolves the officials of the names they had
     * and have, and recomputes what they fed.
     */
    private Uni<Void> replaceContributions(SqlConnection tx, String releaseId, Contributions fresh) {
        return tx.preparedQuery("""
                        SELECT 'official' AS kind, official_id AS id FROM readmodel.release_officials WHERE release_id = $1
                        UNION ALL
                        SELECT 'block', block FROM readmodel.release_officials WHERE release_id = $1
                        UNION ALL
                        SELECT place_kind, place_id::text FROM readmodel.release_places WHERE release_id = $1""")
                .execute(Tuple.of(releaseId))
                .chain(rows -> {
                    Set<String> officials = new LinkedHashSet<>();
                    Set<String> blocks = new TreeSet<>();
                    Set<Integer> provinces = new LinkedHashSet<>();
                    Set<Integer> districts = new LinkedHashSet<>();
                    for (Row row : rows) {
                        switch (row.getString("kind")) {
                            case "official" -> officials.add(row.getString("id"));
                            case "block" -> blocks.add(row.getString("id"));
                            case "province" -> provinces.add(Integer.parseInt(row.getString("id")));
                            default -> districts.add(Integer.parseInt(row.getString("id")));
                        }
                    }
                    if (fresh != null) {
                        blocks.addAll(fresh.blocks);
                        provinces.addAll(fresh.provinceIds);
                        districts.addAll(fresh.districtIds);
                    }
                    return Identities.lock(tx, blocks).chain(held -> ContributionRows.delete(tx, List.of(releaseId))
                            .chain(() -> ContributionRows.insert(tx, fresh == null ? List.of() : List.of(fresh)))
                            .chain(() -> identities.resolve(tx, blocks, held)))
                            .chain(resolved -> {
                                officials.addAll(resolved);
                                return aggregates.recompute(tx, officials, provinces, districts);
                            });
                });
    }

    /**
     * Writes the contributions of a release never analysed before, which has none to remove (only an analysis writes
     * them), then resolves their officials and recomputes what they feed.
     */
    private Uni<Void> firstContributions(SqlConnection tx, Contributions fresh) {
        return ContributionRows.insert(tx, List.of(fresh))
                .chain(() -> identities.resolve(tx, fresh.blocks, Set.of()))
                .chain(resolved -> aggregates.recompute(tx, resolved, fresh.provinceIds, fresh.districtIds));
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
