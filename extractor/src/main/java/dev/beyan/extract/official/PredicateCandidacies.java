package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A candidacy told as the predicate of a copula: "partinin Samsun Büyükşehir Belediye Başkan adayının Atakum
 * Belediye Başkanı A olduğunu açıkladı", "Karesi Belediye Başkan Adayı ise B oldu", "Sinop adayının C olacağını".
 * The candidacy, named before the holder, is the holder's; news names a candidate by the race, so it comes first
 * among their offices, unless the holder's own title stands between: that one is the title given with the name, and
 * the candidacy is only said of them.
 */
final class PredicateCandidacies {
    /** "aday", "adayı", "adayının" (ASCII-folded). */
    private static final Set<String> CANDIDATE_WORDS = Set.of("adayi", "adayinin");
    /** Particles of contrast or addition between the candidacy and the holder: "adayı ise B oldu". */
    private static final Set<String> PARTICLES = Set.of("ise", "de", "da");
    /** Starts of the copula after the holder: "olduğunu", "oldu", "olacağını". */
    private static final List<String> COPULAS = List.of("oldu", "olacag");
    private static final Set<String> HEADS = Set.of("baskan", "baskani");
    private static final String MUNICIPALITY = "belediye";
    private static final String METROPOLITAN = "buyuksehir";
    /** How many words of the holder's own title may stand between the candidacy and the name. */
    private static final int APPOSED_WINDOW = 6;
    private static final Title MAYORAL = CandidateListFinder.CANDIDATE;
    private static final Title METROPOLITAN_MAYORAL = new Title("Büyükşehir Belediye Başkan Adayı",
            TitleScope.METROPOLITAN, null, false, false);

    private final Jurisdictions jurisdictions = new Jurisdictions();

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        for (int k = 1; k < text.size(); k++) {
            if (!TurkishText.startsWithAny(text.key(k), COPULAS) || index.nameCovering[k - 1] < 0) {
                continue;
            }
            NameSpan name = index.names.get(index.nameCovering[k - 1]);
            int candidacy = candidacyBefore(text, name.start());
            if (name.end() != k - 1 || candidacy < 0) {
                continue;
            }
            int titleStart = candidacy;
            Title title = null;
            int j = candidacy - 1;
            if (j >= 0 && text.get(j).allCaps() && (text.get(candidacy).sepBefore() & Separator.PARENTHESIS) != 0) {
                j--; // "Büyükşehir Belediye Başkan (SBB) adayının"
            }
            if (j >= 1 && HEADS.contains(text.key(j)) && text.key(j - 1).equals(MUNICIPALITY)) {
                boolean metropolitan = j >= 2 && text.key(j - 2).equals(METROPOLITAN);
                title = metropolitan ? METROPOLITAN_MAYORAL : MAYORAL;
                titleStart = metropolitan ? j - 2 : j - 1;
            }
            PlaceMention place = titleStart > 0 ? index.placeEndingAt[titleStart - 1] : null;
            if (title == null && place == null) {
                continue; // "adayının A olduğu": a candidate for what, the sentence does not say
            }
            if (title == null) {
                title = MAYORAL; // "Sinop adayının": the town's race
            }
            Party party = index.partyInSentenceBefore(titleStart);
            List<Object> places = place == null ? List.of() : List.of(place);
            Modifiers mods = new Modifiers(titleStart, party, places, false);
            Jurisdictions.Resolved where = jurisdictions.resolve(index, title, mods, party, titleStart, false);
            int position = ownTitleBetween(text, candidacy, name.start()) ? name.start() : titleStart;
            out.add(new TitleEvidenceFinder.Found(name, -1, new Evidence(position, title.canonical(), title.scope(),
                    where.org(), party == null ? null : party.shortName(), where.province(), where.district(), false,
                    place != null)));
        }
        return out;
    }

    /** Whether the holder's own title stands between the candidacy and the name, the particle passed over. */
    private static boolean ownTitleBetween(TokenizedText text, int candidacy, int nameStart) {
        int k = candidacy + 1;
        if (k < nameStart && PARTICLES.contains(text.key(k))) {
            k++;
        }
        return k < nameStart;
    }

    /**
     * The word "adayı" / "adayının" before the name at {@code nameStart}, past a particle and the holder's own title
     * (capitalised words), in the same sentence; or -1.
     */
    private static int candidacyBefore(TokenizedText text, int nameStart) {
        int sentence = text.sentenceOf(nameStart);
        int j = nameStart - 1;
        while (j >= 0 && nameStart - j <= APPOSED_WINDOW && text.sentenceOf(j) == sentence
                && text.get(j).capitalized() && !CANDIDATE_WORDS.contains(text.key(j))
                && Separator.isPhraseInternal(text.get(j + 1).sepBefore())) {
            j--;
        }
        if (j >= 0 && PARTICLES.contains(text.key(j)) && text.sentenceOf(j) == sentence) {
            j--;
        }
        return j >= 0 && CANDIDATE_WORDS.contains(text.key(j)) && text.sentenceOf(j) == sentence ? j : -1;
    }
}
