package dev.beyan.launcher.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** The benchmark's own look at the database, as the superuser: counts and what is projected. */
final class Database implements AutoCloseable {
    private final Connection connection;

    Database(String jdbcUrl, String user, String password) {
        try {
            connection = DriverManager.getConnection(jdbcUrl, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    synchronized long count(String sql) {
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    synchronized String text(String sql) {
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Releases received whose analysis is not yet in the read models. */
    long unprojected() {
        return count("""
                SELECT (SELECT count(*) FROM eventstore.events WHERE type = 'ReleaseReceived')
                     - (SELECT count(*) FROM readmodel.releases WHERE analyzed_version IS NOT NULL)""");
    }

    long projected() {
        return count("SELECT count(*) FROM readmodel.releases WHERE analyzed_version IS NOT NULL");
    }

    /** Which of {@code ids} the read models show analysed. */
    synchronized Set<String> analysed(Set<String> ids) {
        Set<String> seen = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id FROM readmodel.releases WHERE analyzed_version IS NOT NULL AND id = ANY(?)")) {
            s.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    seen.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return seen;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a connection the run no longer needs
        }
    }
}
