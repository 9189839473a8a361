package dev.beyan.common.db;

import dev.beyan.stack.DatabaseRoles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local stack makes logins of the very roles the migrations grant to: the stack module sits below common, so it
 * repeats {@link ServiceRoles}' names, and this holds the two to each other.
 */
class LocalLoginRolesTest {

    @Test
    void theStackLogsInAsTheRolesTheMigrationsGrantTo() {
        assertThat(new String[]{DatabaseRoles.INGEST_USER, DatabaseRoles.ENTITY_USER, DatabaseRoles.QUERY_USER})
                .containsExactly(ServiceRoles.INGEST, ServiceRoles.ENTITY, ServiceRoles.QUERY);
    }
}
