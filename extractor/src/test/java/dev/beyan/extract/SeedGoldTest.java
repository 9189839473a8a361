package dev.beyan.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beyan.extract.input.ReleaseText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed article, analysed, equals its hand-made gold annotation exactly. */
class SeedGoldTest {
    private static final String SEED = "seed/000_d70b2ed9d009a380";
    private static Analysis analysis;
    private static JsonNode gold;

    @BeforeAll
    static void analyseSeed() throws IOException {
        String file = read(SEED + ".txt");
        analysis = SharedExtractor.get().analyze(ReleaseText.of("000_d70b2ed9d009a380.txt", file));
        gold = new ObjectMapper().readTree(read(SEED + ".json"));
    }

    @Test
    void findsExactlyTheGoldOfficials() {
        List<List<Object>> expected = new ArrayList<>();
        for (JsonNode o : gold.get("officials")) {
            expected.add(Arrays.asList(o.get("name").asText(), o.get("title").asText(), text(o, "org"),
                    text(o, "party"), text(o, "province"), text(o, "district"), o.get("former").asBoolean()));
        }
        List<List<Object>> actual = analysis.officials().stream()
                .map(o -> Arrays.<Object>asList(o.name(), o.title(), o.org(), o.party(), o.province(), o.district(),
                        o.former()))
                .toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void findsExactlyTheGoldPlaces() {
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode p : gold.get("places")) {
            expected.add(List.of(p.get("name").asText(), p.get("kind").asText(), p.get("province").asText()));
        }
        List<List<String>> actual = analysis.places().stream()
                .map(p -> List.of(p.name(), p.kind(), p.province()))
                .toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void findsExactlyTheGoldStatements() {
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode s : gold.get("statements")) {
            expected.add(List.of(s.get("kind").asText(), s.get("speaker").asText(), s.get("text").asText()));
        }
        List<List<String>> actual = analysis.statements().stream()
                .map(s -> List.of(s.kind(), s.speaker() == null ? "" : s.speaker().name(), s.text()))
                .toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void recordsTheExtractorNameAndVersion() {
        assertThat(analysis.extractor()).isEqualTo(new Analysis.ExtractorInfo(Extractor.NAME, Extractor.VERSION));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SeedGoldTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
