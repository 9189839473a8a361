package dev.beyan.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates roles without a login where they do not exist yet, in one statement, so that migrations can grant to them
 * whichever service migrates first. The names are this project's constants, never input.
 */
final class MissingRoles {
    private MissingRoles() {
    }

    static void create(Connection connection, String... names) throws SQLException {
        StringBuilder sql = new StringBuilder("DO $$ BEGIN\n");
        for (String name : names) {
            sql.append("  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '").append(name).append("') THEN\n")
                    .append("    CREATE ROLE ").append(name).append(" NOLOGIN;\n")
                    .append("  END IF;\n");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql.append("END $$").toString());
        }
    }
}
