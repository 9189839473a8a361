package dev.beyan.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two group roles the schemas' first migrations granted to: {@code beyan_writer} (appended events, wrote the
 * read models) and {@code beyan_reader} (SELECT only). Those migrations still make sure they exist, so that any
 * service can migrate first; later migrations take every privilege away from them in favour of one role per
 * service ({@link ServiceRoles}).
 */
public final class GroupRoles {
    private static final String SQL = """
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beyan_writer') THEN
                CREATE ROLE beyan_writer NOLOGIN;
              END IF;
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beyan_reader') THEN
                CREATE ROLE beyan_reader NOLOGIN;
              END IF;
            END $$""";

    private GroupRoles() {
    }

    public static void ensure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(SQL);
        }
    }
}
