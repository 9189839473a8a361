package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.TokenizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * A party board's members, listed after a colon: "İlçe yönetim kuruluna şu isimler seçildi: “A, B, C.”", "İl
 * yönetim kurulu şu isimlerden oluştu: A, B ve C". Each name is a member of that level's board, of the party
 * acting there, at the place the sentence names (or its context).
 */
final class BoardMembers {
    private static final Title PROVINCE_MEMBER = new Title("İl Yönetim Kurulu Üyesi", TitleScope.PARTY_PROVINCE,
            null, false, false);
    private static final Title DISTRICT_MEMBER = new Title("İlçe Yönetim Kurulu Üyesi", TitleScope.PARTY_DISTRICT,
            null, false, false);
    private static final String BOARD = "yonetim";
    private static final String COMMITTEE = "kurul";
    /** How many words may stand between the board and the colon that opens its list ("ise şu isimler görev aldı"). */
    private static final int COLON_WINDOW = 8;
    private static final int MIN_MEMBERS = 2;
    private static final String AND = "ve";

    private final CongressChairs chairs = new CongressChairs();
    private final PersonNameFinder nameFinder;

    BoardMembers(PersonNameFinder nameFinder) {
        this.nameFinder = nameFinder;
    }

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        for (int k = 1; k + 1 < text.size(); k++) {
            Title member = text.key(k).equals(BOARD) && text.key(k + 1).startsWith(COMMITTEE)
                    ? memberAt(text.key(k - 1)) : null;
            int first = member == null ? -1 : listAfter(text, k + 2);
            Party party = first < 0 ? null : index.actingPartyBefore(k);
            if (party == null) {
                continue;
            }
            List<NameSpan> names = members(index, first);
            if (names.size() < MIN_MEMBERS) {
                continue;
            }
            for (NameSpan name : names) {
                out.add(chairs.evidence(index, name, member, party, CongressChairs.placeInSentenceBefore(index, k)));
            }
            k = names.get(names.size() - 1).end();
        }
        return out;
    }

    private static Title memberAt(String level) {
        return level.equals("il") ? PROVINCE_MEMBER : level.equals("ilce") ? DISTRICT_MEMBER : null;
    }

    /** The first word after the colon that opens the board's list, or -1 when no colon follows within a few words. */
    private static int listAfter(TokenizedText text, int from) {
        for (int j = from; j < text.size() && j < from + COLON_WINDOW; j++) {
            int sep = text.get(j).sepBefore();
            if ((sep & Separator.COLON) != 0) {
                return j;
            }
            if ((sep & (Separator.SENTENCE_END | Separator.NEWLINE)) != 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Within a list of names already begun, two capitalised words that make an item on their own ("Feriduncan
     * Çilingir,"): a name the registers lack.
     */
    private static NameSpan twoWordItem(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        if (k + 1 >= text.size() || !text.get(k).capitalized() || !text.get(k + 1).capitalized()
                || text.get(k).hasApostrophe() || !text.get(k + 1).spaceBefore()
                || index.placeEndingAt[k] != null || index.partyEndingAt[k + 1] != null) {
            return null;
        }
        return OfficeTaken.endsListItem(text, k + 2) ? new NameSpan(k, k + 1) : null;
    }

    /**
     * The names listed from word {@code first}, each followed by a comma or "ve" but the last; read as names after a
     * title, since the list is one of office holders (given names the register lacks included).
     */
    private List<NameSpan> members(ArticleIndex index, int first) {
        TokenizedText text = index.text;
        List<NameSpan> names = new ArrayList<>();
        int k = first;
        while (k < text.size()) {
            NameSpan name = index.nameStartingAt[k] != null ? index.nameStartingAt[k] : nameFinder.nameAt(text, k, true);
            if (name == null && !names.isEmpty()) {
                name = twoWordItem(index, k);
            }
            if (name == null) {
                break;
            }
            names.add(name);
            int next = name.end() + 1;
            if (next < text.size() && text.key(next).equals(AND) && text.get(next).spaceBefore()) {
                next++;
            } else if (next >= text.size() || !Separator.isListComma(text.get(next).sepBefore())) {
                break;
            }
            k = next;
        }
        return names;
    }
}
