package dev.beyan.query.ui;

import dev.beyan.query.release.ReleaseView;
import io.quarkus.qute.RawString;

import java.time.Instant;
import java.util.List;

/**
 * Everything the release page shows: the release as known now or at a past event ({@code asOf}), its text with
 * the highlights of the analysis of that very text, what that analysis found (functionaries, the holders of career
 * posts, apart from the officials and without a page of their own), and the whole event timeline with the point
 * shown marked.
 */
public record ReleasePage(ReleaseView release, boolean asOf, RawString markedText, ShownAnalysis analysis,
                   boolean textNotAnalysed, List<FoundOfficial> officials, List<FoundOfficial> functionaries,
                   List<FoundPlace> places, List<FoundStatement> statements, List<TimelineEntry> timeline) {

    /** The heading: the title, else the dateline, else the id. */
    public String heading() {
        return release.title() != null && !release.title().isBlank() ? release.title()
                : release.dateline() != null ? release.dateline() + " · " + release.id() : release.id();
    }

    public boolean retracted() {
        return "retracted".equals(release.status());
    }

    public record ShownAnalysis(String extractorName, String extractorVersion, long textVersion, long position,
                         Instant recordedAt) {
    }

    public record FoundOfficial(String href, String name, String title, String org, String party, String place,
                         int mentions, String anchor) {
    }

    public record FoundPlace(String kind, String href, String name, int mentions, String anchor) {
    }

    public record FoundStatement(String kind, String speakerName, String speakerHref, String cue, String text,
                          String anchor) {
    }

    /**
     * One event of the stream: {@code textDiff} for a revision (against the text before it), {@code analysisDiff}
     * for an analysis after the first (against the analysis before it); {@code shown} marks the event the page
     * shows the release as of, {@code later} the events after it.
     */
    public record TimelineEntry(long position, long version, String type, Instant recordedAt, String actor, String reason,
                         String extractor, Long analyzedVersion, List<TextDiff.Part> textDiff,
                         AnalysisDiff analysisDiff, boolean shown, boolean later) {
    }
}
