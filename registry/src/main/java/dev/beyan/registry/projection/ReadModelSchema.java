package dev.beyan.registry.projection;

import dev.beyan.common.db.GroupRoles;
import dev.beyan.common.db.ReadModelChanges;
import dev.beyan.common.db.ServiceRoles;
import dev.beyan.common.db.SqlScriptMigration;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Statement;
import java.util.List;

/**
 * The read models. Two kinds of table: contributions, keyed by release, which a projection replaces whole for one
 * release (release_officials, release_places, mentions, statements); and aggregates, recomputed from the
 * contributions for the officials and places a release touched (officials, positions, place counts). Nothing
 * carries a sequence or a clock of its own, so a rebuild from the event store reproduces every row exactly.
 */
public final class ReadModelSchema {
    public static final String SCHEMA = "readmodel";

    /**
     * The tables a projection writes, every row of them derived from the event store: a rebuild empties them all.
     * {@code ReadModelTablesTest} fails when a table of the schema is neither here nor in {@link #GAZETTEER_TABLES}.
     */
    public static final List<String> PROJECTED_TABLES = List.of(ReadModelTables.Statements.QUALIFIED,
            ReadModelTables.Mentions.QUALIFIED, ReadModelTables.ReleasePlaces.QUALIFIED,
            ReadModelTables.ReleaseOfficials.QUALIFIED, ReadModelTables.Positions.QUALIFIED,
            ReadModelTables.Officials.QUALIFIED, ReadModelTables.Releases.QUALIFIED,
            ReadModelTables.OfficialCorrections.QUALIFIED, ReadModelTables.StreamCheckpoints.QUALIFIED);

    /** The gazetteer's tables, seeded by a migration: a rebuild keeps their rows and zeroes the counts it projects. */
    public static final List<String> GAZETTEER_TABLES = List.of(ReadModelTables.Provinces.QUALIFIED,
            ReadModelTables.Districts.QUALIFIED);

    /** Empties the read models for a rebuild from the event store, inside the rebuild's transaction. */
    public static final String RESET_FOR_REBUILD = "TRUNCATE " + String.join(", ", PROJECTED_TABLES) + ";\n"
            + "UPDATE " + ReadModelTables.Provinces.QUALIFIED + " SET " + ReadModelTables.Provinces.MENTION_COUNT
            + " = 0, " + ReadModelTables.Provinces.RELEASE_COUNT + " = 0;\n"
            + "UPDATE " + ReadModelTables.Districts.QUALIFIED + " SET " + ReadModelTables.Districts.MENTION_COUNT
            + " = 0, " + ReadModelTables.Districts.RELEASE_COUNT + " = 0";

    /**
     * Projection lag: how many stored events are past their stream's projected version, in one column {@code lag}.
     */
    public static final String PROJECTION_LAG = """
            SELECT count(*) AS lag FROM eventstore.events e
            LEFT JOIN %1$s c ON c.%2$s = e.stream_id
            WHERE e.stream_version > coalesce(c.%3$s, 0)""".formatted(ReadModelTables.StreamCheckpoints.QUALIFIED,
            ReadModelTables.StreamCheckpoints.STREAM_ID, ReadModelTables.StreamCheckpoints.VERSION);

    private ReadModelSchema() {
    }

    /** Every migration of the schema, in order. */
    public static List<JavaMigration> migrations() {
        return List.of(new V1__read_models(), new GazetteerSeed.V2__gazetteer(), new V3__change_notifications(),
                new V4__statement_release_heading(), new V5__stemmed_folded_search(), new V6__service_roles(),
                new V7__official_identity(), new V8__release_changed_version(), new V9__official_name_trigrams(),
                new V10__query_indexes_kept_current());
    }

    public static final class V1__read_models extends BaseJavaMigration {
        private static final String SQL = """
                CREATE TABLE readmodel.provinces (
                  id            int  PRIMARY KEY,
                  name          text NOT NULL,
                  ascii         text NOT NULL,
                  metropolitan  boolean NOT NULL,
                  mention_count int  NOT NULL DEFAULT 0,
                  release_count int  NOT NULL DEFAULT 0
                );
                CREATE TABLE readmodel.districts (
                  id            int  PRIMARY KEY,
                  province_id   int  NOT NULL REFERENCES readmodel.provinces,
                  name          text NOT NULL,
                  ascii         text NOT NULL,
                  mention_count int  NOT NULL DEFAULT 0,
                  release_count int  NOT NULL DEFAULT 0
                );
                CREATE INDEX districts_by_province ON readmodel.districts (province_id);

                CREATE TABLE readmodel.releases (
                  id                text PRIMARY KEY,
                  external_id       text,
                  source            text,
                  url               text,
                  title             text,
                  published_at      text,
                  published_on      date,
                  category          text,
                  dateline          text,
                  text              text   NOT NULL,
                  text_sha256       text   NOT NULL,
                  text_version      bigint NOT NULL,
                  version           bigint NOT NULL,
                  status            text   NOT NULL CHECK (status IN ('active', 'retracted')),
                  received_at       timestamptz NOT NULL,
                  updated_at        timestamptz NOT NULL,
                  last_position     bigint NOT NULL,
                  analyzed_version  bigint,
                  extractor_name    text,
                  extractor_version text
                );
                CREATE INDEX releases_newest_first ON readmodel.releases (received_at DESC, id DESC);

                CREATE TABLE readmodel.release_officials (
                  release_id    text NOT NULL REFERENCES readmodel.releases ON DELETE CASCADE,
                  official_id   text NOT NULL,
                  name          text NOT NULL,
                  name_folded   text NOT NULL,
                  aliases       text[] NOT NULL,
                  search_folded text NOT NULL,
                  title         text NOT NULL,
                  org           text,
                  party         text,
                  party_source  text,
                  registry_office text,
                  province_id   int,
                  district_id   int,
                  former        boolean NOT NULL,
                  seen_on       date NOT NULL,
                  mention_count int NOT NULL,
                  PRIMARY KEY (release_id, official_id)
                );
                CREATE INDEX release_officials_by_official ON readmodel.release_officials (official_id);

                CREATE TABLE readmodel.release_places (
                  release_id    text NOT NULL REFERENCES readmodel.releases ON DELETE CASCADE,
                  place_kind    text NOT NULL CHECK (place_kind IN ('province', 'district')),
                  place_id      int  NOT NULL,
                  mention_count int  NOT NULL,
                  PRIMARY KEY (release_id, place_kind, place_id)
                );
                CREATE INDEX release_places_by_place ON readmodel.release_places (place_kind, place_id);

                CREATE TABLE readmodel.mentions (
                  release_id   text NOT NULL REFERENCES readmodel.releases ON DELETE CASCADE,
                  entity_kind  text NOT NULL CHECK (entity_kind IN ('official', 'province', 'district')),
                  entity_id    text NOT NULL,
                  start_offset int  NOT NULL,
                  end_offset   int  NOT NULL,
                  PRIMARY KEY (release_id, entity_kind, entity_id, start_offset)
                );
                CREATE INDEX mentions_by_entity ON readmodel.mentions (entity_kind, entity_id);

                CREATE TABLE readmodel.statements (
                  id                  text PRIMARY KEY,
                  release_id          text NOT NULL REFERENCES readmodel.releases ON DELETE CASCADE,
                  seq                 int  NOT NULL,
                  kind                text NOT NULL CHECK (kind IN ('direct', 'indirect')),
                  text                text NOT NULL,
                  text_folded         text NOT NULL,
                  cue                 text,
                  speaker_name        text,
                  speaker_official_id text,
                  published_on        date,
                  start_offset        int  NOT NULL,
                  end_offset          int  NOT NULL,
                  segments            jsonb NOT NULL,
                  search              tsvector GENERATED ALWAYS AS (to_tsvector('turkish', text)) STORED,
                  search_folded       tsvector GENERATED ALWAYS AS (to_tsvector('simple', text_folded)) STORED
                );
                CREATE INDEX statements_by_release ON readmodel.statements (release_id, seq);
                CREATE INDEX statements_by_speaker ON readmodel.statements (speaker_official_id);
                CREATE INDEX statements_by_date ON readmodel.statements (published_on DESC, id DESC);
                CREATE INDEX statements_search ON readmodel.statements USING gin (search);
                CREATE INDEX statements_search_folded ON readmodel.statements USING gin (search_folded);

                CREATE TABLE readmodel.officials (
                  id              text PRIMARY KEY,
                  name            text NOT NULL,
                  name_folded     text NOT NULL,
                  aliases         text[] NOT NULL,
                  aliases_folded  text NOT NULL,
                  release_count   int  NOT NULL,
                  statement_count int  NOT NULL,
                  first_seen      date NOT NULL,
                  last_seen       date NOT NULL
                );
                CREATE INDEX officials_by_name ON readmodel.officials (name_folded, id);

                CREATE TABLE readmodel.positions (
                  official_id   text NOT NULL REFERENCES readmodel.officials ON DELETE CASCADE,
                  title         text NOT NULL,
                  org           text NOT NULL DEFAULT '',
                  party         text NOT NULL DEFAULT '',
                  party_source  text,
                  registry_office text,
                  province_id   int  NOT NULL DEFAULT 0,
                  district_id   int  NOT NULL DEFAULT 0,
                  former        boolean NOT NULL,
                  first_seen    date NOT NULL,
                  last_seen     date NOT NULL,
                  release_count int  NOT NULL,
                  PRIMARY KEY (official_id, title, org, party, province_id, district_id, former)
                );
                CREATE INDEX positions_by_place ON readmodel.positions (province_id, district_id);

                CREATE TABLE readmodel.stream_checkpoints (
                  stream_id text PRIMARY KEY,
                  version   bigint NOT NULL,
                  position  bigint NOT NULL
                );

                GRANT USAGE ON SCHEMA readmodel TO beyan_writer, beyan_reader;
                GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA readmodel TO beyan_writer;
                GRANT SELECT ON ALL TABLES IN SCHEMA readmodel TO beyan_reader;
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
     * Announces each committed change on {@link ReadModelChanges#CHANNEL}. Every projection transaction moves a
     * stream checkpoint (a rebuild truncates them), so a statement trigger there covers every writer; PostgreSQL
     * folds a transaction's identical notifications into one and delivers it only at commit.
     */
    public static final class V3__change_notifications extends SqlScriptMigration {
        public V3__change_notifications() {
            super("""
                    CREATE FUNCTION readmodel.announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      PERFORM pg_notify('%s', '');
                      RETURN NULL;
                    END $$;
                    CREATE TRIGGER stream_checkpoints_announce
                      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON readmodel.stream_checkpoints
                      FOR EACH STATEMENT EXECUTE FUNCTION readmodel.announce_change();
                    """.formatted(ReadModelChanges.CHANNEL));
        }
    }

    /**
     * Statements carry their release's title and dateline, as they already carry its day: a search page then
     * reads the statements alone, where joining the releases cost half of the query. Both are set when the
     * release is received and never change, so the copies cannot drift.
     */
    public static final class V4__statement_release_heading extends SqlScriptMigration {
        public V4__statement_release_heading() {
            super("""
                    ALTER TABLE readmodel.statements ADD COLUMN release_title text, ADD COLUMN release_dateline text;
                    UPDATE readmodel.statements s SET release_title = r.title, release_dateline = r.dateline
                    FROM readmodel.releases r WHERE r.id = s.release_id;
                    """);
        }
    }

    /**
     * The folded text is stemmed too, with the same Turkish configuration as the text, so that an ASCII query in
     * another form ({@code secimler}) finds a word written with Turkish letters ({@code seçim}). The stemmer reads
     * the folded words with the wrong vowels at times, but query and text are folded and stemmed alike, so a
     * word still meets its own forms; a word the stemmer cuts short meets more than its own (ASCII queries only).
     */
    public static final class V5__stemmed_folded_search extends SqlScriptMigration {
        public V5__stemmed_folded_search() {
            super("""
                    ALTER TABLE readmodel.statements
                      ALTER COLUMN search_folded SET EXPRESSION AS (to_tsvector('turkish', text_folded));
                    """);
        }
    }

    /**
     * Each service its own role: entity-service writes the read models, query-service reads them, ingest-service
     * has no business here. Grants name the tables, so Flyway's history in this schema stays the owner's. The
     * group roles of V1 lose every privilege.
     */
    public static final class V6__service_roles extends BaseJavaMigration {
        private static final String TABLES = "readmodel.provinces, readmodel.districts, readmodel.releases, "
                + "readmodel.release_officials, readmodel.release_places, readmodel.mentions, readmodel.statements, "
                + "readmodel.officials, readmodel.positions, readmodel.stream_checkpoints";
        private static final String SQL = """
                REVOKE ALL ON ALL TABLES IN SCHEMA readmodel FROM beyan_writer, beyan_reader;
                REVOKE ALL ON SCHEMA readmodel FROM beyan_writer, beyan_reader;
                GRANT USAGE ON SCHEMA readmodel TO beyan_entity, beyan_query;
                GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON %1$s TO beyan_entity;
                GRANT SELECT ON %1$s TO beyan_query;
                """.formatted(TABLES);

        @Override
        public void migrate(Context context) throws Exception {
            ServiceRoles.ensure(context.getConnection());
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute(SQL);
            }
        }
    }

    /**
     * Officials get opaque ids decided from the evidence of every sighting (see {@code docs/identity.md}), so a
     * release's contribution is keyed by the name the extractor gave ({@code name_key}, the old id) and carries the
     * resolved {@code official_id}, the rule that put it there, and what it was resolved from: the name's block, the
     * id it would mint, its register entry. Mentions and statements keep the name too, so a new resolution can move
     * them. Editors' corrections are kept in the order of their stream. Rows projected before this version keep
     * their name as id until {@code ./beyan rebuild} resolves them.
     */
    public static final class V7__official_identity extends SqlScriptMigration {
        public V7__official_identity() {
            super("""
                    ALTER TABLE readmodel.release_officials ADD COLUMN name_key text, ADD COLUMN block text,
                      ADD COLUMN handle text, ADD COLUMN registry_entry text, ADD COLUMN registry_handle text,
                      ADD COLUMN identity_rule text, ADD COLUMN identity_detail text;
                    UPDATE readmodel.release_officials SET name_key = official_id, handle = official_id,
                      block = CASE WHEN strpos(official_id, '-') = 0 THEN official_id
                                   ELSE split_part(official_id, '-', 1) || '-'
                                        || reverse(split_part(reverse(official_id), '-', 1)) END,
                      identity_rule = 'unresolved', identity_detail = 'projected before identity resolution';
                    ALTER TABLE readmodel.release_officials ALTER COLUMN name_key SET NOT NULL,
                      ALTER COLUMN block SET NOT NULL, ALTER COLUMN handle SET NOT NULL,
                      ALTER COLUMN identity_rule SET NOT NULL, ALTER COLUMN identity_detail SET NOT NULL,
                      DROP CONSTRAINT release_officials_pkey, ADD PRIMARY KEY (release_id, name_key);
                    CREATE INDEX release_officials_by_block ON readmodel.release_officials (block);
                    CREATE INDEX release_officials_by_handle ON readmodel.release_officials (handle);
                    CREATE INDEX release_officials_by_registry_handle ON readmodel.release_officials (registry_handle);
                    CREATE INDEX release_officials_by_name_key ON readmodel.release_officials (name_key);

                    ALTER TABLE readmodel.mentions ADD COLUMN name_key text;
                    UPDATE readmodel.mentions SET name_key = entity_id WHERE entity_kind = 'official';
                    ALTER TABLE readmodel.statements ADD COLUMN speaker_name_key text;
                    UPDATE readmodel.statements SET speaker_name_key = speaker_official_id;

                    CREATE TABLE readmodel.official_corrections (
                      seq         bigint PRIMARY KEY,
                      position    bigint NOT NULL,
                      kind        text   NOT NULL CHECK (kind IN ('merge', 'split')),
                      official_id text   NOT NULL,
                      into_id     text,
                      release_ids text[] NOT NULL,
                      refs        text[] NOT NULL,
                      editor      text   NOT NULL,
                      reason      text   NOT NULL,
                      recorded_at timestamptz NOT NULL
                    );
                    GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON readmodel.official_corrections TO beyan_entity;
                    GRANT SELECT ON readmodel.official_corrections TO beyan_query;
                    """);
        }
    }

    /**
     * A release's row is its {@code ReleaseState} as the projector loads and writes it, so it keeps the stream version
     * of the latest change a client made (an analysis is not one). Rows projected before are filled from their
     * streams.
     */
    public static final class V8__release_changed_version extends SqlScriptMigration {
        public V8__release_changed_version() {
            super("""
                    ALTER TABLE readmodel.releases ADD COLUMN changed_version bigint;
                    UPDATE readmodel.releases r SET changed_version = coalesce(
                      (SELECT max(e.stream_version) FROM eventstore.events e
                       WHERE e.stream_id = 'release-' || r.id AND e.type <> 'ReleaseAnalyzed'
                         AND e.stream_version <= r.version), r.text_version);
                    ALTER TABLE readmodel.releases ALTER COLUMN changed_version SET NOT NULL;
                    """);
        }
    }

    /**
     * The officials search ({@code /v1/officials?q=}) matches a folded substring anywhere in the name or the aliases
     * ({@code like '%q%'}), which no B-tree serves: it read every official (4.7 s at p50 with 28,000 releases). A
     * trigram index serves such a {@code like} on the same folded columns; the query folds its text the same way.
     * pg_trgm is a contrib extension that PostgreSQL trusts, shipped with the embedded binaries and the images.
     */
    public static final class V9__official_name_trigrams extends SqlScriptMigration {
        public V9__official_name_trigrams() {
            super("""
                    CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
                    CREATE INDEX officials_name_trigrams ON readmodel.officials
                      USING gin (name_folded public.gin_trgm_ops);
                    CREATE INDEX officials_aliases_trigrams ON readmodel.officials
                      USING gin (aliases_folded public.gin_trgm_ops);
                    """);
        }
    }

    /**
     * Two query plans measured on the bench's registry (7,851 officials, 32,519 releases). The trigram indexes of V9
     * took new entries into GIN's pending list (fastupdate, the default), which every search reads in full until a
     * vacuum merges it: projection rewrites the officials it touches, so the aliases index held all 7,851 of its entries
     * there, a search read 272 pages for none found, and the planner chose a scan of the table instead (8 ms a search;
     * 3 s at p50 at 100 searches/s). Without the pending list the same search reads both indexes, under 1 ms. The
     * officials with an office in a district ({@code /v1/districts/{id}}) were found by walking the whole
     * (province, district) index of positions for a district id alone; an index on the district serves it.
     */
    public static final class V10__query_indexes_kept_current extends SqlScriptMigration {
        public V10__query_indexes_kept_current() {
            super("""
                    ALTER INDEX readmodel.officials_name_trigrams SET (fastupdate = off);
                    ALTER INDEX readmodel.officials_aliases_trigrams SET (fastupdate = off);
                    SELECT gin_clean_pending_list('readmodel.officials_name_trigrams'::regclass),
                           gin_clean_pending_list('readmodel.officials_aliases_trigrams'::regclass);
                    CREATE INDEX positions_by_district ON readmodel.positions (district_id);
                    """);
        }
    }
}
