package dev.beyan.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One extractor serves many threads and gives each text the same analysis every time. */
class ExtractorConcurrencyTest {

    @Test
    void givesTheSameAnalysisFromManyThreadsAsFromOne() throws Exception {
        List<String> texts = SyntheticArticles.generate(200, 7L);
        List<Analysis> sequential = texts.stream().map(SharedExtractor.get()::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Analysis>> parallel = texts.stream()
                    .map(t -> pool.submit(() -> SharedExtractor.get().analyze(t))).toList();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
