package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.TokenizedText;

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

    private final CongressChairs chairs = new CongressChairs();

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        for (int k = 2; k < text.size(); k++) {
            if (k + 1 >= text.size() || !text.key(k).equals(CHAIRMANSHIP) || !text.key(k + 1).equals(FOR)) {
                continue;
            }
            Title title = CongressChairs.candidacyAt(text.key(k - 1));
            int verb = competingAfter(text, k + 2);
            Party party = index.partyBefore(k);
            if (title == null || verb < 0 || party == null) {
                continue;
            }
            PlaceMention place = CongressChairs.placeInSentenceBefore(index, k);
            for (NameSpan name : index.names) {
                if (text.sentenceOf(name.start()) != text.sentenceOf(k) || name.end() >= verb
                        || text.get(name.end()).hasApostrophe() || CongressChairs.titledBefore(text, name.start())) {
                    continue;
                }
                out.add(chairs.evidence(index, name, title, party, place));
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
}
