package dev.beyan.registry.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.beyan.common.json.Json;
import dev.beyan.extract.Analysis;
import dev.beyan.extract.Span;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.registry.identity.Handles;
import dev.beyan.registry.identity.RegisterPeople;
import dev.beyan.registry.identity.Sighting;
import io.vertx.mutiny.sqlclient.Tuple;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one analysed release contributes to the registry, as rows: its officials (with the gazetteer ids of their
 * jurisdiction and, for mayors, the election registry's party), its places, every mention and every statement.
 * {@link ContributionRows} writes them; an official's aliases are a JSON array there.
 */
final class Contributions {
    final List<Tuple> officials = new ArrayList<>();
    final List<Tuple> places = new ArrayList<>();
    final List<Tuple> mentions = new ArrayList<>();
    final List<Tuple> statements = new ArrayList<>();
    /**
     * The names (the extractor's official ids) the release contributes, each with the official id its rows carry
     * until identity is resolved; and the blocks they resolve in.
     */
    final Map<String, String> officialIds = new LinkedHashMap<>();
    final Set<String> blocks = new LinkedHashSet<>();
    final Set<Integer> provinceIds = new LinkedHashSet<>();
    final Set<Integer> districtIds = new LinkedHashSet<>();

    /**
     * What the contributions take from the release itself: statements carry its title, dateline and day, so that
     * a search answers from the statements alone.
     */
    record Release(String id, String text, String title, String dateline, LocalDate publishedOn, LocalDate seenOn) {
    }

    static Contributions of(Release release, Analysis analysis, PlaceDirectory places, MayorRegistry mayors,
                            RegisterPeople registers) {
        Contributions c = new Contributions();
        for (Analysis.Official o : analysis.officials()) {
            c.addOfficial(release.id(), release.text(), o, release.seenOn(), places, mayors, registers);
        }
        for (Analysis.Place p : analysis.places()) {
            c.addPlace(release.id(), p);
        }
        int seq = 0;
        for (Analysis.Statement s : analysis.statements()) {
            c.addStatement(release, ++seq, s);
        }
        return c;
    }

    /**
     * An official as the release names it. The link to a register entry is made here, from the release's own evidence.
     * Until identity is resolved (in the same transaction) its rows carry the id resolution gives unless a correction
     * says otherwise: the register person's when linked, else the id the mention would mint. Resolution then rewrites
     * only the rows of sightings that join another official, not every new mention and statement.
     */
    private void addOfficial(String releaseId, String text, Analysis.Official o, LocalDate seenOn,
                             PlaceDirectory places, MayorRegistry mayors, RegisterPeople registers) {
        if (officialIds.containsKey(o.officialId())) {
            return;
        }
        String block = Sighting.block(o.officialId());
        blocks.add(block);
        String handle = Handles.minted(releaseId, o.officialId());
        Integer provinceId = places.province(o.province()).map(PlaceDirectory.Province::id).orElse(null);
        Integer districtId = provinceId == null ? null
                : places.district(provinceId, o.district()).map(PlaceDirectory.District::id).orElse(null);
        String folded = TurkishText.asciiFold(o.name());
        var mayor = mayors.find(o.title(), provinceId == null ? 0 : provinceId, districtId == null ? 0 : districtId, folded);
        String party = o.party() != null ? o.party() : mayor.map(MayorRegistry.Mayor::party).orElse(null);
        String partySource = o.party() != null ? "text" : mayor.isPresent() ? "registry" : null;
        Set<String> aliases = new TreeSet<>();
        for (Span span : o.mentions()) {
            String surface = span.of(text);
            if (!surface.equals(o.name())) {
                aliases.add(surface);
            }
        }
        StringBuilder search = new StringBuilder(folded);
        aliases.forEach(a -> search.append(' ').append(TurkishText.asciiFold(a)));
        var entry = registers.link(o.title(), provinceId == null ? 0 : provinceId, districtId == null ? 0 : districtId,
                folded, seenOn);
        String provisional = entry.map(e -> Handles.registered(e.person())).orElse(handle);
        officialIds.put(o.officialId(), provisional);
        for (Span span : o.mentions()) {
            mentions.add(Tuple.of(releaseId, "official", provisional, span.start(), span.end(), o.officialId()));
        }
        officials.add(Tuple.tuple(Arrays.asList(releaseId, provisional, o.name(), folded, json(aliases), search.toString(),
                o.title(), o.org(), party, partySource,
                mayor.map(MayorRegistry.Mayor::office).orElse(null), provinceId, districtId, o.former(), seenOn,
                o.mentions().size(), o.officialId(), block, handle, entry.map(RegisterPeople.Entry::id).orElse(null),
                entry.map(e -> Handles.registered(e.person())).orElse(null))));
    }

    private void addPlace(String releaseId, Analysis.Place p) {
        int id = Integer.parseInt(p.placeId());
        String kind = p.kind();
        (kind.equals("province") ? provinceIds : districtIds).add(id);
        places.add(Tuple.of(releaseId, kind, id, p.mentions().size()));
        for (Span span : p.mentions()) {
            mentions.add(Tuple.tuple(Arrays.asList(releaseId, kind, Integer.toString(id), span.start(), span.end(), null)));
        }
    }

    private void addStatement(Release release, int seq, Analysis.Statement s) {
        List<Span> segments = s.segments();
        String speakerName = s.speaker() == null ? null : s.speaker().name();
        String speakerKey = s.speaker() == null ? null : s.speaker().officialId();
        String speakerId = speakerKey == null ? null : officialIds.get(speakerKey);
        statements.add(Tuple.tuple(Arrays.asList(release.id() + ":" + seq, release.id(), seq, s.kind(), s.text(),
                TurkishText.asciiFold(s.text()), s.cue(), speakerName, speakerId, release.publishedOn(),
                segments.get(0).start(), segments.get(segments.size() - 1).end(), json(segments), release.title(),
                release.dateline(), speakerKey)));
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
