package dev.beyan.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The login roles the services run as, one per service. The schemas' migrations create the same roles (without a
 * login) if they are missing and grant each only what its service does; here the local stack and the tests make
 * them logins with a password. On Kubernetes the database operator declares the same roles. The names are common's
 * {@code ServiceRoles}, which this module cannot see (it sits below common); a test in common holds them equal.
 */
public final class DatabaseRoles {
    public static final String INGEST_USER = "beyan_ingest";
    public static final String INGEST_PASSWORD = "beyan_ingest";
    public static final String ENTITY_USER = "beyan_entity";
    public static final String ENTITY_PASSWORD = "beyan_entity";
    public static final String QUERY_USER = "beyan_query";
    public static final String QUERY_PASSWORD = "beyan_query";

    /** Each role's local password is its name, as the constants above say. */
    private static final String SQL = """
            DO $$
            DECLARE r text;
            BEGIN
              FOREACH r IN ARRAY ARRAY['%s', '%s', '%s'] LOOP
                IF EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
                  EXECUTE format('ALTER ROLE %%I LOGIN PASSWORD %%L', r, r);
                ELSE
                  EXECUTE format('CREATE ROLE %%I LOGIN PASSWORD %%L', r, r);
                END IF;
              END LOOP;
            END $$;
            """.formatted(INGEST_USER, ENTITY_USER, QUERY_USER);

    private DatabaseRoles() {
    }

    /** Makes the three service roles logins with their local passwords; safe to run on every start. */
    public static void ensure(String jdbcUrl, String superuser, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, superuser, password);
             Statement s = c.createStatement()) {
            s.execute(SQL);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database roles", e);
        }
    }
}
