package dev.beyan.query.export;

import dev.beyan.query.api.ETags;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The export's entity tag, taken from the registry's checkpoints before any of the body is written (a streamed
 * body cannot be hashed first): a client that holds it gets 304 without the registry being read.
 */
public class PopoloETag {
    static final String PROPERTY = "beyan.export.etag";

    private final PopoloExport export;

    public PopoloETag(PopoloExport export) {
        this.export = export;
    }

    @ServerRequestFilter
    public Uni<Response> etag(RoutingContext request) {
        if (!"GET".equals(request.request().method().name()) || !ExportResource.PATH.equals(request.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        return export.fingerprint().map(fingerprint -> {
            String tag = ETags.of("popolo/" + fingerprint);
            if (ETags.matches(request.request().getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
                return Response.notModified(tag).build();
            }
            request.put(PROPERTY, tag);
            return null;
        });
    }
}
