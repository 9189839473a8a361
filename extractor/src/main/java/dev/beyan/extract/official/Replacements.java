package dev.beyan.extract.official;

import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;

import java.util.ArrayList;
import java.util.List;

/**
 * Offices given by reference to the previous holder: "Tuna'nın yerine Selim Ak atandı", "Kaya yerine Ali Er, Uz
 * yerine Cem Tan getirildi", "istifa eden Demir'in yerine partinin il yönetiminden Ayşe Şen görevlendirildi". The
 * successor takes the office of the person named before "yerine" (in place of), when the sentence goes on to a
 * verb of appointment; who the predecessor is and what office they held, the caller knows. A sentence that opens
 * with "Yerine" or "Yerlerine" points back to the holders the sentence before named ("Bakan yardımcıları A ve B
 * görevden alındı. Yerlerine C ve D atandı."): each listed successor takes the office of the last of them; after a
 * comma or a converb it points back to the clause before ("İlçe başkanı A görevden alınırken, yerine B atandı", "A
 * görevden alınarak yerine B atandı").
 * A handover names both ("İl Başkanı A, görevi B'den devraldı", "görevi C'ye devretti"): the one named in the
 * ablative or dative right before the verb held or takes the office of the sentence's subject.
 */
final class Replacements {
    private static final String IN_PLACE_OF = "yerine";
    private static final String IN_THEIR_PLACE = "yerlerine";
    /** Stems of being appointed or elected. */
    private static final List<String> APPOINTED = List.of("atan", "getiril", "secil", "gorevlendiril", "asil");
    /** Stems of handing an office over and taking it over: "devraldı", "devralan", "devretti", "devreden". */
    private static final List<String> HANDOVER = List.of("devral", "devret", "devred");
    /** Starts of the objects of a handover that are an office: "görevi", "koltuğunu", "bayrağı", "makamı". */
    private static final List<String> OFFICE_OBJECTS = List.of("gorev", "koltu", "bayra", "makam");
    /** Converbs that close a clause: "alınarak", "ayrılarak", "istifa ederek", "alınırken". */
    private static final List<String> CONVERBS = List.of("arak", "erek", "ken");

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
            if (TurkishText.startsWithAny(text.key(k), HANDOVER)) {
                handover(index, k, out);
                continue;
            }
            // "A görevden alınarak yerine B atandı": a converb ends the clause before as a comma does
            boolean opensClause = text.get(k).sentenceStart() || Separator.isListComma(text.get(k).sepBefore())
                    || (text.get(k).spaceBefore() && TurkishText.endsWithAny(text.key(k - 1), CONVERBS));
            if (opensClause && (text.key(k).equals(IN_PLACE_OF) || text.key(k).equals(IN_THEIR_PLACE))) {
                pointingBack(index, k, out);
                continue;
            }
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

    /** "A, görevi B'den devraldı": B, right before the verb of handing over, and the subject A before B. */
    private static void handover(ArticleIndex index, int verb, List<Replacement> out) {
        TokenizedText text = index.text;
        NameSpan other = null;
        int subject = -1;
        for (NameSpan name : index.names) {
            boolean sameSentence = text.sentenceOf(name.start()) == text.sentenceOf(verb);
            if (!sameSentence || name.end() >= verb) {
                continue;
            }
            if (verb - name.end() <= 2 && text.get(name.end()).hasApostrophe()) {
                other = name;
            } else if (other == null) {
                subject = name.end();
            }
        }
        if (other != null && subject >= 0 && officeHandedOver(text, subject, verb)) {
            out.add(new Replacement(subject, other));
        }
    }

    /** "görevi", "görevini", "koltuğu", "bayrağı" between the subject and the verb: an office, not a business. */
    private static boolean officeHandedOver(TokenizedText text, int subject, int verb) {
        for (int j = subject + 1; j < verb; j++) {
            String key = text.key(j);
            if (TurkishText.startsWithAny(key, OFFICE_OBJECTS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Yerlerine A, B ve C atandı": each listed name after word {@code k} succeeds the last name said before, in the
     * sentence before; or in the clause before when "yerine" follows a comma ("Başkan D görevden alınırken, yerine E
     * atandı").
     */
    private void pointingBack(ArticleIndex index, int k, List<Replacement> out) {
        TokenizedText text = index.text;
        int sentence = text.get(k).sentenceStart() ? text.sentenceOf(k) - 1 : text.sentenceOf(k);
        int previous = -1;
        for (NameSpan name : index.names) {
            if (name.end() < k && text.sentenceOf(name.end()) == sentence) {
                previous = name.end();
            }
        }
        NameSpan successor = previous < 0 ? null : successorAfter(index, k + 1);
        if (successor == null || !appointedLater(text, successor.end() + 1)) {
            return;
        }
        out.add(new Replacement(previous, successor));
        while (successor.end() + 2 < text.size()) {
            int next = successor.end() + 1;
            if (text.key(next).equals("ve") && text.get(next).spaceBefore()) {
                next++;
            } else if (!Separator.isListComma(text.get(next).sepBefore())) {
                return;
            }
            successor = index.nameStartingAt[next];
            if (successor == null) {
                return;
            }
            out.add(new Replacement(previous, successor));
        }
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
