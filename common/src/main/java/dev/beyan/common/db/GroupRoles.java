package dev.beyan.common.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The two group roles the schemas' first migrations granted to: {@code beyan_writer} (appended events, wrote the
 * read models) and {@code beyan_reader} (SELECT only). Those migrations still make sure they exist, so that any
 * service can migrate first; later migrations take every privilege away from them in favour of one role per
 * service ({@link ServiceRoles}).
 */
public final class GroupRoles {
    private GroupRoles() {
    }

    public static void ensure(Connection connection) throws SQLException {
        MissingRoles.create(connection, "beyan_writer", "beyan_reader");
    }
}
