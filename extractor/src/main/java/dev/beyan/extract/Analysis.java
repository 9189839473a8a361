package dev.beyan.extract;

import java.util.List;

/**
 * What the extractor found in one text; serialises to {@code contracts/analysis.schema.json}. {@code functionaries}
 * (an extra property the contract allows) are the people named with a career post of the civil service, the
 * security forces or the judiciary ("İl Emniyet Müdürü", "Garnizon Komutanı"), in the same shape as officials.
 */
public record Analysis(ExtractorInfo extractor, List<Official> officials, List<Official> functionaries,
                       List<Place> places, List<Statement> statements) {

    public record ExtractorInfo(String name, String version) {
    }

    /**
     * A named person holding (or running for, or having held) a public or party office. {@code source} tells where
     * the office came from: {@code text} (the release says it) or {@code registry} (the release names the person
     * and a public register gives the office).
     */
    public record Official(String officialId, String name, String title, String org, String party,
                           String province, String district, boolean former, String source, List<Span> mentions) {
        public static final String FROM_TEXT = "text";
        public static final String FROM_REGISTRY = "registry";

        /** The same official, tied to {@code newParty}. */
        public Official withParty(String newParty) {
            return new Official(officialId, name, title, org, newParty, province, district, former, source, mentions);
        }

        /** The same official, in {@code newProvince}. */
        public Official withProvince(String newProvince) {
            return new Official(officialId, name, title, org, party, newProvince, district, former, source, mentions);
        }
    }

    /** A province or district of Turkey, by gazetteer id; {@code kind} is "province" or "district". */
    public record Place(String placeId, String name, String kind, String province, List<Span> mentions) {
    }

    /** Who said what; {@code kind} is "direct" or "indirect"; segments are joined by a blank line in {@code text}. */
    public record Statement(String kind, String text, Speaker speaker, String cue, List<Span> segments) {
        /** The same statement, said by {@code newSpeaker}. */
        public Statement withSpeaker(Speaker newSpeaker) {
            return new Statement(kind, text, newSpeaker, cue, segments);
        }
    }

    /**
     * The speaker; {@code officialId} is one of the analysis's officials, null for speakers who hold no office in
     * the text or hold a career post (a functionary).
     */
    public record Speaker(String officialId, String name) {
    }
}
