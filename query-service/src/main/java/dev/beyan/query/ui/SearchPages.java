package dev.beyan.query.ui;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.query.official.OfficialDirectory;
import dev.beyan.query.official.OfficialFilter;
import dev.beyan.query.official.OfficialSummary;
import dev.beyan.query.release.ReleaseCatalog;
import dev.beyan.query.release.ReleaseSummary;
import dev.beyan.query.statement.StatementFilter;
import dev.beyan.query.statement.StatementSearch;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front page (the latest releases) and the search page: statements through the API's statement search, with
 * its syntax and filters, and officials by name. A filter the search refuses is shown beside the form, with the
 * 400 the API would answer.
 */
@ApplicationScoped
public class SearchPages {
    static final int RELEASES = 25;
    static final int HITS = 25;
    static final int OFFICIALS = 20;

    private final ReleaseCatalog releases;
    private final StatementSearch statements;
    private final OfficialDirectory officials;

    public SearchPages(ReleaseCatalog releases, StatementSearch statements, OfficialDirectory officials) {
        this.releases = releases;
        this.statements = statements;
        this.officials = officials;
    }

    public record HomePage(List<ReleaseSummary> releases, String more) {
    }

    /** {@code error} and {@code errorField} are set when the search refused a filter. */
    public record SearchPage(StatementFilter form, boolean searched, List<StatementLink> statements, String more,
                             List<OfficialSummary> officials, String error, String errorField) {
    }

    Uni<HomePage> home(String cursor) {
        return releases.list(cursor, RELEASES).map(page -> new HomePage(page.items(),
                page.next() == null ? null : Links.ROOT + "?cursor=" + page.next()));
    }

    Uni<SearchPage> search(StatementFilter form) {
        if (!asked(form)) {
            return Uni.createFrom().item(new SearchPage(form, false, List.of(), null, List.of(), null, null));
        }
        return Uni.createFrom().deferred(() -> statements.search(form, HITS))
                .chain(hits -> officialsNamed(form.q).map(named -> new SearchPage(form, true,
                        hits.items().stream().map(StatementLink::of).toList(),
                        hits.next() == null ? null : more(form, hits.next()), named, null, null)))
                .onFailure(ProblemException.class).recoverWithItem(e -> {
                    ProblemException problem = (ProblemException) e;
                    return new SearchPage(form, true, List.of(), null, List.of(), problem.problem().detail(),
                            problem.problem().field());
                });
    }

    private Uni<List<OfficialSummary>> officialsNamed(String q) {
        if (q == null || q.isBlank()) {
            return Uni.createFrom().item(List.of());
        }
        OfficialFilter byName = new OfficialFilter();
        byName.q = q;
        return officials.list(byName, OFFICIALS).map(page -> page.items());
    }

    private static boolean asked(StatementFilter f) {
        for (String v : new String[]{f.q, f.speaker, f.party, f.province, f.district, f.from, f.to, f.kind}) {
            if (v != null && !v.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String more(StatementFilter f, String cursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", f.q);
        params.put("kind", f.kind);
        params.put("speaker", f.speaker);
        params.put("party", f.party);
        params.put("province", f.province);
        params.put("district", f.district);
        params.put("from", f.from);
        params.put("to", f.to);
        params.put("cursor", cursor);
        StringBuilder url = new StringBuilder(Links.ROOT + "/search");
        char sep = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getValue() != null && !p.getValue().isBlank()) {
                url.append(sep).append(p.getKey()).append('=')
                        .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return url.toString();
    }
}
