package dev.beyan.extract.official;

import dev.beyan.extract.data.Division;
import dev.beyan.extract.data.Gazetteer;
import dev.beyan.extract.data.TitleScope;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "AK Parti'nin Antalya adayı A", "Bursa için B'yi aday gösterdi": a mayoral candidacy named with a metropolitan
 * province alone is for its metropolitan municipality, the only municipality of the whole province.
 */
final class MetropolitanCandidacy {
    private static final String METROPOLITAN_TITLE = "Büyükşehir Belediye Başkan Adayı";
    private static final String METROPOLITAN_ORG = " Büyükşehir Belediyesi";

    private final Set<String> metropolitanProvinces = new HashSet<>();

    MetropolitanCandidacy(Gazetteer gazetteer) {
        for (Division d : gazetteer.divisions()) {
            if (d.metropolitan()) {
                metropolitanProvinces.add(d.unit().name());
            }
        }
    }

    /** Each finding, a municipal candidacy named with a metropolitan province alone made the metropolitan one. */
    List<TitleEvidenceFinder.Found> apply(List<TitleEvidenceFinder.Found> found) {
        return found.stream().map(this::apply).toList();
    }

    private TitleEvidenceFinder.Found apply(TitleEvidenceFinder.Found f) {
        Evidence e = f.evidence();
        if (!e.title().equals(CandidateListFinder.CANDIDATE.canonical()) || !e.placeNamed() || e.district() != null
                || !metropolitanProvinces.contains(e.province())) {
            return f;
        }
        return new TitleEvidenceFinder.Found(f.name(), f.surname(), new Evidence(e.position(), METROPOLITAN_TITLE,
                TitleScope.METROPOLITAN, e.province() + METROPOLITAN_ORG, e.party(), e.province(), null, e.former(),
                true));
    }
}
