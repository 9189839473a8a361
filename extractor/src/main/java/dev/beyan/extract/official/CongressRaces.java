package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.WordClass;

import java.util.ArrayList;
import java.util.List;

/**
 * A race for a party chair at a congress: "Sinop il kongresinde il başkanlığı için Kemal Sezer ile Oya Tan yarıştı",
 * "ilçe başkanlığı için yarışan A ve B". Each contender the sentence names is a candidate for that chair ("İl Başkan
 * Adayı", "İlçe Başkan Adayı") of the party the article named last before, in the place the sentence names; a
 * contender given an office right before the name ("mevcut başkan A") keeps that office.
 */
final class CongressRaces {
    /** Starts of the verb of competing: "yarıştı", "yarıştılar", "yarışacak", "yarışan". */
    private static final String COMPETING = "yaris";
    private static final String CHAIRMANSHIP = "baskanligi";
    private static final String FOR = "icin";
    private static final String PROVINCE_LEVEL = "il";
    private static final String DISTRICT_LEVEL = "ilce";
    private static final Title PROVINCE_CANDIDATE =
            new Title("İl Başkan Adayı", TitleScope.PARTY_PROVINCE, null, false, false);
    private static final Title DISTRICT_CANDIDATE =
            new Title("İlçe Başkan Adayı", TitleScope.PARTY_DISTRICT, null, false, false);

    private final Jurisdictions jurisdictions = new Jurisdictions();

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        for (int k = 2; k < text.size(); k++) {
            if (k + 1 >= text.size() || !text.key(k).equals(CHAIRMANSHIP) || !text.key(k + 1).equals(FOR)) {
                continue;
            }
            String level = text.key(k - 1);
            Title title = level.equals(PROVINCE_LEVEL) ? PROVINCE_CANDIDATE
                    : level.equals(DISTRICT_LEVEL) ? DISTRICT_CANDIDATE : null;
            int verb = competingAfter(text, k + 2);
            Party party = index.partyBefore(k);
            if (title == null || verb < 0 || party == null) {
                continue;
            }
            PlaceMention place = CongressElections.placeInSentenceBefore(index, k);
            for (NameSpan name : index.names) {
                if (text.sentenceOf(name.start()) != text.sentenceOf(k) || name.end() >= verb
                        || text.get(name.end()).hasApostrophe() || titledBefore(text, name.start())) {
                    continue;
                }
                List<Object> places = place == null ? List.of() : List.of(place);
                Modifiers mods = new Modifiers(name.start(), party, places, false);
                Jurisdictions.Resolved where = jurisdictions.resolve(index, title, mods, party, name.start(), false);
                out.add(new TitleEvidenceFinder.Found(name, -1, new Evidence(name.start(), title.canonical(),
                        title.scope(), where.org(), party.shortName(), where.province(), where.district(), false,
                        place != null)));
            }
        }
        return out;
    }

    /** The verb of competing later in the sentence, or -1. */
    private static int competingAfter(TokenizedText text, int from) {
        for (int j = from; j < text.size() && text.sentenceOf(j) == text.sentenceOf(from - 1); j++) {
            if (text.key(j).startsWith(COMPETING)) {
                return j;
            }
        }
        return -1;
    }

    /** "mevcut başkan A", "İl Başkanı A": an office right before the name, which the name keeps. */
    static boolean titledBefore(TokenizedText text, int start) {
        return start > 0 && (text.is(start - 1, WordClass.TITLE_END) || text.key(start - 1).startsWith("baskan"));
    }
}
