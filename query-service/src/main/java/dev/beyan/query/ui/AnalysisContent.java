package dev.beyan.query.ui;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What an analysis found, read from its JSON ({@code contracts/analysis.schema.json}) as the event recorded it.
 * Read leniently: the contract allows extra properties, and an older extractor may have left optional ones out.
 */
record AnalysisContent(List<Official> officials, List<Official> functionaries, List<Place> places,
                       List<Statement> statements) {

    record Span(int start, int end) {
    }

    record Official(String officialId, String name, String title, String org, String party, String province,
                    String district, List<Span> mentions) {
    }

    record Place(String placeId, String name, String kind, List<Span> mentions) {
    }

    record Statement(String kind, String text, String speakerId, String speakerName, String cue,
                     List<Span> segments) {
    }

    static final AnalysisContent NONE = new AnalysisContent(List.of(), List.of(), List.of(), List.of());

    static AnalysisContent of(JsonNode analysis) {
        List<Official> officials = people(analysis.path("officials"));
        // holders of career posts (extractor 1.17.52 on); older analyses have none
        List<Official> functionaries = people(analysis.path("functionaries"));
        List<Place> places = new ArrayList<>();
        for (JsonNode p : analysis.path("places")) {
            places.add(new Place(text(p, "placeId"), text(p, "name"), text(p, "kind"), spans(p.path("mentions"))));
        }
        List<Statement> statements = new ArrayList<>();
        for (JsonNode s : analysis.path("statements")) {
            JsonNode speaker = s.path("speaker");
            statements.add(new Statement(text(s, "kind"), text(s, "text"), text(speaker, "officialId"),
                    text(speaker, "name"), text(s, "cue"), spans(s.path("segments"))));
        }
        return new AnalysisContent(officials, functionaries, places, statements);
    }

    private static List<Official> people(JsonNode array) {
        List<Official> people = new ArrayList<>();
        for (JsonNode o : array) {
            people.add(new Official(text(o, "officialId"), text(o, "name"), text(o, "title"), text(o, "org"),
                    text(o, "party"), text(o, "province"), text(o, "district"), spans(o.path("mentions"))));
        }
        return people;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static List<Span> spans(JsonNode array) {
        List<Span> spans = new ArrayList<>();
        for (JsonNode s : array) {
            spans.add(new Span(s.path("start").asInt(-1), s.path("end").asInt(-1)));
        }
        return spans;
    }
}
