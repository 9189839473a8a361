package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.TokenizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * The votes of a party congress's election: "İlçe kongresinde A 112 oy alarak ilçe başkanı seçilirken, B 48, C 9 oy
 * aldı". A name followed by its count of votes, in a sentence about a provincial or district congress (or the one
 * after it), is a candidate for that chair ("İl Başkan Adayı", "İlçe Başkan Adayı") of the party the article named
 * last before; the one the same clause says was elected, and one given an office right before the name ("mevcut
 * başkan A"), keep their offices.
 */
final class CongressVotes {
    private static final String VOTES = "oy";
    private static final String WHEREAS = "ise";
    private static final String ELECTED = "secil";
    /** Starts of the words that name the congress or the chair at stake: "kongresinde", "başkanlığı". */
    private static final List<String> CONGRESS_WORDS = List.of("kongre", "baskanlig");
    /** How many words may stand between a count and the word "oy" that closes a row of counts. */
    private static final int ROW = 8;

    private final CongressChairs chairs = new CongressChairs();

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        for (NameSpan name : index.names) {
            int count = name.end() + 1;
            if (count + 1 < text.size() && text.key(count).equals(WHEREAS)) {
                count++; // "B ise 57 oy aldı"
            }
            if (count >= text.size() || !text.get(count).digits() || CongressChairs.titledBefore(text, name.start())) {
                continue;
            }
            int votes = votesAfter(text, count);
            Title title = votes < 0 || electedAfter(text, votes) ? null : congressLevel(text, name.start());
            Party party = title == null ? null : index.partyBefore(name.start());
            if (party == null) {
                continue;
            }
            PlaceMention place = CongressChairs.placeInSentenceBefore(index, name.start());
            out.add(chairs.evidence(index, name, title, party, place));
        }
        return out;
    }

    /** The word "oy" that closes the count at {@code count} ("112 oy", "48, C 9 oy"), or -1. */
    static int votesAfter(TokenizedText text, int count) {
        int sentence = text.sentenceOf(count);
        for (int k = count + 1; k < text.size() && k <= count + ROW && text.sentenceOf(k) == sentence; k++) {
            if (text.key(k).equals(VOTES)) {
                return text.get(k - 1).digits() ? k : -1;
            }
        }
        return -1;
    }

    /** "112 oy alarak ilçe başkanı seçilirken": the clause after the votes says the name was elected. */
    static boolean electedAfter(TokenizedText text, int votes) {
        int sentence = text.sentenceOf(votes);
        for (int k = votes + 1; k < text.size() && text.sentenceOf(k) == sentence; k++) {
            if (text.key(k).startsWith(ELECTED)) {
                return true;
            }
            int sep = text.get(k).sepBefore();
            if ((sep & Separator.COMMA) != 0 || Separator.isBoundary(sep)) {
                return false; // a comma or another mark ends the clause
            }
        }
        return false;
    }

    /** The chair at stake, named with its level in the sentence of the name or the one before; or null. */
    private static Title congressLevel(TokenizedText text, int start) {
        int sentence = text.sentenceOf(start);
        for (int j = start - 1; j > 0 && text.sentenceOf(j) >= sentence - 1; j--) {
            String key = text.key(j);
            if (CONGRESS_WORDS.stream().anyMatch(key::startsWith)) {
                // "İl Kongresi", "39. Olağan İl Kongresi", "İlçe Başkanlığı"
                for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
                    Title candidacy = CongressChairs.candidacyAt(text.key(k));
                    if (candidacy != null) {
                        return candidacy;
                    }
                }
            }
        }
        return null;
    }
}
