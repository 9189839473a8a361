package dev.beyan.registry.projection;

import dev.beyan.common.event.DomainEvent;
import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.event.ReleaseReceived;
import dev.beyan.common.event.ReleaseRetracted;
import dev.beyan.common.event.ReleaseRevised;
import dev.beyan.common.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
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
import java.util.function.BiFunction;

/**
 * Replays a page of events into the read models with a few multi-row statements: the page's releases are read
 * once, its events folded over them in order in memory, exactly as {@link ReleaseProjector} would apply them one by
 * one, and only the end state is written (each release once, each replaced contribution once, each stream's last
 * checkpoint). Editors' corrections are the caller's to keep; identities and aggregates are left to the end of the
 * replay.
 */
final class PageReplay {
    /** A release row as the fold changes it. */
    private static final class Release {
        String id;
        String externalId;
        String source;
        String url;
        String title;
        String publishedAt;
        LocalDate publishedOn;
        String category;
        String dateline;
        String text;
        String sha256;
        long textVersion;
        long version;
        String status;
        OffsetDateTime receivedAt;
        OffsetDateTime updatedAt;
        long lastPosition;
        Long analyzedVersion;
        String extractorName;
        String extractorVersion;

        Tuple row() {
            return Tuple.tuple(Arrays.asList(id, externalId, source, url, title, publishedAt, publishedOn, category,
                    dateline, text, sha256, textVersion, version, status, receivedAt, updatedAt, lastPosition,
                    analyzedVersion, extractorName, extractorVersion));
        }
    }

    private final BiFunction<Contributions.Release, ReleaseAnalyzed, Contributions> contributions;
    private final Map<String, Release> releases = new LinkedHashMap<>();
    /** Releases whose contributions the page replaced, with what replaces them (null: nothing). */
    private final Map<String, Contributions> replaced = new LinkedHashMap<>();
    private final Map<String, long[]> checkpoints = new LinkedHashMap<>();

    private PageReplay(BiFunction<Contributions.Release, ReleaseAnalyzed, Contributions> contributions) {
        this.contributions = contributions;
    }

    /**
     * Replays a page: {@code recorded} in store order, {@code events} their decoded events, {@code contributions}
     * what an analysis contributes to a release.
     */
    static Uni<Void> replay(SqlConnection tx, List<RecordedEvent> recorded, List<DomainEvent> events,
                            BiFunction<Contributions.Release, ReleaseAnalyzed, Contributions> contributions) {
        PageReplay replay = new PageReplay(contributions);
        List<String> ids = new ArrayList<>();
        for (DomainEvent e : events) {
            if (e instanceof ReleaseEvent r) {
                ids.add(r.releaseId());
            }
        }
        return replay.load(tx, ids)
                .invoke(() -> {
                    for (int i = 0; i < recorded.size(); i++) {
                        replay.fold(recorded.get(i), events.get(i));
                    }
                })
                .chain(() -> replay.write(tx));
    }

    private Uni<Void> load(SqlConnection tx, List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("""
                        SELECT id, external_id, source, url, title, published_at, published_on, category, dateline,
                          text, text_sha256, text_version, version, status, received_at, updated_at, last_position,
                          analyzed_version, extractor_name, extractor_version
                        FROM readmodel.releases WHERE id = ANY($1)""")
                .execute(Tuple.of(ids.toArray(String[]::new)))
                .invoke(rows -> {
                    for (Row row : rows) {
                        Release r = new Release();
                        r.id = row.getString("id");
                        r.externalId = row.getString("external_id");
                        r.source = row.getString("source");
                        r.url = row.getString("url");
                        r.title = row.getString("title");
                        r.publishedAt = row.getString("published_at");
                        r.publishedOn = row.getLocalDate("published_on");
                        r.category = row.getString("category");
                        r.dateline = row.getString("dateline");
                        r.text = row.getString("text");
                        r.sha256 = row.getString("text_sha256");
                        r.textVersion = row.getLong("text_version");
                        r.version = row.getLong("version");
                        r.status = row.getString("status");
                        r.receivedAt = row.getOffsetDateTime("received_at");
                        r.updatedAt = row.getOffsetDateTime("updated_at");
                        r.lastPosition = row.getLong("last_position");
                        r.analyzedVersion = row.getLong("analyzed_version");
                        r.extractorName = row.getString("extractor_name");
                        r.extractorVersion = row.getString("extractor_version");
                        releases.put(r.id, r);
                    }
                })
                .replaceWithVoid();
    }

    /** What {@link ReleaseProjector} does for one event, on the rows in memory. */
    private void fold(RecordedEvent e, DomainEvent event) {
        OffsetDateTime at = e.recordedAt().atOffset(ZoneOffset.UTC);
        if (event instanceof ReleaseReceived r) {
            releases.computeIfAbsent(r.releaseId(), id -> received(id, e, r, at));
        } else if (event instanceof ReleaseRevised r) {
            Release release = releases.get(r.releaseId());
            if (release != null) {
                release.text = r.text();
                release.sha256 = r.sha256();
                release.textVersion = e.streamVersion();
                release.version = e.streamVersion();
                release.updatedAt = at;
                release.lastPosition = e.position();
                replaced.put(release.id, null);
            }
        } else if (event instanceof ReleaseRetracted r) {
            Release release = releases.get(r.releaseId());
            if (release != null) {
                release.status = "retracted";
                release.version = e.streamVersion();
                release.updatedAt = at;
                release.lastPosition = e.position();
                replaced.put(release.id, null);
            }
        } else if (event instanceof ReleaseAnalyzed a) {
            analyzed(e, a);
        }
        // an editor's correction is the caller's to keep; its checkpoint is written with the page's
        checkpoints.put(e.streamId(), new long[]{e.streamVersion(), e.position()});
    }

    private static Release received(String id, RecordedEvent e, ReleaseReceived r, OffsetDateTime at) {
        Release release = new Release();
        release.id = id;
        release.externalId = r.externalId();
        release.source = r.source();
        release.url = r.url();
        release.title = r.title();
        release.publishedAt = r.publishedAt();
        release.publishedOn = PublishedOn.parse(r.publishedAt());
        release.category = r.category();
        release.dateline = r.dateline();
        release.text = r.text();
        release.sha256 = r.sha256();
        release.textVersion = e.streamVersion();
        release.version = e.streamVersion();
        release.status = "active";
        release.receivedAt = at;
        release.updatedAt = at;
        release.lastPosition = e.position();
        return release;
    }

    private void analyzed(RecordedEvent e, ReleaseAnalyzed a) {
        Release release = releases.get(a.releaseId());
        if (release == null) {
            return;
        }
        release.version = e.streamVersion();
        release.lastPosition = e.position();
        release.analyzedVersion = a.analyzedVersion();
        release.extractorName = a.extractorName();
        release.extractorVersion = a.extractorVersion();
        if ("active".equals(release.status) && release.textVersion == a.analyzedVersion()) {
            LocalDate seenOn = release.publishedOn != null ? release.publishedOn : release.receivedAt.toLocalDate();
            replaced.put(release.id, contributions.apply(new Contributions.Release(release.id, release.text,
                    release.title, release.dateline, release.publishedOn, seenOn), a));
        }
    }

    private Uni<Void> write(SqlConnection tx) {
        List<Tuple> rows = new ArrayList<>(releases.size());
        for (Release r : releases.values()) {
            rows.add(r.row());
        }
        Uni<Void> written = rows.isEmpty() ? Uni.createFrom().voidItem() : tx.preparedQuery("""
                        INSERT INTO readmodel.releases (id, external_id, source, url, title, published_at, published_on,
                          category, dateline, text, text_sha256, text_version, version, status, received_at, updated_at,
                          last_position, analyzed_version, extractor_name, extractor_version)
                        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                          $7::date[], $8::text[], $9::text[], $10::text[], $11::text[], $12::bigint[], $13::bigint[],
                          $14::text[], $15::timestamptz[], $16::timestamptz[], $17::bigint[], $18::bigint[],
                          $19::text[], $20::text[])
                        ON CONFLICT (id) DO UPDATE SET text = excluded.text, text_sha256 = excluded.text_sha256,
                          text_version = excluded.text_version, version = excluded.version, status = excluded.status,
                          updated_at = excluded.updated_at, last_position = excluded.last_position,
                          analyzed_version = excluded.analyzed_version, extractor_name = excluded.extractor_name,
                          extractor_version = excluded.extractor_version""")
                .execute(Columns.of(rows, String.class, String.class, String.class, String.class, String.class,
                        String.class, LocalDate.class, String.class, String.class, String.class, String.class,
                        Long.class, Long.class, String.class, OffsetDateTime.class, OffsetDateTime.class, Long.class,
                        Long.class, String.class, String.class))
                .replaceWithVoid();
        List<Contributions> fresh = replaced.values().stream().filter(c -> c != null).toList();
        return written
                .chain(() -> ContributionRows.delete(tx, replaced.keySet()))
                .chain(() -> ContributionRows.insert(tx, fresh))
                .chain(() -> checkpoints(tx));
    }

    private Uni<Void> checkpoints(SqlConnection tx) {
        List<Tuple> rows = new ArrayList<>(checkpoints.size());
        checkpoints.forEach((stream, at) -> rows.add(Tuple.of(stream, at[0], at[1])));
        return rows.isEmpty() ? Uni.createFrom().voidItem() : tx.preparedQuery("""
                        INSERT INTO readmodel.stream_checkpoints (stream_id, version, position)
                        SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[])
                        ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, position = excluded.position""")
                .execute(Columns.of(rows, String.class, Long.class, Long.class))
                .replaceWithVoid();
    }
}
