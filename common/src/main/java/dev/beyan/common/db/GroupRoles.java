package dev.beyan.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two group roles every schema grants to: {@code beyan_writer} (appends events, owns the read models) and
 * {@code beyan_reader} (SELECT only). Each schema's first migration makes sure they exist, so that any service
 * can migrate first; login roles are made members of them by the operator (or the local stack).
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
