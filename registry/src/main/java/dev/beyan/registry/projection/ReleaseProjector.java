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
import dev.beyan.common.store.RecordedEvent;
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

/**
 * Applies one event to the read models inside the caller's transaction. The live pipeline and the rebuild call
 * the same code with the same events, which is what makes a rebuild reproduce the live tables exactly.
 */
@ApplicationScoped
public class ReleaseProjector {
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
     * Replays a page of events ({@code recorded} in store order, {@code events} decoded) without resolving identities
     * or recomputing the aggregates they feed (officials, positions, place counts); the replay ends with
     * {@link #recomputeAggregates}, which does each once. The rows written are those {@link #apply} would write.
     */
    public Uni<Void> replay(SqlConnection tx, List<RecordedEvent> recorded, List<DomainEvent> events) {
        Uni<Void> kept = Uni.createFrom().voidItem();
        for (int i = 0; i < recorded.size(); i++) {
            if (events.get(i) instanceof CurationEvent c) {
                RecordedEvent e = recorded.get(i);
                kept = kept.chain(() -> keep(tx, e, c)).replaceWithVoid();
            }
        }
        return kept.chain(() -> PageReplay.replay(tx, recorded, events, (release, analysis) ->
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

    private Uni<Void> received(SqlConnection tx, RecordedEvent e, ReleaseReceived r) {
        return tx.preparedQuery("""
                        INSERT INTO readmodel.releases (id, external_id, source, url, title, published_at, published_on,
                          category, dateline, text, text_sha256, text_version, version, status, received_at, updated_at,
                          last_position)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, 'active', $13, $13, $14)
                        ON CONFLICT (id) DO NOTHING""")
                .execute(Tuple.tuple(Arrays.asList(r.releaseId(), r.externalId(), r.source(), r.url(), r.title(),
                        r.publishedAt(), PublishedOn.parse(r.publishedAt()), r.category(), r.dateline(), r.text(),
                        r.sha256(), e.streamVersion(), e.recordedAt().atOffset(ZoneOffset.UTC), e.position())))
                .replaceWithVoid();
    }

    private Uni<Void> revised(SqlConnection tx, RecordedEvent e, ReleaseRevised r) {
        return tx.preparedQuery("""
                        UPDATE readmodel.releases SET text = $2, text_sha256 = $3, text_version = $4, version = $4,
                          updated_at = $5, last_position = $6 WHERE id = $1""")
                .execute(Tuple.tuple(Arrays.asList(r.releaseId(), r.text(), r.sha256(), e.streamVersion(),
                        e.recordedAt().atOffset(ZoneOffset.UTC), e.position())))
                .chain(() -> replaceContributions(tx, r.releaseId(), null));
    }

    private Uni<Void> retracted(SqlConnection tx, RecordedEvent e, ReleaseRetracted r) {
        return tx.preparedQuery("""
                        UPDATE readmodel.releases SET status = 'retracted', version = $2, updated_at = $3,
                          last_position = $4 WHERE id = $1""")
                .execute(Tuple.of(r.releaseId(), e.streamVersion(), e.recordedAt().atOffset(ZoneOffset.UTC), e.position()))
                .chain(() -> replaceContributions(tx, r.releaseId(), null));
    }

    private Uni<Void> analyzed(SqlConnection tx, long version, long position, ReleaseAnalyzed a) {
        // the joined row is read before the update: its analysed version says whether contributions may exist
        return tx.preparedQuery("""
                        UPDATE readmodel.releases r SET version = $2, last_position = $3, analyzed_version = $4,
                          extractor_name = $5, extractor_version = $6
                        FROM readmodel.releases old_row WHERE r.id = $1 AND old_row.id = $1
                        RETURNING r.status, r.text_version, r.text, r.title, r.dateline, r.published_on, r.received_at,
                          old_row.analyzed_version IS NOT NULL AS analysed_before""")
                .execute(Tuple.of(a.releaseId(), version, position, a.analyzedVersion(), a.extractorName(),
                        a.extractorVersion()))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().voidItem();
                    }
                    Row release = rows.iterator().next();
                    boolean current = "active".equals(release.getString("status"))
                            && release.getLong("text_version") == a.analyzedVersion();
                    if (!current) {
                        return Uni.createFrom().voidItem();
                    }
                    LocalDate publishedOn = release.getLocalDate("published_on");
                    LocalDate seenOn = publishedOn != null ? publishedOn
                            : release.getOffsetDateTime("received_at").toLocalDate();
                    Contributions c = Contributions.of(new Contributions.Release(a.releaseId(),
                            release.getString("text"), release.getString("title"), release.getString("dateline"),
                            publishedOn, seenOn), decode(a), places, mayors, registers);
                    return release.getBoolean("analysed_before") ? replaceContributions(tx, a.releaseId(), c)
                            : firstContributions(tx, c);
                });
    }

    /**
     * Keeps an editor's correction and re-resolves the officials it names. The correction applies after the
     * automatic resolution, now and at every later resolution of those officials, rebuilds included.
     */
    private Uni<Void> corrected(SqlConnection tx, RecordedEvent e, CurationEvent event) {
        return keep(tx, e, event).chain(correction -> resolveAfter(tx, correction));
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
                .chain(blocks -> identities.resolve(tx, blocks))
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
                    Uni<Void> locked = blocks.isEmpty() ? Uni.createFrom().voidItem() : Identities.lock(tx);
                    return locked.chain(() -> ContributionRows.delete(tx, List.of(releaseId)))
                            .chain(() -> ContributionRows.insert(tx, fresh == null ? List.of() : List.of(fresh)))
                            .chain(() -> identities.resolve(tx, blocks))
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
                .chain(() -> identities.resolve(tx, fresh.blocks))
                .chain(resolved -> aggregates.recompute(tx, resolved, fresh.provinceIds, fresh.districtIds));
    }

    private static Uni<Void> checkpoint(SqlConnection tx, String streamId, long version, long position) {
        return tx.preparedQuery("""
                        INSERT INTO readmodel.stream_checkpoints (stream_id, version, position) VALUES ($1, $2, $3)
                        ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, position = excluded.position""")
                .execute(Tuple.of(streamId, version, position))
                .replaceWithVoid();
    }

    private static Analysis decode(ReleaseAnalyzed a) {
        try {
            return Json.MAPPER.treeToValue(a.analysis(), Analysis.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
