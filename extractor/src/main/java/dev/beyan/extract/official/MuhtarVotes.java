package dev.beyan.extract.official;

import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.TokenizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * The votes of a muhtar's election: "Muhtarlık seçiminde A 512 oy alarak muhtar seçildi. Diğer adaylar ise; B 498,
 * C 120 ve D 35 oy aldı." A name followed by its count of votes, in a sentence about a muhtarlık election (or one
 * of the three after it), is a candidate for muhtar ("Muhtar Adayı"), or the muhtar where the same clause says the
 * name was elected. Muhtars stand without parties; the place is the neighbourhood's district, named before.
 */
final class MuhtarVotes {
    static final Title MUHTAR = new Title("Muhtar", TitleScope.NEIGHBOURHOOD, null, false, false);
    static final Title CANDIDATE = new Title("Muhtar Adayı", TitleScope.NEIGHBOURHOOD, null, false, false);
    /** "muhtarlık seçimi", "muhtarlık ara seçiminde": the word that names the race. */
    private static final String RACE = "muhtarlik";
    /** How many sentences before the votes may name the race. */
    private static final int RACE_SENTENCES = 3;

    private final Jurisdictions jurisdictions = new Jurisdictions();

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        for (NameSpan name : index.names) {
            int count = name.end() + 1;
            if (count >= text.size() || !text.get(count).digits() || CongressChairs.titledBefore(text, name.start())
                    || !aboutTheRace(text, name.start())) {
                continue;
            }
            int votes = CongressVotes.votesAfter(text, count);
            if (votes < 0) {
                continue;
            }
            Title title = CongressVotes.electedAfter(text, votes) ? MUHTAR : CANDIDATE;
            PlaceMention place = CongressChairs.placeInSentenceBefore(index, name.start());
            List<Object> places = place == null ? List.of() : List.of(place);
            Modifiers mods = new Modifiers(name.start(), null, places, false);
            Jurisdictions.Resolved where = jurisdictions.resolve(index, title, mods, null, name.start(), false);
            out.add(new TitleEvidenceFinder.Found(name, -1, new Evidence(name.start(), title.canonical(),
                    title.scope(), where.org(), null, where.province(), where.district(), false, place != null)));
        }
        return out;
    }

    private static boolean aboutTheRace(TokenizedText text, int start) {
        int first = text.sentenceOf(start) - RACE_SENTENCES;
        for (int k = start - 1; k >= 0 && text.sentenceOf(k) >= first; k--) {
            if (text.key(k).startsWith(RACE)) {
                return true;
            }
        }
        return false;
    }
}
