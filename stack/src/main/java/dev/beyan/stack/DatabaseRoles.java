package dev.beyan.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The login roles the services run as. The schemas' migrations grant to the group roles {@code beyan_writer}
 * (append events, own the read models) and {@code beyan_reader} (SELECT only); here the local stack and the
 * tests create the logins that belong to them. On Kubernetes the database operator declares the same roles.
 */
public final class DatabaseRoles {
    public static final String APP_USER = "beyan_app";
    public static final String APP_PASSWORD = "beyan_app";
    public static final String QUERY_USER = "beyan_query";
    public static final String QUERY_PASSWORD = "beyan_query";

    private static final String SQL = """
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beyan_writer') THEN
                CREATE ROLE beyan_writer NOLOGIN;
              END IF;
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beyan_reader') THEN
                CREATE ROLE beyan_reader NOLOGIN;
              END IF;
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beyan_app') THEN
                CREATE ROLE beyan_app LOGIN PASSWORD 'beyan_app' IN ROLE beyan_writer;
              END IF;
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beyan_query') THEN
                CREATE ROLE beyan_query LOGIN PASSWORD 'beyan_query' IN ROLE beyan_reader;
              END IF;
            END $$;
            """;

    private DatabaseRoles() {
    }

    /** Creates the group and login roles if they are missing; safe to run on every start. */
    public static void ensure(String jdbcUrl, String superuser, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, superuser, password);
             Statement s = c.createStatement()) {
            s.execute(SQL);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database roles", e);
        }
    }
}
