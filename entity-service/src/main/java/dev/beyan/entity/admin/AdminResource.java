package dev.beyan.entity.admin;

import dev.beyan.common.security.Roles;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/** Long maintenance jobs, answered as a stream of NDJSON progress lines ending with one that has {@code done}. */
@Path("/v1/admin")
@Tag(name = "Admin", description = "Maintenance of the registry: rebuild the read models, re-analyse releases")
@RolesAllowed(Roles.ADMIN)
public class AdminResource {
    private static final Logger LOG = Logger.getLogger(AdminResource.class);
    private static final String NDJSON = "application/x-ndjson";
    private static final String LAST_LINE = """
            {"processed":3,"total":3,"done":true,"changed":3}""";

    private final Rebuild rebuild;
    private final Reanalysis reanalysis;
    private final JsonWebToken token;

    public AdminResource(Rebuild rebuild, Reanalysis reanalysis, JsonWebToken token) {
        this.rebuild = rebuild;
        this.reanalysis = reanalysis;
        this.token = token;
    }

    @POST
    @Path("rebuild")
    @Produces(NDJSON)
    @RestStreamElementType("application/json")
    @Operation(operationId = "rebuildReadModels", summary = "Rebuild every read model from the event store",
            description = "Replays all events (analyses included, the extractor is not run) in one transaction. "
                    + "Answers Progress lines; the last has done.")
    @APIResponse(responseCode = "200", description = "Progress lines, the last with done", content = @Content(
            mediaType = NDJSON, schema = @Schema(implementation = Progress.class),
            examples = @ExampleObject(name = "last", value = LAST_LINE)))
    public Multi<Progress> rebuild() {
        return job(rebuild::run);
    }

    @POST
    @Path("reanalyze")
    @Produces(NDJSON)
    @RestStreamElementType("application/json")
    @Operation(operationId = "reanalyzeReleases",
            summary = "Re-analyse releases analysed by an older extractor version",
            description = "Appends a new ReleaseAnalyzed to each such release; the history keeps both. Answers "
                    + "Progress lines; the last has done.")
    @APIResponse(responseCode = "200", description = "Progress lines, the last with done", content = @Content(
            mediaType = NDJSON, schema = @Schema(implementation = Progress.class),
            examples = @ExampleObject(name = "last", value = LAST_LINE)))
    public Multi<Progress> reanalyze() {
        String actor = token.getSubject() != null ? token.getSubject() : token.getName();
        return job(progress -> reanalysis.run(actor, progress));
    }

    private static Multi<Progress> job(ToLongFunction<Consumer<Progress>> work) {
        return Multi.createFrom().<Progress>emitter(emitter -> {
            long[] last = {0, 0};
            try {
                long changed = work.applyAsLong(p -> {
                    last[0] = p.processed();
                    last[1] = p.total();
                    emitter.emit(p);
                });
                emitter.emit(Progress.finished(last[0], last[1], changed));
            } catch (RuntimeException e) {
                // the cause may quote SQL and tables: it goes to the log, the caller learns that the job failed
                LOG.error("admin job failed", e);
                emitter.emit(Progress.failed(last[0], last[1],
                        "the job stopped on an error; the service log says why"));
            }
            emitter.complete();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
