package dev.beyan.extract.official;

import dev.beyan.extract.text.Separator;
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

    private RemovalFromOffice() {
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
        boolean leaving = false;
        for (int j = k + 1; j < text.size() && j <= k + CLAUSE_WINDOW; j++) {
            if (!Separator.isPhraseInternal(text.get(j).sepBefore())) {
                return -1;
            }
            String key = text.key(j);
            leaving |= TurkishText.startsWithAny(key, LEAVING);
            if (leaving && PARTICIPLE_ENDINGS.stream().anyMatch(key::endsWith)) {
                return j + 1 < text.size() && text.get(j + 1).capitalized() ? j + 1 : -1;
            }
        }
        return -1;
    }
}
