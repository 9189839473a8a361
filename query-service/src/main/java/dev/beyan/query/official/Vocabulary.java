package dev.beyan.query.official;

import dev.beyan.common.problem.ProblemException;
import dev.beyan.extract.text.TurkishText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Resolves the free-text filter values (a party, a title) against the values the registry holds, so that any
 * casing and spelling with or without Turkish letters finds them, and a value it does not hold is a 400 rather
 * than a silently empty list. A party may also be named by its first word ({@code iyi} for İYİ Parti).
 */
@ApplicationScoped
public class Vocabulary {

    public Uni<List<String>> parties(String param, String value) {
        return resolve(param, value, "party");
    }

    public Uni<List<String>> titles(String param, String value) {
        return resolve(param, value, "title");
    }

    private Uni<List<String>> resolve(String param, String value, String column) {
        if (value == null || value.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        String wanted = TurkishText.asciiFold(value.trim());
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery("select distinct p." + column + " from PositionEntity p where p."
                        + column + " <> ''", String.class).getResultList())
                .map(known -> {
                    List<String> matching = known.stream().filter(k -> {
                        String folded = TurkishText.asciiFold(k);
                        return folded.equals(wanted) || folded.startsWith(wanted + " ");
                    }).sorted().toList();
                    if (matching.isEmpty()) {
                        throw ProblemException.badRequest(param, "no " + param + " '" + value + "' in the registry");
                    }
                    return matching;
                });
    }
}
