package dev.beyan.extract.official;

import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.TokenizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Offices given by reference to the previous holder: "Tuna'nın yerine Selim Ak atandı", "Kaya yerine Ali Er, Uz
 * yerine Cem Tan getirildi", "istifa eden Demir'in yerine partinin il yönetiminden Ayşe Şen görevlendirildi". The
 * successor takes the office of the person named before "yerine" (in place of), when the sentence goes on to a
 * verb of appointment; who the predecessor is and what office they held, the caller knows.
 */
final class Replacements {
    private static final String IN_PLACE_OF = "yerine";
    /** Stems of being appointed or elected. */
    private static final List<String> APPOINTED = List.of("atan", "getiril", "secil", "gorevlendiril", "asil");
    /** How many words may stand between "yerine" and the successor's name. */
    private static final int WINDOW = 10;

    /** The predecessor's last word and the successor's name. */
    record Replacement(int predecessor, NameSpan successor) {
    }

    private final PersonNameFinder nameFinder;

    Replacements(PersonNameFinder nameFinder) {
        this.nameFinder = nameFinder;
    }

    List<Replacement> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<Replacement> out = new ArrayList<>();
        for (int k = 1; k < text.size(); k++) {
            if (!text.key(k).equals(IN_PLACE_OF) || !text.get(k).spaceBefore() || !text.get(k - 1).capitalized()) {
                continue;
            }
            NameSpan successor = successorAfter(index, k + 1);
            if (successor != null && appointedLater(text, successor.end() + 1)) {
                out.add(new Replacement(k - 1, successor));
            }
        }
        return out;
    }

    private NameSpan successorAfter(ArticleIndex index, int from) {
        TokenizedText text = index.text;
        int sentence = text.sentenceOf(from - 1);
        for (int k = from; k < text.size() && k < from + WINDOW && text.sentenceOf(k) == sentence; k++) {
            if (text.key(k).equals(IN_PLACE_OF)) {
                return null;
            }
            NameSpan name = index.nameStartingAt[k] != null ? index.nameStartingAt[k]
                    : nameFinder.nameAt(text, k, false);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** A verb of appointment later in the sentence, across any further "X yerine Y" items. */
    private static boolean appointedLater(TokenizedText text, int from) {
        if (from >= text.size()) {
            return false;
        }
        int sentence = text.sentenceOf(from - 1);
        for (int k = from; k < text.size() && text.sentenceOf(k) == sentence; k++) {
            if ((text.get(k).sepBefore() & Separator.NEWLINE) != 0) {
                return false;
            }
            for (String stem : APPOINTED) {
                if (text.key(k).startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
