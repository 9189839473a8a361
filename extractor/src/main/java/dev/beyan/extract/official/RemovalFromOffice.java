package dev.beyan.extract.official;

import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;

import java.util.List;

/**
 * An office named as a noun that its holder was removed from or left: "il başkanlığı görevinden alınan A", "ilçe
 * başkanlığı görevinden azledilen B", "İl Başkanlığından istifa eden C". The name after the participle held that
 * office, and holds it no longer.
 */
final class RemovalFromOffice {
    /** "görevinden", "görevden": the office left, in the ablative. */
    private static final List<String> FROM_OFFICE = List.of("gorevinden", "gorevden");
    /** Stems of being removed or leaving: alınan, uzaklaştırılan, azledilen, ihraç edilen, istifa eden, ayrılan. */
    private static final List<String> LEAVING = List.of("alin", "uzaklastiril", "azled", "ihrac", "istifa", "ayril",
            "cekil");
    /** A participle (-an, -en) ends the clause before its subject's name; "istifa eden" writes it apart. */
    private static final List<String> PARTICIPLE_ENDINGS = List.of("an", "en");
    private static final int CLAUSE_WINDOW = 3;
    /** "etmek" in its participles ("eden", "edilen"): the verb of "istifa eden", "ihraç edilen". */
    private static final String AUXILIARY = "ed";

    /** Endings of the genitive after an apostrophe, folded: the subject of a nominalised removal ("A'nın ... alınması"). */
    private static final List<String> GENITIVE = List.of("in", "un", "nin", "nun");
    /** How many words may stand between the holder's name and the office's first word ("A'nın tutuklanarak ..."). */
    private static final int HOLDER_GAP = 2;

    private RemovalFromOffice() {
    }

    /**
     * "A, Gerze Belediye Başkanlığı görevinden uzaklaştırıldı", "A'nın tutuklanarak Gerze Belediye Başkanlığı
     * görevinden uzaklaştırılması": the name set off by a comma, or in the genitive, a few words before an office
     * noun that "görevinden" and a verb of removal follow held the office; null otherwise.
     */
    static NameSpan holderBefore(ArticleIndex index, int officeStart, int officeEnd) {
        TokenizedText text = index.text;
        int from = officeEnd + 1;
        if (from + 1 >= text.size() || !text.key(from).equals(FROM_OFFICE.get(0)) || !text.get(from).spaceBefore()
                || !TurkishText.startsWithAny(text.key(from + 1), LEAVING)) {
            return null;
        }
        int sentence = text.sentenceOf(officeStart);
        for (int k = officeStart - 1; k >= 0 && k >= officeStart - 1 - HOLDER_GAP && text.sentenceOf(k) == sentence;
             k--) {
            int covering = index.nameCovering[k];
            if (covering < 0) {
                continue;
            }
            NameSpan name = index.names.get(covering);
            boolean setOff = name.end() + 1 == officeStart && Separator.isListComma(text.get(officeStart).sepBefore());
            Token last = text.get(name.end());
            boolean genitive = last.hasApostrophe()
                    && GENITIVE.contains(TurkishText.foldKey(text.text(), last.stemEnd() + 1, last.end()));
            return name.end() == k && (setOff || genitive) ? name : null;
        }
        return null;
    }

    /**
     * The first word of the former holder's name after the office noun ending at {@code officeEnd}, or -1;
     * {@code ablative}: the noun itself is in the ablative ("Başkanlığından"), no "görevinden" follows.
     */
    static int holderAfter(TokenizedText text, int officeEnd, boolean ablative) {
        int k = officeEnd;
        if (!ablative) {
            k++;
            if (k >= text.size() || !text.get(k).spaceBefore()
                    || !TurkishText.startsWithAny(text.key(k), FROM_OFFICE)) {
                return -1;
            }
        }
        int leaving = -1;
        for (int j = k + 1; j < text.size() && j <= k + CLAUSE_WINDOW; j++) {
            if (!Separator.isPhraseInternal(text.get(j).sepBefore())) {
                return -1;
            }
            String key = text.key(j);
            if (leaving < 0 && TurkishText.startsWithAny(key, LEAVING)) {
                leaving = j;
            }
            // the participle is the verb itself or its auxiliary ("istifa eden"), not a later word ("ardından")
            boolean verb = j == leaving || (j == leaving + 1 && key.startsWith(AUXILIARY));
            if (leaving >= 0 && verb && PARTICIPLE_ENDINGS.stream().anyMatch(key::endsWith)) {
                return j + 1 < text.size() && text.get(j + 1).capitalized() ? j + 1 : -1;
            }
        }
        return -1;
    }
}
