package dev.beyan.query.statement;

import dev.beyan.query.api.Cursor;
import dev.beyan.query.api.TurkishFold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement search, resolved, as native SQL. Native because HQL cannot express full-text search: the
 * {@code @@} operator, {@code websearch_to_tsquery} and the generated tsvector columns have no HQL form. Each
 * word query runs twice, OR-ed: stemmed with the {@code turkish} configuration over the text ({@code seçimler}
 * finds {@code seçim}), and ASCII-folded with {@code simple} over the folded text ({@code bayindir} finds
 * {@code Bayındır}); both are served by their GIN indexes.
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
    private static final String ORDER = "s.published_on DESC NULLS FIRST, s.id DESC";

    String sql() {
        List<String> and = new ArrayList<>();
        if (q != null) {
            and.add("(s.search @@ websearch_to_tsquery('turkish', :q) "
                    + "OR s.search @@ to_tsquery('turkish', CAST(websearch_to_tsquery('turkish', :q) AS text)) "
                    + "OR s.search_folded @@ websearch_to_tsquery('simple', :folded))");
        }
        if (speaker != null) {
            and.add("s.speaker_official_id = :speaker");
        }
        if (parties != null) {
            and.add("EXISTS (SELECT 1 FROM readmodel.release_officials ro WHERE ro.release_id = s.release_id "
                    + "AND ro.official_id = s.speaker_official_id AND ro.party IN (:parties))");
        }
        if (provinceId != null) {
            and.add("EXISTS (SELECT 1 FROM readmodel.release_places rp WHERE rp.release_id = s.release_id "
                    + "AND rp.place_kind = 'province' AND rp.place_id = :province)");
        }
        if (districtIds != null) {
            and.add("EXISTS (SELECT 1 FROM readmodel.release_places rp WHERE rp.release_id = s.release_id "
                    + "AND rp.place_kind = 'district' AND rp.place_id IN (:districts))");
        }
        if (from != null) {
            and.add("s.published_on >= :from");
        }
        if (to != null) {
            and.add("s.published_on <= :to");
        }
        if (kind != null) {
            and.add("s.kind = :kind");
        }
        if (after != null) {
            and.add(after.part(0).isEmpty()
                    ? "(s.published_on IS NOT NULL OR s.id < :afterId)"
                    : "(s.published_on < :afterDay OR (s.published_on = :afterDay AND s.id < :afterId))");
        }
        return "SELECT s.id, s.release_id, s.seq, s.kind, s.text, s.cue, s.speaker_name, s.speaker_official_id, "
                + "s.published_on, s.start_offset, s.end_offset FROM readmodel.statements s"
                + (and.isEmpty() ? "" : " WHERE " + String.join(" AND ", and))
                + " ORDER BY " + ORDER + " LIMIT " + (limit + 1);
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (q != null) {
            p.put("q", q);
            p.put("folded", TurkishFold.fold(q));
        }
        putIf(p, "speaker", speaker);
        putIf(p, "parties", parties);
        putIf(p, "province", provinceId);
        putIf(p, "districts", districtIds);
        putIf(p, "from", from);
        putIf(p, "to", to);
        putIf(p, "kind", kind);
        if (after != null) {
            if (!after.part(0).isEmpty()) {
                p.put("afterDay", LocalDate.parse(after.part(0)));
            }
            p.put("afterId", after.part(1));
        }
        return p;
    }

    private static void putIf(Map<String, Object> p, String name, Object value) {
        if (value != null) {
            p.put(name, value);
        }
    }
}
