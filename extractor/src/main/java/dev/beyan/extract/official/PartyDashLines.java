package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.TokenizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of an election result as news prints them, one candidate a block: a line "PARTY - NAME" (or
 * "BAĞIMSIZ - NAME" for an independent), then a line with the place, "Province - District" or "Province", then the
 * votes. In an article about an election each such name is a mayoral candidate of that place and party.
 */
final class PartyDashLines {
    private static final String INDEPENDENT = "bagimsiz";
    private static final List<String> ELECTION_WORDS = List.of("aday", "secim");

    private final PersonNameFinder nameFinder;
    private final Jurisdictions jurisdictions = new Jurisdictions();

    PartyDashLines(PersonNameFinder nameFinder) {
        this.nameFinder = nameFinder;
    }

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        TokenizedText text = index.text;
        Boolean election = null; // read only when a line qualifies: most texts have none
        for (int k = 0; k < text.size(); k++) {
            if (!startsLine(text, k)) {
                continue;
            }
            PhraseTable.Match<Party> party = index.partyStartingAt[k];
            boolean independent = party == null && text.key(k).equals(INDEPENDENT);
            int dashAt = party != null ? party.end() + 1 : k + 1;
            if ((party == null && !independent) || dashAt >= text.size()
                    || (text.get(dashAt).sepBefore() & Separator.DASH) == 0) {
                continue;
            }
            election = election != null ? election : aboutElection(text);
            if (!election) {
                return out;
            }
            NameSpan name = index.nameStartingAt[dashAt] != null ? index.nameStartingAt[dashAt]
                    : nameFinder.nameAt(text, dashAt, true);
            if (name == null || !(name.end() + 1 >= text.size() || startsLine(text, name.end() + 1))) {
                continue;
            }
            PlaceMention place = placeOfLine(index, name.end() + 1);
            List<Object> places = place == null ? List.of() : List.of(place);
            Party of = party == null ? null : party.value();
            Modifiers mods = new Modifiers(k, of, places, false);
            Title title = CandidateListFinder.CANDIDATE;
            Jurisdictions.Resolved where = jurisdictions.resolve(index, title, mods, of, k, false);
            out.add(CandidateListFinder.found(name, title, where, of, place != null));
            k = name.end();
        }
        return out;
    }

    /** The last place named on the line starting at word {@code k} ("Ankara - Etimesgut"), or null. */
    private static PlaceMention placeOfLine(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        PlaceMention last = null;
        for (int j = k; j < text.size() && (j == k || !startsLine(text, j)); j++) {
            if (index.placeEndingAt[j] != null) {
                last = index.placeEndingAt[j];
            }
        }
        return last;
    }

    private static boolean startsLine(TokenizedText text, int k) {
        return (text.get(k).sepBefore() & (Separator.NEWLINE | Separator.START)) != 0;
    }

    private static boolean aboutElection(TokenizedText text) {
        for (int k = 0; k < text.size(); k++) {
            String key = text.key(k);
            for (String word : ELECTION_WORDS) {
                if (key.startsWith(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
