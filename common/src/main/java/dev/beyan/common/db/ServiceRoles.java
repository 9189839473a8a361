package dev.beyan.common.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One database role per service, each granted only what that service does: {@code beyan_ingest} appends
 * release changes and runs the relay, {@code beyan_entity} appends analyses and writes the read models,
 * {@code beyan_query} reads. The migrations create them without a login if they are missing, so that the grants
 * can be made; whoever runs the database gives each its login and password (the local stack, or the operator).
 * They replace the group roles {@link GroupRoles}, whose privileges the migrations take away.
 */
public final class ServiceRoles {
    public static final String INGEST = "beyan_ingest";
    public static final String ENTITY = "beyan_entity";
    public static final String QUERY = "beyan_query";

    private ServiceRoles() {
    }

    public static void ensure(Connection connection) throws SQLException {
        MissingRoles.create(connection, INGEST, ENTITY, QUERY);
    }
}
