package dev.beyan.query.ui;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.query.statement.StatementFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The audit browser: server-rendered pages over the same services as the JSON API. Left out of the OpenAPI
 * document ({@code mp.openapi.scan.exclude.packages}): pages are for people, the document is for programs.
 */
@Path(Links.ROOT)
@Produces(MediaType.TEXT_HTML)
public class UiResource {
    private final PageRenderer renderer;
    private final ReleasePages releases;
    private final RegistryPages registry;
    private final SearchPages search;

    public UiResource(PageRenderer renderer, ReleasePages releases, RegistryPages registry, SearchPages search) {
        this.renderer = renderer;
        this.releases = releases;
        this.registry = registry;
        this.search = search;
    }

    @GET
    public Uni<Response> home(@Context HttpHeaders headers, @RestQuery String cursor) {
        return renderer.render(headers, labels -> search.home(cursor).map(p -> PageRenderer.View.ok(UiTemplates.home(p))));
    }

    @GET
    @Path("/releases/{id}")
    public Uni<Response> release(@Context HttpHeaders headers, @RestPath String id, @RestQuery String asOf) {
        return renderer.render(headers, labels -> releases.page(id, asOf, labels)
                .map(p -> PageRenderer.View.ok(UiTemplates.release(p))));
    }

    @GET
    @Path("/officials/{id}")
    public Uni<Response> official(@Context HttpHeaders headers, @RestPath String id,
                                  @RestQuery("statements") String statementsCursor,
                                  @RestQuery("releases") String releasesCursor) {
        return renderer.render(headers, labels -> registry.official(id, statementsCursor, releasesCursor)
                .map(p -> PageRenderer.View.ok(UiTemplates.official(p))));
    }

    @GET
    @Path("/provinces")
    public Uni<Response> provinces(@Context HttpHeaders headers) {
        return renderer.render(headers, labels -> registry.provinces().map(p -> PageRenderer.View.ok(UiTemplates.provinces(p))));
    }

    @GET
    @Path("/provinces/{id}")
    public Uni<Response> province(@Context HttpHeaders headers, @RestPath String id) {
        return renderer.render(headers, labels -> registry.province(number(id, "province"))
                .map(p -> PageRenderer.View.ok(UiTemplates.province(p))));
    }

    @GET
    @Path("/districts/{id}")
    public Uni<Response> district(@Context HttpHeaders headers, @RestPath String id) {
        return renderer.render(headers, labels -> registry.district(number(id, "district"))
                .map(p -> PageRenderer.View.ok(UiTemplates.district(p))));
    }

    @GET
    @Path("/search")
    public Uni<Response> search(@Context HttpHeaders headers, @BeanParam StatementFilter form) {
        return renderer.render(headers, labels -> search.search(form)
                .map(p -> new PageRenderer.View(UiTemplates.search(p), p.error() == null ? 200 : 400)));
    }

    /** A place id in a path: digits, else there is no such page. */
    private static int number(String id, String what) {
        if (id.isEmpty() || id.length() > 6 || !id.chars().allMatch(Character::isDigit)) {
            throw ProblemException.notFound("no " + what + " with id '" + id + "'");
        }
        return Integer.parseInt(id);
    }
}
