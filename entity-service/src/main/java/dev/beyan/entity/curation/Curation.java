package dev.beyan.entity.curation;

import dev.beyan.common.event.CurationEvent;
import dev.beyan.common.event.OfficialSplit;
import dev.beyan.common.event.OfficialsMerged;
import dev.beyan.common.problem.ProblemException;
import dev.beyan.common.store.EventMetadata;
import dev.beyan.common.store.NewEvent;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.WrongExpectedVersionException;
import dev.beyan.common.subscription.StreamCheckpoints;
import dev.beyan.common.subscription.Subscription;
import dev.beyan.registry.identity.Handles;
import dev.beyan.registry.pipeline.ProjectionLock;
import dev.beyan.registry.projection.ReleaseProjector;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Editors' corrections: checked against the registry as it stands, appended to the curation stream and projected
 * in one transaction, so the answer already reflects them. The stream's checkpoint is the expected version: two
 * editors correcting at once are serialised by the stream's lock, and the second appends after the first.
 */
@ApplicationScoped
public class Curation {
    private static final StreamCheckpoints CHECKPOINTS = new StreamCheckpoints(Subscription.PROJECTION);
    private final Pool pool;
    private final PgEventStore store;
    private final ReleaseProjector projector;

    public Curation(Pool pool, PgEventStore store, ReleaseProjector projector) {
        this.pool = pool;
        this.store = store;
        this.projector = projector;
    }

    public Uni<CorrectionResult> merge(String id, String into, String editor, String reason) {
        if (id.equals(into)) {
            throw ProblemException.badRequest("into", "an official cannot be merged into itself");
        }
        return pool.withTransaction(tx -> exists(tx, id, null)
                .chain(() -> exists(tx, into, "into"))
                .chain(() -> record(tx, new OfficialsMerged(id, into, editor, reason)))
                .map(seq -> new CorrectionResult("OfficialsMerged", seq[0], seq[1], into)));
    }

    public Uni<CorrectionResult> split(String id, List<String> releaseIds, String editor, String reason) {
        return pool.withTransaction(tx -> exists(tx, id, null)
                .chain(() -> tx.preparedQuery("""
                                SELECT DISTINCT release_id FROM readmodel.release_officials WHERE official_id = $1""")
                        .execute(Tuple.of(id)))
                .chain(rows -> {
                    Set<String> named = new HashSet<>();
                    rows.forEach(r -> named.add(r.getString("release_id")));
                    List<String> foreign = new ArrayList<>(releaseIds.stream().filter(r -> !named.contains(r)).toList());
                    if (!foreign.isEmpty()) {
                        throw ProblemException.badRequest("releaseIds", "official '" + id + "' is not named in "
                                + String.join(", ", foreign));
                    }
                    if (named.size() == new HashSet<>(releaseIds).size()) {
                        throw ProblemException.conflict("splitting off every release of official '" + id
                                + "' would leave nothing; name the releases of one of the two people");
                    }
                    return record(tx, new OfficialSplit(id, List.copyOf(releaseIds), editor, reason));
                })
                .map(seq -> new CorrectionResult("OfficialSplit", seq[0], seq[1], Handles.split(seq[0], id))));
    }

    private static Uni<Void> exists(SqlConnection tx, String id, String field) {
        return tx.preparedQuery("SELECT 1 FROM readmodel.officials WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        String detail = "no official with id '" + id + "'";
                        throw field == null ? ProblemException.notFound(detail)
                                : ProblemException.badRequest(field, detail);
                    }
                    return null;
                });
    }

    /** Appends the correction after the last one projected and projects it; answers its version and position. */
    private Uni<long[]> record(SqlConnection tx, CurationEvent event) {
        String stream = CurationEvent.STREAM;
        NewEvent appended = new NewEvent(UUID.randomUUID(), event,
                new EventMetadata(UUID.randomUUID().toString(), null, event.editor(), null));
        return ProjectionLock.sharedForStream(tx, stream)
                .chain(() -> CHECKPOINTS.version(tx, stream))
                .chain(projected -> store.append(tx, stream, projected, List.of(appended)))
                .onFailure(WrongExpectedVersionException.class).transform(e -> ProblemException.conflict(
                        "another correction is being projected; try again"))
                .chain(r -> store.readStreamAfter(tx, stream, r.version() - 1).chain(events ->
                        projector.apply(tx, events.get(0), event)).replaceWith(new long[]{r.version(), r.position()}));
    }
}
