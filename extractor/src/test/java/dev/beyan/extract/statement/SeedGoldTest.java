package dev.beyan.extract.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed article's statements match its gold exactly: kind, text and speaker, in order. */
class SeedGoldTest {

    @Test
    void matchesSeedGoldExactly() throws Exception {
        String file = Files.readString(Path.of("../seeds/000_d70b2ed9d009a380.txt"));
        String text = file.substring(file.indexOf('\n') + 1); // the first line is the seed's "date" header
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("seed-gold.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        List<Analysis.Official> officials = new ArrayList<>();
        for (JsonNode o : gold.path("officials")) {
            officials.add(Fixtures.official(text, o.get("name").asText()));
        }
        List<Analysis.Statement> found = Fixtures.FINDER.find(SharedExtractor.get().read(text), officials);
        Fixtures.assertSpansPointAtText(text, found);

        List<String> expected = new ArrayList<>();
        for (JsonNode s : gold.path("statements")) {
            expected.add(s.get("kind").asText() + " | " + s.get("speaker").asText() + " | " + s.get("text").asText());
        }
        List<String> actual = found.stream()
                .map(s -> s.kind() + " | " + s.speaker().name() + " | " + s.text()).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }
}
