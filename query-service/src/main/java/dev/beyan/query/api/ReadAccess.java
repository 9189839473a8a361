package dev.beyan.query.api;

import dev.beyan.common.security.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads are open by default, as a public register's are; {@code beyan.query.reads-require-role=true} makes every
 * read need a token with role {@code read}. Runs before the answer cache, so a cached answer is no way around it.
 */
public class ReadAccess {
    private final boolean required;
    private final CurrentIdentityAssociation identity;

    public ReadAccess(QueryConfig config, CurrentIdentityAssociation identity) {
        this.required = config.readsRequireRole();
        this.identity = identity;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> check() {
        if (!required) {
            return Uni.createFrom().voidItem();
        }
        return identity.getDeferredIdentity().map(caller -> {
            if (caller.isAnonymous()) {
                throw new UnauthorizedException();
            }
            if (!caller.hasRole(Roles.READ)) {
                throw new ForbiddenException();
            }
            return null;
        });
    }
}
