package dev.beyan.query.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.beyan.query.api.QueryConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Serialised answers by request, each with the read-model generation it was computed at; bounded in bytes. */
@ApplicationScoped
public class AnswerCache {
    /** An answer's body, its entity tag and the generation it holds for. */
    public record Answer(long generation, byte[] body, String etag) {
    }

    private final Cache<String, Answer> answers;

    public AnswerCache(QueryConfig config) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.cache().maxBytes())
                .<String, Answer>weigher((key, answer) -> key.length() * 2 + answer.body().length + 64)
                .build();
    }

    /** The answer for {@code key} if it was computed at {@code generation}; an older one is dropped. */
    public Answer current(String key, long generation) {
        Answer answer = answers.getIfPresent(key);
        if (answer == null || answer.generation() == generation) {
            return answer;
        }
        answers.asMap().remove(key, answer);
        return null;
    }

    public void put(String key, Answer answer) {
        answers.put(key, answer);
    }
}
