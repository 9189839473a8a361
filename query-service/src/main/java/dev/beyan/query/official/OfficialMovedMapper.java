package dev.beyan.query.official;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/**
 * 301 with {@code Location} (the same path and query, the id's segment replaced: for the JSON API and the pages
 * alike) when the id points to one official; 300 with the candidates otherwise. The body says which, so a client
 * that does not follow redirects learns it too.
 */
public class OfficialMovedMapper {

    @ServerExceptionMapper
    public Response moved(OfficialMovedException e, UriInfo uri) {
        OfficialMoved moved = e.moved();
        if (moved.movedTo() == null) {
            return Response.status(300).type(MediaType.APPLICATION_JSON_TYPE).entity(moved).build();
        }
        String[] segments = uri.getRequestUri().getRawPath().split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals(moved.id())) {
                segments[i] = moved.movedTo();
                break;
            }
        }
        String path = String.join("/", segments);
        String query = uri.getRequestUri().getRawQuery();
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(URI.create(query == null ? path : path + "?" + query))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(moved).build();
    }
}
