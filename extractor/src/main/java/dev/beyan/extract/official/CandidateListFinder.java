package dev.beyan.extract.official;

import dev.beyan.extract.Span;
import dev.beyan.extract.data.AdminUnit;
import dev.beyan.extract.data.Gazetteer;
import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.data.Titles;
import dev.beyan.extract.data.Town;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.place.TownMention;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.extract.text.WordClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists of candidates by place, the way parties announce them and news reprints them:
 * <ul>
 *   <li>a run of locatives, each followed by a name: "Ayvacık'ta A, Küçükkuyu'da B ve Bayramiç'te C", also with a
 *   belde after its district ("Biga Gümüşçay'da D");</li>
 *   <li>lines of "Place: Name" ("Kızılcahamam: E" on its own line, one after another).</li>
 * </ul>
 * A plural title in the heading right before the list names the office of every item ("Yeni atanan il
 * başkanları:" over "Rize: A" lines). Without one, the list names candidates only where candidacy is the topic (a
 * word of "aday" in the sentence or the few sentences before it), and each name becomes the mayoral candidate of
 * its place. The party is the one named last before the list. A single locative before a name ("Ayvacık'ta A ile
 * görüştü") is no list: at least two items are needed.
 */
final class CandidateListFinder {
    /** Locative case endings after the apostrophe: -da/-de/-ta/-te. */
    private static final Set<String> LOCATIVE = Set.of("da", "de", "ta", "te");
    private static final String CANDIDACY_PREFIX = "aday";
    /** How many sentences before the list may carry the word of candidacy. */
    private static final int CUE_SENTENCES = 3;
    private static final int MIN_ITEMS = 2;
    /** The office of a name in a list of a party's candidates. */
    static final Title CANDIDATE = new Title("Belediye Başkan Adayı", TitleScope.MUNICIPAL, null, false, false);
    /** How many words before the list its heading's plural title may start. */
    private static final int HEADING_WINDOW = 8;

    private final Gazetteer gazetteer;
    private final Titles titles;
    private final PersonNameFinder nameFinder;
    private final Jurisdictions jurisdictions = new Jurisdictions();

    CandidateListFinder(Gazetteer gazetteer, Titles titles, PersonNameFinder nameFinder) {
        this.gazetteer = gazetteer;
        this.titles = titles;
        this.nameFinder = nameFinder;
    }

    /** One list item: the place (a {@link PlaceMention} or a {@link TownMention}), its first word, the name. */
    private record Item(Object place, int start, NameSpan name) {
    }

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        List<Item> run = new ArrayList<>();
        TokenizedText text = index.text;
        for (int k = 0; k < text.size(); k++) {
            Item item = itemAt(index, k);
            if (item == null) {
                continue;
            }
            if (!run.isEmpty() && !continuesRun(text, run.get(run.size() - 1), item)) {
                emit(index, run, out);
                run.clear();
            }
            run.add(item);
            k = item.name().end();
        }
        emit(index, run, out);
        return out;
    }

    private void emit(ArticleIndex index, List<Item> run, List<TitleEvidenceFinder.Found> out) {
        if (run.size() < MIN_ITEMS) {
            return;
        }
        Title office = headingTitle(index.text, run.get(0).start());
        if (office == null && !aboutCandidacy(index.text, run.get(0).start())) {
            return;
        }
        Title title = office == null ? CANDIDATE : office;
        Party party = index.partyBefore(run.get(0).start());
        for (Item item : run) {
            Modifiers mods = new Modifiers(item.start(), party, List.of(item.place()), false);
            Jurisdictions.Resolved where = jurisdictions.resolve(index, title, mods, party, item.start(), false);
            out.add(found(item.name(), title, where, party, true));
        }
    }

    /** The office {@code title} given to {@code name} by a list, where {@code where} says. */
    static TitleEvidenceFinder.Found found(NameSpan name, Title title, Jurisdictions.Resolved where, Party party,
                                           boolean placeNamed) {
        return new TitleEvidenceFinder.Found(name, -1, new Evidence(name.start(), title.canonical(), title.scope(),
                where.org(), party == null ? null : party.shortName(), where.province(), where.district(), false,
                placeNamed));
    }

    /** The plural title of the heading that closes right before the list with a colon ("İl Başkanları:"). */
    private Title headingTitle(TokenizedText text, int listStart) {
        if (listStart == 0 || (text.get(listStart).sepBefore() & Separator.NEWLINE) == 0) {
            return null;
        }
        int from = Math.max(0, listStart - HEADING_WINDOW);
        for (int k = from; k < listStart; k++) {
            PhraseTable.Match<Title> match = text.is(k, WordClass.TITLE_START) ? titles.match(text.tokens(), k) : null;
            if (match != null && match.value().plural() && match.end() + 1 == listStart
                    && (text.get(listStart).sepBefore() & Separator.COLON) != 0) {
                return match.value();
            }
        }
        return null;
    }

    /** The next item follows the previous name after a comma, "ve", or a line break (one "Place: Name" a line). */
    private static boolean continuesRun(TokenizedText text, Item previous, Item next) {
        int after = previous.name().end() + 1;
        int sep = text.get(next.start()).sepBefore();
        if (next.start() == after) {
            return Separator.isListComma(sep) || (sep & Separator.NEWLINE) != 0;
        }
        return next.start() == after + 1 && text.key(after).equals("ve") && text.get(after).spaceBefore();
    }

    /** "Ayvacık'ta A", "Biga Gümüşçay'da B", or "Ayvacık: A" at the start of a line. */
    private Item itemAt(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        Token t = text.get(k);
        if (!t.capitalized() || k + 1 >= text.size()) {
            return null;
        }
        int nameSep = text.get(k + 1).sepBefore();
        boolean locative = t.hasApostrophe() && nameSep == Separator.SPACE
                && LOCATIVE.contains(TurkishText.asciiFold(text.text().substring(t.stemEnd() + 1, t.end())));
        boolean line = !t.hasApostrophe() && (nameSep & ~Separator.COLON) == 0 && nameSep != 0
                && (t.sepBefore() & (Separator.NEWLINE | Separator.START)) != 0;
        if (!locative && !line) {
            return null;
        }
        NameSpan name = index.nameStartingAt[k + 1] != null ? index.nameStartingAt[k + 1]
                : nameFinder.nameAt(text, k + 1, true);
        if (name == null) {
            return null;
        }
        Item town = townAfterItsDistrict(index, k, name);
        if (town != null) {
            return town;
        }
        PlaceMention place = index.placeEndingAt[k] != null ? index.placeEndingAt[k] : districtOfArticle(index, k);
        if (place != null) {
            return new Item(place, place.start(), name);
        }
        Town named = townOfArticle(index, text.key(k));
        return named == null ? null : new Item(new TownMention(k, named), k, name);
    }

    /** "Biga Gümüşçay'da": a belde right after the district it lies in. */
    private Item townAfterItsDistrict(ArticleIndex index, int k, NameSpan name) {
        PlaceMention district = k > 0 && index.text.get(k).spaceBefore() ? index.placeEndingAt[k - 1] : null;
        if (district == null) {
            return null;
        }
        for (Town town : gazetteer.townsNamed(index.text.key(k))) {
            if (town.district().id().equals(district.unit().id())) {
                return new Item(new TownMention(k, town), district.start(), name);
            }
        }
        return null;
    }

    /**
     * A district of a province the article names, though the place finder left it out as an ordinary word
     * ("Kiraz'da" in a list of candidates is the district).
     */
    private PlaceMention districtOfArticle(ArticleIndex index, int k) {
        for (AdminUnit unit : gazetteer.lookup(index.text.key(k))) {
            for (PlaceMention p : index.places) {
                if (!unit.isProvince() && p.unit().province().equals(unit.province())) {
                    Token t = index.text.get(k);
                    return new PlaceMention(k, k, unit, new Span(t.start(), t.stemEnd()));
                }
            }
        }
        return null;
    }

    /** A belde of a province the article names ("Kepez'de" in an article about Çanakkale). */
    private Town townOfArticle(ArticleIndex index, String key) {
        for (Town town : gazetteer.townsNamed(key)) {
            for (PlaceMention p : index.places) {
                if (p.unit().province().equals(town.district().province())) {
                    return town;
                }
            }
        }
        return null;
    }

    private static boolean aboutCandidacy(TokenizedText text, int start) {
        int firstSentence = text.sentenceOf(start) - CUE_SENTENCES;
        for (int k = start; k >= 0 && text.sentenceOf(k) >= firstSentence; k--) {
            if (text.key(k).startsWith(CANDIDACY_PREFIX)) {
                return true;
            }
        }
        int sentence = text.sentenceOf(start);
        for (int k = start; k < text.size() && text.sentenceOf(k) == sentence; k++) {
            if (text.key(k).startsWith(CANDIDACY_PREFIX)) {
                return true;
            }
        }
        return false;
    }
}
