package dev.beyan.query.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beyan.common.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisDiffTest {

    @Test
    void comparesFindingsByWhatTheySayNotWhereTheyStand() throws Exception {
        AnalysisContent before = AnalysisContent.of(json("""
                {"officials":[{"officialId":"umit-erkol","name":"Ümit Erkol","title":"İl Başkanı","org":"CHP",
                  "mentions":[{"start":20,"end":30}]}],
                 "places":[{"placeId":"1231","name":"Çankaya","kind":"district","mentions":[{"start":40,"end":47}]}],
                 "statements":[{"kind":"direct","text":"Eski söz","speaker":{"name":"Ümit Erkol"},"segments":[]}]}"""));
        AnalysisContent after = AnalysisContent.of(json("""
                {"officials":[{"officialId":"umit-erkol","name":"Ümit Erkol","title":"İl Başkanı","org":"CHP",
                  "mentions":[{"start":25,"end":35}]}],
                 "places":[{"placeId":"1231","name":"Çankaya","kind":"district","mentions":[{"start":45,"end":52}]},
                           {"placeId":"1302","name":"Keçiören","kind":"district","mentions":[{"start":60,"end":68}]}],
                 "statements":[{"kind":"direct","text":"Yeni söz","speaker":{"name":"Ümit Erkol"},"segments":[]}]}"""));
        AnalysisDiff diff = AnalysisDiff.of(before, after);
        assertThat(diff.added()).containsExactly(new AnalysisDiff.Change("place", "Keçiören"),
                new AnalysisDiff.Change("direct", "Ümit Erkol: “Yeni söz”"));
        assertThat(diff.removed()).containsExactly(new AnalysisDiff.Change("direct", "Ümit Erkol: “Eski söz”"));
        assertThat(AnalysisDiff.of(after, after).isEmpty()).isTrue();
    }

    @Test
    void aPersonNowListedAsAFunctionaryIsNoLongerAnOfficial() throws Exception {
        AnalysisContent before = AnalysisContent.of(json("""
                {"officials":[{"officialId":"cem-bal","name":"Cem Bal","title":"İl Emniyet Müdürü","province":"Sinop",
                  "mentions":[{"start":0,"end":7}]}], "places":[], "statements":[]}"""));
        AnalysisContent after = AnalysisContent.of(json("""
                {"officials":[], "functionaries":[{"officialId":"cem-bal","name":"Cem Bal","title":"İl Emniyet Müdürü",
                  "province":"Sinop","mentions":[{"start":0,"end":7}]}], "places":[], "statements":[]}"""));
        AnalysisDiff diff = AnalysisDiff.of(before, after);
        String person = "Cem Bal (İl Emniyet Müdürü, Sinop)";
        assertThat(diff.removed()).containsExactly(new AnalysisDiff.Change("official", person));
        assertThat(diff.added()).containsExactly(new AnalysisDiff.Change("functionary", person));
    }

    private static JsonNode json(String s) throws Exception {
        return Json.MAPPER.readTree(s);
    }
}
