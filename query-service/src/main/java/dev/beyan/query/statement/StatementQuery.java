package dev.beyan.query.statement;

import dev.beyan.extract.text.TurkishText;
import dev.beyan.query.api.Cursor;
import dev.beyan.registry.projection.ReadModelTables;
import dev.beyan.registry.projection.ReadModelTables.ReleaseOfficials;
import dev.beyan.registry.projection.ReadModelTables.ReleasePlaces;
import dev.beyan.registry.projection.ReadModelTables.Statements;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement search, resolved, as one SQL query with positional arguments, run on the reactive SQL client: HQL
 * cannot express full-text search (the {@code @@} operator, {@code websearch_to_tsquery} and the generated
 * tsvector columns have no HQL form), and the hits come back with their releases' titles and datelines, which the
 * statements carry. The words are looked for twice, OR-ed, both times stemmed with the {@code turkish}
 * configuration: as written, over the text ({@code seçimler} finds {@code seçim}), and ASCII-folded, over the
 * folded text ({@code secimler} and {@code bayindir} find {@code seçim} and {@code Bayındır}); GIN indexes serve
 * both.
 * <p>
 * The Snowball Turkish stemmer stops short of a fixed point: it reads {@code -im} in {@code seçim} as a
 * possessive and stores {@code seç}, while {@code seçimler} loses only {@code -ler} and queries {@code seçim}.
 * The query is therefore stemmed twice (its stems fed through {@code to_tsquery} again) and either form may
 * match; the stored vectors, which entity-service owns, stay as they are.
 */
record StatementQuery(String q, String speaker, List<String> parties, Integer provinceId, List<Integer> districtIds,
                      LocalDate from, LocalDate to, String kind, Cursor after, int limit) {
    /**
     * The order of {@code statements_by_date} ({@code published_on DESC, id DESC}, undated first, as a descending
     * index keeps nulls): for a common word the planner walks that index and stops at the page's end instead of
     * sorting every match.
     */
    private static final String ORDER = "s." + Statements.PUBLISHED_ON + " DESC NULLS FIRST, s." + Statements.ID
            + " DESC";
    private static final String SELECT = "SELECT " + ReadModelTables.columns("s", Statements.ID,
            Statements.RELEASE_ID, Statements.KIND, Statements.TEXT, Statements.CUE, Statements.SPEAKER_NAME,
            Statements.SPEAKER_OFFICIAL_ID, Statements.PUBLISHED_ON, Statements.START_OFFSET, Statements.END_OFFSET,
            Statements.RELEASE_TITLE, Statements.RELEASE_DATELINE) + " FROM " + Statements.QUALIFIED + " s";
    private static final String SAME_RELEASE = " = s." + Statements.RELEASE_ID;

    /** The SQL text and its arguments, {@code $1} onwards; one row more than the limit tells if a page follows. */
    record Sql(String text, Tuple arguments) {
    }

    Sql sql() {
        Tuple args = Tuple.tuple();
        List<String> and = new ArrayList<>();
        if (q != null) {
            and.add("(" + matches("s." + Statements.SEARCH, bind(args, q)) + " OR "
                    + matches("s." + Statements.SEARCH_FOLDED, bind(args, TurkishText.asciiFold(q))) + ")");
        }
        if (speaker != null) {
            and.add("s." + Statements.SPEAKER_OFFICIAL_ID + " = " + bind(args, speaker));
        }
        if (parties != null) {
            and.add("EXISTS (SELECT 1 FROM " + ReleaseOfficials.QUALIFIED + " ro WHERE ro." + ReleaseOfficials.RELEASE_ID
                    + SAME_RELEASE + " AND ro." + ReleaseOfficials.OFFICIAL_ID + " = s." + Statements.SPEAKER_OFFICIAL_ID
                    + " AND ro." + ReleaseOfficials.PARTY + " = ANY(" + bind(args, parties.toArray(String[]::new)) + "))");
        }
        if (provinceId != null) {
            and.add(releasePlace("province") + " = " + bind(args, provinceId) + ")");
        }
        if (districtIds != null) {
            and.add(releasePlace("district") + " = ANY(" + bind(args, districtIds.toArray(Integer[]::new)) + "))");
        }
        if (from != null) {
            and.add("s." + Statements.PUBLISHED_ON + " >= " + bind(args, from));
        }
        if (to != null) {
            and.add("s." + Statements.PUBLISHED_ON + " <= " + bind(args, to));
        }
        if (kind != null) {
            and.add("s." + Statements.KIND + " = " + bind(args, kind));
        }
        if (after != null) {
            String day = "s." + Statements.PUBLISHED_ON;
            String id = "s." + Statements.ID;
            String afterId = bind(args, after.part(1));
            if (after.part(0).isEmpty()) {
                and.add("(" + day + " IS NOT NULL OR " + id + " < " + afterId + ")");
            } else {
                String afterDay = bind(args, LocalDate.parse(after.part(0)));
                and.add("(" + day + " < " + afterDay + " OR (" + day + " = " + afterDay + " AND " + id + " < "
                        + afterId + "))");
            }
        }
        String text = SELECT
                + (and.isEmpty() ? "" : " WHERE " + String.join(" AND ", and))
                + " ORDER BY " + ORDER + " LIMIT " + bind(args, limit + 1);
        return new Sql(text, args);
    }

    /** The start of a condition that the statement's release names a place of {@code kind}, its id left open. */
    private static String releasePlace(String kind) {
        return "EXISTS (SELECT 1 FROM " + ReleasePlaces.QUALIFIED + " rp WHERE rp." + ReleasePlaces.RELEASE_ID
                + SAME_RELEASE + " AND rp." + ReleasePlaces.PLACE_KIND + " = '" + kind + "' AND rp."
                + ReleasePlaces.PLACE_ID;
    }

    /** The words stemmed once, or their stems stemmed again: the Turkish stemmer is not idempotent. */
    private static String matches(String vector, String words) {
        String stems = "websearch_to_tsquery('turkish', " + words + ")";
        return vector + " @@ " + stems + " OR " + vector + " @@ to_tsquery('turkish', CAST(" + stems + " AS text))";
    }

    private static String bind(Tuple args, Object value) {
        args.addValue(value);
        return "$" + args.size();
    }
}
