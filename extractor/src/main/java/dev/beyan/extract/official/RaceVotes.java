package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;

import java.util.ArrayList;
import java.util.List;

/**
 * The votes of a mayoral race, told by party: "Sinop'ta CHP'li A 29 bin 227 oy alırken, rakibi AK Partili B 28 bin 999
 * oyda kaldı", "Sinop'ta MHP'li C'ye 12 bin oy çıktı", "kazanan MHP'li D ile CHP'li aday E arasında 403 oy fark vardı".
 * A name after a party's adjective ("CHP'li", "AK Partili", then "aday" at most), in a sentence that counts votes
 * after it, is that party's candidate for mayor of the place named last before it in the sentence or on its line's
 * label ("Sinop: ..."), or for acting mayor where the council votes for one. A congress's votes name no party by adjective ({@link CongressVotes}), a muhtar's none at all
 * ({@link MuhtarVotes}).
 */
final class RaceVotes {
    private static final Title CANDIDATE = CandidateListFinder.CANDIDATE;
    /** "CHP'li aday A": the bare noun of candidacy between the adjective and the name. */
    private static final String CANDIDATE_WORD = "aday";
    /** Words of a count's unit after the digits: "29 bin 227 oy". */
    private static final String THOUSAND = "bin";
    private static final String VOTES = "oy";
    /** How many words after the name may hold the count of its votes: "ise yüzde 47,99 oranla 11 bin 421 oyda". */
    private static final int COUNT_WINDOW = 12;
    /** Starts of words that say whose votes are counted in a party's congress, not a town's race. */
    private static final List<String> CONGRESS = List.of("kongre", "delege");

    private final Jurisdictions jurisdictions = new Jurisdictions();

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        if (aboutACongress(text)) {
            return out;
        }
        for (NameSpan name : index.names) {
            int adjective = name.start() - 1;
            if (adjective >= 0 && text.key(adjective).equals(CANDIDATE_WORD)) {
                adjective--;
            }
            if (adjective < 0 || index.partyEndingAt[adjective] == null || !index.isPartyAdjective(adjective)
                    || CongressChairs.titledBefore(text, name.start()) || !votesCountedAfter(text, name.end())) {
                continue;
            }
            Party party = index.partyEndingAt[adjective].value();
            int partyStart = index.partyEndingAt[adjective].start();
            Title acting = Nominations.actingMayorCandidacy(text, partyStart);
            Title title = acting != null ? acting : CANDIDATE; // the council's vote for an acting mayor
            PlaceMention place = CongressChairs.placeInSentenceBefore(index, partyStart);
            List<Object> places = place == null ? List.of() : List.of(place);
            Modifiers mods = new Modifiers(partyStart, party, places, false);
            Jurisdictions.Resolved where = jurisdictions.resolve(index, title, mods, party, partyStart, false);
            out.add(new TitleEvidenceFinder.Found(name, -1, new Evidence(name.start(), title.canonical(),
                    title.scope(), where.org(), party.shortName(), where.province(), where.district(), false,
                    place != null)));
        }
        return out;
    }

    private static boolean aboutACongress(TokenizedText text) {
        for (int k = 0; k < text.size(); k++) {
            if (TurkishText.startsWithAny(text.key(k), CONGRESS)) {
                return true;
            }
        }
        return false;
    }

    /** A count of votes in the name's sentence, a few words after it: "29 bin 227 oy", "403 oy fark", "oyda kaldı". */
    private static boolean votesCountedAfter(TokenizedText text, int nameEnd) {
        int sentence = text.sentenceOf(nameEnd);
        for (int k = nameEnd + 1; k < text.size() && k <= nameEnd + COUNT_WINDOW && text.sentenceOf(k) == sentence;
                k++) {
            boolean count = text.get(k - 1).digits() || text.key(k - 1).equals(THOUSAND);
            if (count && text.key(k).startsWith(VOTES) && text.key(k).length() <= VOTES.length() + 2) {
                return true; // "oy", "oyu", "oyda"; not "oylama"
            }
        }
        return false;
    }
}
