package dev.beyan.registry.projection;

/**
 * The read-model tables as {@link ReadModelSchema}'s migrations leave them: one class per table, holding its name
 * ({@code TABLE}, unqualified; {@code QUALIFIED}, with the schema) and a constant for each of its columns, so that
 * whoever reads the tables (query-service's entities and hand-mapped SQL, the rebuild, the lag query) names them
 * from here. {@code ReadModelTablesTest} holds these constants to the migrated schema, column for column: a migration
 * that adds, drops or renames a column changes this class in the same commit.
 */
public final class ReadModelTables {
    public static final String SCHEMA = ReadModelSchema.SCHEMA;

    private ReadModelTables() {
    }

    /** A select list of {@code columns} of the table named {@code alias}: {@code s.id, s.kind}. */
    public static String columns(String alias, String... columns) {
        StringBuilder list = new StringBuilder();
        for (String column : columns) {
            list.append(list.isEmpty() ? "" : ", ").append(alias).append('.').append(column);
        }
        return list.toString();
    }

    /** The gazetteer's provinces, seeded by the migrations, with the counts the projection keeps. */
    public static final class Provinces {
        public static final String TABLE = "provinces";
        public static final String QUALIFIED = SCHEMA + "." + TABLE;
        public static final String ID = "id";
        public static final String NAME = "name";
        public static final String ASCII = "ascii";
        public static final String METROPOLITAN = "metropolitan";
        public static final String MENTION_COUNT = "mention_count";
        public static final String RELEASE_COUNT = "release_count";

        private Provinces() {
        }
    }

    /** The gazetteer's districts, seeded by the migrations, with the counts the projection keeps. */
    public static final class Districts {
        public static final String TABLE = "districts";
        public static final String QUALIFIED = SCHEMA + "." + TABLE;
        public static final String ID = "id";
        public static final String PROVINCE_ID = "province_id";
        public static final String NAME = "name";
        public static final String ASCII = "ascii";
        public static final String MENTION_COUNT = "mention_count";
        public static final String RELEASE_COUNT = "release_count";

        private Districts() {
        }
    }

    /** A release's current state, one row a release. */
    public static final class Releases {
        public static final String TABLE = "releases";
        public static final String QUALIFIED = SCHEMA + "." + TABLE;
        public static final String ID = "id";
        public static final String EXTERNAL_ID = "external_id";
        public static final String SOURCE = "source";
        public static final String URL = "url";
        public static final String TITLE = "title";
        public static final String PUBLISHED_AT = "published_at";
        public static final String PUBLISHED_ON = "published_on";
        public static final String CATEGORY = "category";
        public static final String DATELINE = "dateline";
        public static final String TEXT = "text";
        public static final String TEXT_SHA256 = "text_sha256";
        public static final String TEXT_VERSION = "text_version";
        public static final String VERSION = "version";
        public static final String STATUS = "status";
        public static final String RECEIVED_AT = "received_at";
        public static final String UPDATED_AT = "updated_at";
        public static final String LAST_POSITION = "last_position";
        public static final String ANALYZED_VERSION = "analyzed_version";
        public static final String EXTRACTOR_NAME = "extractor_name";
        public static final String EXTRACTOR_VERSION = "extractor_version";
        public static final String CHANGED_VERSION = "changed_version";

        private Releases() {
        }
    }

    /** A release's contribution: each official it names, keyed by the extractor's name for them. */
    public static final class ReleaseOfficials {
        public static final String TABLE = "release_officials";
        public static final String QUALIFIED = SCHEMA + "." + TABLE;
        public static final String RELEASE_ID = "release_id";
        public static final String OFFICIAL_ID = "official_id";
        public static final String NAME = "name";
        public static final String NAME_FOLDED = "name_folded";
        public static final String ALIASES = "aliases";
        public static final String SEARCH_FOLDED = "search_folded";
        public static final String TITLE = "title";
        public static final String ORG = "org";
        public static final String PARTY = "party";
        public static final String PARTY_SOURCE = "party_source";
        public static final String REGISTRY_OFFICE = "registry_office";
        public static final String PROVINCE_ID = "province_id";
        public static final String DISTRICT_ID = "district_id";
        public static final String FORMER = "former";
        public static final String SEEN_ON = "seen_on";
        public static final String MENTION_COUNT = "mention_count";
        public static final String NAME_KEY = "name_key";
        public static final String BLOCK = "block";
        public static final String HANDLE = "handle";
        public static final String REGISTRY_ENTRY = "registry_entry";
        public static final String REGISTRY_HANDLE = "registry_handle";
        public static final String IDENTITY_RULE = "identity_rule";
        public static final String IDENTITY_DETAIL = "identity_detail";

        private ReleaseOfficials() {
        }
    }

    /** A release's contribution: how often it names each place. */
    public static final class ReleasePlaces {
        public static final String TABLE = "release_places";
        public static final String QUALIFIED = SCHEMA + "." + TABLE;
        public static final String RELEASE_ID = "release_id";
        public static final String PLACE_KIND = "place_kind";
        public static final String PLACE_ID = "place_id";
        public static final String MENTION_COUNT = "mention_count";

        private ReleasePlaces() {
        }
    }

    /** A release's contribution: every mention of an official or a place, with its offsets into the text. */
    public static final class Mentions {
        public static final String TABLE = "mentions";
        public static final String QUALIFIED = SCHEMA + "." + TABLE;
        public static final String RELEASE_ID = "release_id";
        public static final String ENTITY_KIND = "entity_kind";
        public static final String ENTITY_ID = "entity_id";
        public static final String START_OFFSET = "start_offset";
        public static final String END_OFFSET = "end_offset";
        public static final String NAME_KEY = "name_key";

        private Mentions() {
        }
    }

    /** A release's contribution: its statements, with the generated full-text vectors. */
    public static final class Statements {
        public static final String TABLE = "statements";
        public static final String QUALIFIED = SCHEMA + "." + TABLE;
        public static final String ID = "id";
        public static final String RELEASE_ID = "release_id";
        public static final String SEQ = "seq";
        public static final String KIND = "kind";
        public static final String TEXT = "text";
        public static final String TEXT_FOLDED = "text_folded";
        public static final String CUE = "cue";
        public static final String SPEAKER_NAME = "speaker_name";
        public static final String SPEAKER_OFFICIAL_ID = "speaker_official_id";
        public static final String PUBLISHED_ON = "published_on";
        public static final String START_OFFSET = "start_offset";
        public static final String END_OFFSET = "end_offset";
        public static final String SEGMENTS = "segments";
        public static final String SEARCH = "search";
        public static final String SEARCH_FOLDED = "search_folded";
        public static final String RELEASE_TITLE = "release_title";
        public static final String RELEASE_DATELINE = "release_dateline";
        public static final String SPEAKER_NAME_KEY = "speaker_name_key";

        private Statements() {
        }
    }

    /** An aggregate: one official, recomputed from the contributions that name them. */
    public static final class Officials {
        public static final String TABLE = "officials";
        public static final String QUALIFIED = SCHEMA + "." + TABLE;
        public static final String ID = "id";
        public static final String NAME = "name";
        public static final String NAME_FOLDED = "name_folded";
        public static final String ALIASES = "aliases";
        public static final String ALIASES_FOLDED = "aliases_folded";
        public static final String RELEASE_COUNT = "release_count";
        public static final String STATEMENT_COUNT = "statement_count";
        public static final String FIRST_SEEN = "first_seen";
        public static final String LAST_SEEN = "last_seen";

        private Officials() {
        }
    }

    /** An aggregate: the offices an official held, as the releases saw them. */
    public static final class Positions {
        public static final String TABLE = "positions";
        public static final String QUALIFIED = SCHEMA + "." + TABLE;
        public static final String OFFICIAL_ID = "official_id";
        public static final String TITLE = "title";
        public static final String ORG = "org";
        public static final String PARTY = "party";
        public static final String PARTY_SOURCE = "party_source";
        public static final String REGISTRY_OFFICE = "registry_office";
        public static final String PROVINCE_ID = "province_id";
        public static final String DISTRICT_ID = "district_id";
        public static final String FORMER = "former";
        public static final String FIRST_SEEN = "first_seen";
        public static final String LAST_SEEN = "last_seen";
        public static final String RELEASE_COUNT = "release_count";

        private Positions() {
        }
    }

    /** Editors' merges and splits of officials, in the order of their stream. */
    public static final class OfficialCorrections {
        public static final String TABLE = "official_corrections";
        public static final String QUALIFIED = SCHEMA + "." + TABLE;
        public static final String SEQ = "seq";
        public static final String POSITION = "position";
        public static final String KIND = "kind";
        public static final String OFFICIAL_ID = "official_id";
        public static final String INTO_ID = "into_id";
        public static final String RELEASE_IDS = "release_ids";
        public static final String REFS = "refs";
        public static final String EDITOR = "editor";
        public static final String REASON = "reason";
        public static final String RECORDED_AT = "recorded_at";

        private OfficialCorrections() {
        }
    }

    /** How far each stream is projected: its last projected version and global position. */
    public static final class StreamCheckpoints {
        public static final String TABLE = "stream_checkpoints";
        public static final String QUALIFIED = SCHEMA + "." + TABLE;
        public static final String STREAM_ID = "stream_id";
        public static final String VERSION = "version";
        public static final String POSITION = "position";

        private StreamCheckpoints() {
        }
    }
}
