package dev.beyan.query.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beyan.query.official.MentionEntity;
import dev.beyan.query.release.AuditEvent;
import dev.beyan.query.release.ReleaseCatalog;
import dev.beyan.query.release.ReleaseHistory;
import dev.beyan.query.release.ReleaseView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.RawString;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles the release page from the release read model (or, as of an event, the fold of the stream up to it),
 * the stream's events and the read model's mentions. Officials link by the id the read model gives them, matched
 * to the analysis by the offsets of their mentions; an analysis the read model no longer reflects (an older one)
 * borrows those ids, and only an official the read model never had keeps the analysis' own id.
 */
@ApplicationScoped
public class ReleasePages {
    private final ReleaseCatalog catalog;
    private final ReleaseHistory history;

    public ReleasePages(ReleaseCatalog catalog, ReleaseHistory history) {
        this.catalog = catalog;
        this.history = history;
    }

    Uni<ReleasePage> page(String id, String asOfParam, Labels labels) {
        boolean asOf = asOfParam != null && !asOfParam.isBlank();
        return history.events(id).chain(events -> (asOf ? history.asOf(id, asOfParam) : catalog.get(id))
                .chain(state -> officialMentions(id)
                        .map(mentions -> build(state, asOf, events.items(), mentions, labels))));
    }

    private static Uni<List<MentionEntity>> officialMentions(String releaseId) {
        return Panache.withSession(() -> MentionEntity.<MentionEntity>list(
                "releaseId = ?1 and entityKind = 'official'", releaseId));
    }

    private static ReleasePage build(ReleaseView state, boolean asOf, List<AuditEvent> events,
                                     List<MentionEntity> mentions, Labels labels) {
        long shownAt = state.lastPosition();
        AuditEvent shownAnalysis = null;
        AuditEvent latestAnalysis = null;
        for (AuditEvent e : events) {
            if (e.type().equals("ReleaseAnalyzed")) {
                latestAnalysis = e;
                if (e.position() <= shownAt) {
                    shownAnalysis = e;
                }
            }
        }
        Map<String, String> officialIds = officialIds(latestAnalysis, mentions);
        boolean ofThisText = shownAnalysis != null
                && shownAnalysis.data().path("analyzedVersion").asLong() == state.textVersion();
        AnalysisContent found = ofThisText ? AnalysisContent.of(shownAnalysis.data().path("analysis"))
                : AnalysisContent.NONE;
        Findings findings = new Findings(found, officialIds, labels);
        ReleasePage.ShownAnalysis analysis = !ofThisText ? null : new ReleasePage.ShownAnalysis(
                shownAnalysis.data().path("extractorName").asText(), shownAnalysis.data().path("extractorVersion").asText(),
                state.textVersion(), shownAnalysis.position(), shownAnalysis.recordedAt());
        return new ReleasePage(state, asOf, new RawString(MarkedText.render(state.text(), findings.highlights)),
                analysis, !ofThisText, findings.officials, findings.functionaries, findings.places,
                findings.statements,
                timeline(events, shownAt));
    }

    /** Analysis official id to read-model official id, where a mention of the latest analysis lies at the same offsets. */
    private static Map<String, String> officialIds(AuditEvent latestAnalysis, List<MentionEntity> mentions) {
        Map<String, String> ids = new HashMap<>();
        if (latestAnalysis == null) {
            return ids;
        }
        Map<String, String> byOffsets = new HashMap<>();
        for (MentionEntity m : mentions) {
            byOffsets.put(m.start + ":" + m.end, m.entityId);
        }
        for (AnalysisContent.Official o : AnalysisContent.of(latestAnalysis.data().path("analysis")).officials()) {
            for (AnalysisContent.Span s : o.mentions()) {
                String readModelId = byOffsets.get(s.start() + ":" + s.end());
                if (readModelId != null && o.officialId() != null) {
                    ids.putIfAbsent(o.officialId(), readModelId);
                }
            }
        }
        return ids;
    }

    private static List<ReleasePage.TimelineEntry> timeline(List<AuditEvent> events, long shownAt) {
        List<ReleasePage.TimelineEntry> entries = new ArrayList<>();
        String text = null;
        AnalysisContent analysis = null;
        for (AuditEvent e : events) {
            JsonNode d = e.data();
            List<TextDiff.Part> textDiff = null;
            AnalysisDiff analysisDiff = null;
            String extractor = null;
            Long analyzedVersion = null;
            switch (e.type()) {
                case "ReleaseReceived" -> text = d.path("text").asText();
                case "ReleaseRevised" -> {
                    String revised = d.path("text").asText();
                    textDiff = text == null ? null : TextDiff.of(text, revised);
                    text = revised;
                }
                case "ReleaseAnalyzed" -> {
                    AnalysisContent next = AnalysisContent.of(d.path("analysis"));
                    analysisDiff = analysis == null ? null : AnalysisDiff.of(analysis, next);
                    analysis = next;
                    extractor = d.path("extractorName").asText() + " " + d.path("extractorVersion").asText();
                    analyzedVersion = d.path("analyzedVersion").asLong();
                }
                default -> {
                    // ReleaseRetracted: its reason is all it carries
                }
            }
            String reason = d.path("reason").isTextual() ? d.path("reason").asText() : null;
            entries.add(new ReleasePage.TimelineEntry(e.position(), e.version(), e.type(), e.recordedAt(),
                    e.metadata() == null ? null : e.metadata().actor(), reason, extractor, analyzedVersion, textDiff,
                    analysisDiff, e.position() == shownAt, e.position() > shownAt));
        }
        return entries;
    }

    /** The findings of the analysis shown, as lists and as highlights of the text. */
    private static final class Findings {
        final List<MarkedText.Highlight> highlights = new ArrayList<>();
        final List<ReleasePage.FoundOfficial> officials = new ArrayList<>();
        final List<ReleasePage.FoundOfficial> functionaries = new ArrayList<>();
        final List<ReleasePage.FoundPlace> places = new ArrayList<>();
        final List<ReleasePage.FoundStatement> statements = new ArrayList<>();
        private final Set<String> anchors = new HashSet<>();

        Findings(AnalysisContent found, Map<String, String> officialIds, Labels labels) {
            for (AnalysisContent.Official o : found.officials()) {
                String href = o.officialId() == null ? null
                        : Links.official(officialIds.getOrDefault(o.officialId(), o.officialId()));
                officials.add(person(o, href));
            }
            for (AnalysisContent.Official o : found.functionaries()) {
                functionaries.add(person(o, null)); // the registry keeps no page for a functionary
            }
            for (AnalysisContent.Place p : found.places()) {
                String href = p.placeId() == null ? null : Links.place(p.kind(), p.placeId());
                String label = p.name() + " — " + ("province".equals(p.kind()) ? labels.province() : labels.district());
                String anchor = mark(p.mentions(), "place", label, href, "p");
                places.add(new ReleasePage.FoundPlace(p.kind(), href, p.name(), p.mentions().size(), anchor));
            }
            for (AnalysisContent.Statement s : found.statements()) {
                String kind = "indirect".equals(s.kind()) ? "indirect" : "direct";
                String speaker = s.speakerName() == null ? labels.unknownSpeaker() : s.speakerName();
                String label = ("direct".equals(kind) ? labels.directQuote() : labels.indirectQuote()) + " — " + speaker;
                String anchor = mark(s.segments(), kind, label, null, "q");
                String speakerHref = s.speakerId() == null ? null
                        : Links.official(officialIds.getOrDefault(s.speakerId(), s.speakerId()));
                statements.add(new ReleasePage.FoundStatement(kind, speaker, speakerHref, s.cue(), s.text(), anchor));
            }
        }

        /** A person found, highlighted in the text as an office holder. */
        private ReleasePage.FoundOfficial person(AnalysisContent.Official o, String href) {
            String office = String.join(", ", present(o.title(), o.org(), o.party()));
            String label = office.isEmpty() ? o.name() : o.name() + " — " + office;
            String anchor = mark(o.mentions(), "official", label, href, "o");
            return new ReleasePage.FoundOfficial(href, o.name(), o.title(), o.org(), o.party(),
                    String.join(", ", present(o.district(), o.province())), o.mentions().size(), anchor);
        }

        /** Highlights each span; returns the anchor of the first, by which the lists link into the text. */
        private String mark(List<AnalysisContent.Span> spans, String kind, String label, String href, String prefix) {
            String first = null;
            for (AnalysisContent.Span s : spans) {
                String anchor = prefix + "-" + s.start();
                if (!anchors.add(anchor)) {
                    anchor = null;
                }
                highlights.add(new MarkedText.Highlight(s.start(), s.end(), kind, label, href, anchor));
                first = first == null ? anchor : first;
            }
            return first;
        }

        private static List<String> present(String... parts) {
            List<String> out = new ArrayList<>();
            for (String p : parts) {
                if (p != null && !p.isBlank() && !out.contains(p)) {
                    out.add(p);
                }
            }
            return out;
        }
    }
}
