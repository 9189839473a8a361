package dev.beyan.extract.official;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.data.CareerPosts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sets the holders of career posts (see {@link CareerPosts}) apart from the officials, once every rule has read
 * them: a police chief still closes a name span, speaks and places a colleague, but the registry of officials
 * lists only elected, political and governing offices. A functionary's statements keep the speaker's name and
 * lose the official id, which points into the officials only.
 */
public final class FunctionarySplit {
    /** The officials, the functionaries, and the statements with functionaries speaking by name. */
    public record Result(List<Analysis.Official> officials, List<Analysis.Official> functionaries,
                         List<Analysis.Statement> statements) {
    }

    private final CareerPosts careerPosts;

    public FunctionarySplit(CareerPosts careerPosts) {
        this.careerPosts = careerPosts;
    }

    public Result split(List<Analysis.Official> found, List<Analysis.Statement> statements) {
        List<Analysis.Official> officials = new ArrayList<>(found.size());
        List<Analysis.Official> functionaries = new ArrayList<>();
        Set<String> functionaryIds = new HashSet<>();
        for (Analysis.Official o : found) {
            if (careerPosts.covers(o.title(), o.party())) {
                functionaries.add(o);
                functionaryIds.add(o.officialId());
            } else {
                officials.add(o);
            }
        }
        if (functionaries.isEmpty()) {
            return new Result(found, List.of(), statements);
        }
        List<Analysis.Statement> renamed = new ArrayList<>(statements.size());
        for (Analysis.Statement s : statements) {
            boolean byFunctionary = s.speaker() != null && functionaryIds.contains(s.speaker().officialId());
            renamed.add(byFunctionary ? s.withSpeaker(new Analysis.Speaker(null, s.speaker().name())) : s);
        }
        return new Result(List.copyOf(officials), List.copyOf(functionaries), List.copyOf(renamed));
    }
}
