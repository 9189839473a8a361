package dev.beyan.common.store;

import dev.beyan.common.db.GroupRoles;
import dev.beyan.common.db.ServiceRoles;
import dev.beyan.common.db.SqlScriptMigration;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Statement;
import java.util.List;

/**
 * Version 1 of the event store. Immutability is the database's job: a trigger rejects UPDATE and DELETE for
 * every role, TRUNCATE is rejected by a statement trigger, and the application roles get only SELECT and INSERT.
 */
public final class EventStoreSchema {
    public static final String SCHEMA = "eventstore";

    private EventStoreSchema() {
    }

    /** Every migration of the schema, in order: what ingest-service runs at start and the migration Job runs. */
    public static List<JavaMigration> migrations() {
        return List.of(new V1__events(), new V2__service_roles(), new V3__corrections());
    }

    public static final class V1__events extends BaseJavaMigration {
        private static final String SQL = """
                CREATE TABLE eventstore.events (
                  position       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  stream_id      text        NOT NULL,
                  stream_version bigint      NOT NULL CHECK (stream_version > 0),
                  event_id       uuid        NOT NULL UNIQUE,
                  type           text        NOT NULL,
                  schema_version int         NOT NULL,
                  data           jsonb       NOT NULL,
                  metadata       jsonb       NOT NULL,
                  recorded_at    timestamptz NOT NULL DEFAULT now(),
                  tx_id          xid8        NOT NULL DEFAULT pg_current_xact_id(),
                  UNIQUE (stream_id, stream_version)
                );
                CREATE INDEX events_commit_order ON eventstore.events (tx_id, position);

                CREATE FUNCTION eventstore.reject_change() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN
                  RAISE EXCEPTION 'eventstore.events is append-only: % is not allowed', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
                END $f$;
                CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON eventstore.events
                  FOR EACH ROW EXECUTE FUNCTION eventstore.reject_change();
                CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON eventstore.events
                  FOR EACH STATEMENT EXECUTE FUNCTION eventstore.reject_change();

                REVOKE ALL ON eventstore.events FROM PUBLIC;
                GRANT USAGE ON SCHEMA eventstore TO beyan_writer, beyan_reader;
                GRANT SELECT, INSERT ON eventstore.events TO beyan_writer;
                GRANT SELECT ON eventstore.events TO beyan_reader;

                CREATE TABLE eventstore.relay_checkpoint (
                  id       int    PRIMARY KEY CHECK (id = 1),
                  tx_id    xid8   NOT NULL,
                  position bigint NOT NULL
                );
                INSERT INTO eventstore.relay_checkpoint VALUES (1, '0'::xid8, 0);
                GRANT SELECT, UPDATE ON eventstore.relay_checkpoint TO beyan_writer;
                """;

        @Override
        public void migrate(Context context) throws Exception {
            GroupRoles.ensure(context.getConnection());
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute(SQL);
            }
        }
    }

    /**
     * Each service its own role. Row-level security narrows INSERT by event type, so ingest-service cannot
     * forge an analysis and entity-service cannot invent, revise or retract a release; reading stays open to all
     * three. The relay's checkpoint is ingest's alone. The group roles of V1 lose every privilege.
     */
    public static final class V2__service_roles extends BaseJavaMigration {
        private static final String SQL = """
                REVOKE ALL ON eventstore.events, eventstore.relay_checkpoint FROM beyan_writer, beyan_reader;
                REVOKE ALL ON SCHEMA eventstore FROM beyan_writer, beyan_reader;

                GRANT USAGE ON SCHEMA eventstore TO beyan_ingest, beyan_entity, beyan_query;
                GRANT SELECT, INSERT ON eventstore.events TO beyan_ingest, beyan_entity;
                GRANT SELECT ON eventstore.events TO beyan_query;
                GRANT SELECT, UPDATE ON eventstore.relay_checkpoint TO beyan_ingest;

                ALTER TABLE eventstore.events ENABLE ROW LEVEL SECURITY;
                CREATE POLICY events_are_readable ON eventstore.events FOR SELECT USING (true);
                CREATE POLICY ingest_appends_release_changes ON eventstore.events FOR INSERT TO beyan_ingest
                  WITH CHECK (type IN ('ReleaseReceived', 'ReleaseRevised', 'ReleaseRetracted'));
                CREATE POLICY entity_appends_analyses ON eventstore.events FOR INSERT TO beyan_entity
                  WITH CHECK (type = 'ReleaseAnalyzed');
                """;

        @Override
        public void migrate(Context context) throws Exception {
            ServiceRoles.ensure(context.getConnection());
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute(SQL);
            }
        }
    }

    /**
     * Editors' corrections to officials are written by entity-service, which owns the registry they correct; they
     * go to their own stream, and no other service may write them.
     */
    public static final class V3__corrections extends SqlScriptMigration {
        public V3__corrections() {
            super("""
                    CREATE POLICY entity_appends_corrections ON eventstore.events FOR INSERT TO beyan_entity
                      WITH CHECK (type IN ('OfficialsMerged', 'OfficialSplit') AND stream_id = 'curation-officials');
                    """);
        }
    }
}
