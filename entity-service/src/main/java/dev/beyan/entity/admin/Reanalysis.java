package dev.beyan.entity.admin;

import dev.beyan.common.event.ReleaseEvent;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.registry.analysis.ReleaseAnalyzer;
import dev.beyan.registry.pipeline.StreamProcessor;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Appends a new {@code ReleaseAnalyzed} for every active release whose latest analysis came from another extractor
 * version. The old analysis stays in the history; the read models follow the new one.
 */
@ApplicationScoped
public class Reanalysis {
    private static final int PAGE = 200;
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    private final Pool pool;
    private final StreamProcessor processor;
    private final ReleaseAnalyzer analyzer;

    public Reanalysis(Pool pool, StreamProcessor processor, ReleaseAnalyzer analyzer) {
        this.pool = pool;
        this.processor = processor;
        this.analyzer = analyzer;
    }

    /** Runs it for {@code actor}, reporting progress; returns how many releases got a new analysis. Blocking. */
    public long run(String actor, Consumer<Progress> progress) {
        String current = analyzer.version();
        long total = pool.preparedQuery("""
                        SELECT count(*) AS n FROM readmodel.releases
                        WHERE status = 'active' AND extractor_version IS DISTINCT FROM $1""")
                .execute(Tuple.of(current)).await().atMost(TIMEOUT).iterator().next().getLong("n");
        EventMetadata metadata = new EventMetadata(UUID.randomUUID().toString(), null, actor, null);
        long processed = 0;
        long changed = 0;
        String after = "";
        while (true) {
            var rows = pool.preparedQuery("""
                            SELECT id, text, source, url, text_version, version FROM readmodel.releases
                            WHERE status = 'active' AND extractor_version IS DISTINCT FROM $1 AND id > $2
                            ORDER BY id LIMIT $3""")
                    .execute(Tuple.of(current, after, PAGE)).await().atMost(TIMEOUT);
            if (rows.size() == 0) {
                return changed;
            }
            for (Row r : rows) {
                String id = r.getString("id");
                boolean done = processor.reanalyze(ReleaseEvent.streamId(id), id, r.getString("text"),
                        r.getString("source"), r.getString("url"), r.getLong("text_version"), r.getLong("version"),
                        metadata);
                changed += done ? 1 : 0;
                processed++;
                after = id;
            }
            progress.accept(Progress.at(processed, Math.max(total, processed)));
        }
    }
}
