package dev.beyan.registry.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Writes and removes the contributions of any number of releases, one statement per table whatever their number:
 * the live projection writes one release's, a replay a page's. Both go through here, so both write the same rows.
 */
final class ContributionRows {
    private static final Uni<Void> NOTHING = Uni.createFrom().voidItem();

    private ContributionRows() {
    }

    static Uni<Void> delete(SqlConnection tx, Collection<String> releaseIds) {
        if (releaseIds.isEmpty()) {
            return NOTHING;
        }
        Tuple ids = Tuple.of(releaseIds.toArray(String[]::new));
        return tx.preparedQuery("DELETE FROM readmodel.release_officials WHERE release_id = ANY($1)").execute(ids)
                .chain(() -> tx.preparedQuery("DELETE FROM readmodel.release_places WHERE release_id = ANY($1)").execute(ids))
                .chain(() -> tx.preparedQuery("DELETE FROM readmodel.mentions WHERE release_id = ANY($1)").execute(ids))
                .chain(() -> tx.preparedQuery("DELETE FROM readmodel.statements WHERE release_id = ANY($1)").execute(ids))
                .replaceWithVoid();
    }

    /** Inserts the rows of every contribution; mentions in the order given, the first of two at one offset kept. */
    static Uni<Void> insert(SqlConnection tx, List<Contributions> all) {
        // aliases are an array per row, which unnest cannot take as one column: each travels as a JSON array
        return insert(tx, all, c -> c.officials, """
                INSERT INTO readmodel.release_officials (release_id, official_id, name, name_folded, aliases,
                  search_folded, title, org, party, party_source, registry_office, province_id, district_id, former,
                  seen_on, mention_count, name_key, block, handle, registry_entry, registry_handle, identity_rule,
                  identity_detail)
                SELECT release_id, official_id, name, name_folded,
                       ARRAY(SELECT a FROM jsonb_array_elements_text(aliases::jsonb) WITH ORDINALITY AS e(a, n)
                             ORDER BY n),
                       search_folded, title, org, party, party_source, registry_office, province_id, district_id,
                       former, seen_on, mention_count, name_key, block, handle, registry_entry, registry_handle,
                       'first-seen', ''
                FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::int[], $14::boolean[],
                            $15::date[], $16::int[], $17::text[], $18::text[], $19::text[], $20::text[], $21::text[])
                     AS r(release_id, official_id, name, name_folded, aliases, search_folded, title, org, party,
                          party_source, registry_office, province_id, district_id, former, seen_on, mention_count,
                          name_key, block, handle, registry_entry, registry_handle)""",
                String.class, String.class, String.class, String.class, String.class, String.class, String.class,
                String.class, String.class, String.class, String.class, Integer.class, Integer.class, Boolean.class,
                LocalDate.class, Integer.class, String.class, String.class, String.class, String.class, String.class)
                .chain(() -> insert(tx, all, c -> c.places, """
                        INSERT INTO readmodel.release_places (release_id, place_kind, place_id, mention_count)
                        SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[])""",
                        String.class, String.class, Integer.class, Integer.class))
                .chain(() -> insert(tx, all, c -> c.mentions, """
                        INSERT INTO readmodel.mentions (release_id, entity_kind, entity_id, start_offset, end_offset,
                          name_key)
                        SELECT release_id, entity_kind, entity_id, start_offset, end_offset, name_key
                        FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[])
                             WITH ORDINALITY AS m(release_id, entity_kind, entity_id, start_offset, end_offset, name_key, n)
                        ORDER BY n
                        ON CONFLICT DO NOTHING""",
                        String.class, String.class, String.class, Integer.class, Integer.class, String.class))
                .chain(() -> insert(tx, all, c -> c.statements, """
                        INSERT INTO readmodel.statements (id, release_id, seq, kind, text, text_folded, cue,
                          speaker_name, speaker_official_id, published_on, start_offset, end_offset, segments,
                          release_title, release_dateline, speaker_name_key)
                        SELECT id, release_id, seq, kind, text, text_folded, cue, speaker_name, speaker_official_id,
                               published_on, start_offset, end_offset, segments::jsonb, release_title,
                               release_dateline, speaker_name_key
                        FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[],
                                    $8::text[], $9::text[], $10::date[], $11::int[], $12::int[], $13::text[],
                                    $14::text[], $15::text[], $16::text[])
                             AS s(id, release_id, seq, kind, text, text_folded, cue, speaker_name, speaker_official_id,
                                  published_on, start_offset, end_offset, segments, release_title, release_dateline,
                                  speaker_name_key)""",
                        String.class, String.class, Integer.class, String.class, String.class, String.class,
                        String.class, String.class, String.class, LocalDate.class, Integer.class, Integer.class,
                        String.class, String.class, String.class, String.class));
    }

    private static Uni<Void> insert(SqlConnection tx, List<Contributions> all, Function<Contributions, List<Tuple>> rows,
                                    String sql, Class<?>... types) {
        List<Tuple> every = new ArrayList<>();
        all.forEach(c -> every.addAll(rows.apply(c)));
        return every.isEmpty() ? NOTHING
                : tx.preparedQuery(sql).execute(Columns.of(every, types)).replaceWithVoid();
    }
}
