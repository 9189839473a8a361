package dev.beyan.registry.projection;

import dev.beyan.common.event.DomainEvent;
import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.release.ReleaseState;
import dev.beyan.common.store.DecodedEvent;
import dev.beyan.common.subscription.StreamCheckpoints;
import dev.beyan.common.subscription.Subscription;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Replays a page of events into the read models with a few multi-row statements: the page's releases are read
 * once, its events folded over them in order in memory with the {@link ReleaseState} fold {@link ReleaseProjector}
 * applies one event at a time, and only the end state is written (each release once, each replaced contribution once,
 * each stream's last checkpoint). Editors' corrections are the caller's to keep; identities and aggregates are left
 * to the end of the replay.
 */
final class PageReplay {
    private static final StreamCheckpoints CHECKPOINTS = new StreamCheckpoints(Subscription.PROJECTION);
    private final BiFunction<Contributions.Release, ReleaseAnalyzed, Contributions> contributions;
    /** The page's releases as received so far: those loaded, then those the page receives. */
    private final Map<String, ReleaseState> releases = new LinkedHashMap<>();
    /** Releases whose contributions the page replaced, with what replaces them (null: nothing). */
    private final Map<String, Contributions> replaced = new LinkedHashMap<>();
    private final Map<String, long[]> checkpoints = new LinkedHashMap<>();

    private PageReplay(BiFunction<Contributions.Release, ReleaseAnalyzed, Contributions> contributions) {
        this.contributions = contributions;
    }

    /**
     * Replays a page ({@code page} in store order); {@code contributions} says what an analysis contributes to a
     * release.
     */
    static Uni<Void> replay(SqlConnection tx, List<DecodedEvent<DomainEvent>> page,
                            BiFunction<Contributions.Release, ReleaseAnalyzed, Contributions> contributions) {
        return fold(tx, page, contributions).chain(replay -> replay.write(tx));
    }

    /** Reads the page's releases and folds its events over them in memory; nothing is written until {@link #write}. */
    static Uni<PageReplay> fold(SqlConnection tx, List<DecodedEvent<DomainEvent>> page,
                                BiFunction<Contributions.Release, ReleaseAnalyzed, Contributions> contributions) {
        PageReplay replay = new PageReplay(contributions);
        List<String> ids = new ArrayList<>();
        for (DecodedEvent<DomainEvent> e : page) {
            if (e.event() instanceof ReleaseEvent r) {
                ids.add(r.releaseId());
            }
        }
        // folding decodes every analysis and builds its rows: on a worker thread, not on the event loop that carries
        // every connection's statements
        return replay.load(tx, ids)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .invoke(() -> page.forEach(replay::fold))
                .replaceWith(replay);
    }

    /** The releases whose contributions the page replaces (or removes). */
    Set<String> replaced() {
        return replaced.keySet();
    }

    /** The contributions that replace them. */
    List<Contributions> fresh() {
        return replaced.values().stream().filter(c -> c != null).toList();
    }

    private Uni<Void> load(SqlConnection tx, List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("""
                        SELECT id, external_id, source, url, title, published_at, category, dateline, status, version,
                          changed_version, text_version, text_sha256, text, received_at, updated_at, last_position,
                          analyzed_version, extractor_name, extractor_version
                        FROM readmodel.releases WHERE id = ANY($1)""")
                .execute(Tuple.of(ids.toArray(String[]::new)))
                .invoke(rows -> {
                    for (Row row : rows) {
                        ReleaseState r = ReleaseProjector.state(row);
                        releases.put(r.id(), r);
                    }
                })
                .replaceWithVoid();
    }

    /** What {@link ReleaseProjector} does for one event, on the states in memory. */
    private void fold(DecodedEvent<DomainEvent> e) {
        if (e.event() instanceof ReleaseEvent event) {
            ReleaseState before = releases.getOrDefault(event.releaseId(), ReleaseState.NONE);
            ReleaseState after = before.evolve(new DecodedEvent<>(e.recorded(), event));
            if (after.received()) {
                releases.put(after.id(), after);
                if (event instanceof ReleaseAnalyzed a) {
                    if (after.analysisIsCurrent()) {
                        replaced.put(after.id(), contributions.apply(release(after), a));
                    }
                } else if (before.received() && !(event instanceof ReleaseReceived)) {
                    // a revision or a withdrawal: the contributions of the older text no longer count
                    replaced.put(after.id(), null);
                }
            }
        }
        // an editor's correction is the caller's to keep; its checkpoint is written with the page's
        checkpoints.put(e.streamId(), new long[]{e.streamVersion(), e.position()});
    }

    private static Contributions.Release release(ReleaseState r) {
        LocalDate publishedOn = PublishedOn.parse(r.publishedAt());
        LocalDate seenOn = publishedOn != null ? publishedOn : r.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return new Contributions.Release(r.id(), r.text(), r.title(), r.dateline(), publishedOn, seenOn);
    }

    private static Tuple row(ReleaseState r) {
        ReleaseState.Analyzed analyzed = r.analyzed();
        return Tuple.tuple(Arrays.asList(r.id(), r.externalId(), r.source(), r.url(), r.title(), r.publishedAt(),
                PublishedOn.parse(r.publishedAt()), r.category(), r.dateline(), r.text(), r.textSha256(),
                r.textVersion(), r.version(), r.changedVersion(), ReleaseProjector.status(r),
                r.receivedAt().atOffset(ZoneOffset.UTC), r.updatedAt().atOffset(ZoneOffset.UTC), r.lastPosition(),
                analyzed == null ? null : analyzed.textVersion(), analyzed == null ? null : analyzed.extractorName(),
                analyzed == null ? null : analyzed.extractorVersion()));
    }

    /** Writes the end state of the page's releases, their replaced contributions and each stream's last checkpoint. */
    Uni<Void> write(SqlConnection tx) {
        List<Tuple> rows = new ArrayList<>(releases.size());
        for (ReleaseState r : releases.values()) {
            rows.add(row(r));
        }
        Uni<Void> written = rows.isEmpty() ? Uni.createFrom().voidItem() : tx.preparedQuery("""
                        INSERT INTO readmodel.releases (id, external_id, source, url, title, published_at, published_on,
                          category, dateline, text, text_sha256, text_version, version, changed_version, status,
                          received_at, updated_at, last_position, analyzed_version, extractor_name, extractor_version)
                        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                          $7::date[], $8::text[], $9::text[], $10::text[], $11::text[], $12::bigint[], $13::bigint[],
                          $14::bigint[], $15::text[], $16::timestamptz[], $17::timestamptz[], $18::bigint[],
                          $19::bigint[], $20::text[], $21::text[])
                        ON CONFLICT (id) DO UPDATE SET text = excluded.text, text_sha256 = excluded.text_sha256,
                          text_version = excluded.text_version, version = excluded.version,
                          changed_version = excluded.changed_version, status = excluded.status,
                          updated_at = excluded.updated_at, last_position = excluded.last_position,
                          analyzed_version = excluded.analyzed_version, extractor_name = excluded.extractor_name,
                          extractor_version = excluded.extractor_version""")
                .execute(Columns.of(rows, String.class, String.class, String.class, String.class, String.class,
                        String.class, LocalDate.class, String.class, String.class, String.class, String.class,
                        Long.class, Long.class, Long.class, String.class, OffsetDateTime.class, OffsetDateTime.class,
                        Long.class, Long.class, String.class, String.class))
                .replaceWithVoid();
        return written
                .chain(() -> ContributionRows.delete(tx, replaced.keySet()))
                .chain(() -> ContributionRows.insert(tx, fresh()))
                .chain(() -> checkpoints(tx));
    }

    private Uni<Void> checkpoints(SqlConnection tx) {
        List<Tuple> rows = new ArrayList<>(checkpoints.size());
        checkpoints.forEach((stream, at) -> rows.add(Tuple.of(stream, at[0], at[1])));
        return rows.isEmpty() ? Uni.createFrom().voidItem() : CHECKPOINTS.advanceAll(tx, Columns.of(rows, String.class, Long.class, Long.class));
    }
}
