package dev.beyan.common.db;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * A migration that is one SQL script, kept beside the code that relies on it. Flyway reads the version and the
 * description from the subclass's name ({@code V3__change_notifications}).
 */
public abstract class SqlScriptMigration extends BaseJavaMigration {
    private final String sql;

    protected SqlScriptMigration(String sql) {
        this.sql = sql;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(sql);
        }
    }
}
