package dev.beyan.extract.official;

import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.data.Titles;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;

import java.util.Set;

/**
 * The heads of a municipality's service units, named by the unit ("Fen İşleri Müdürü A", "Park ve Bahçeler Müdür
 * Yardımcısı B", "İtfaiye Dairesi Başkanı C"): municipal offices of the unit's name. A metropolitan municipality's
 * units are departments ("Daire"), so their heads are the metropolitan municipality's.
 */
final class MunicipalUnits {
    private static final Set<String> DEPARTMENTS = Set.of("dairesi", "daire");
    private static final String HEAD = "baskani";
    private static final String HEAD_STEM = "baskan";
    private static final String DEPUTY_CHAIR = "baskanvekili";

    private MunicipalUnits() {
    }

    /** The unit head's office whose head noun starts at word {@code i}, or null. */
    static PhraseTable.Match<Title> at(ArticleIndex index, Titles titles, int i) {
        TokenizedText text = index.text;
        int end = headEnd(text, i);
        if (end < 0 || i < 1 || !text.get(i).spaceBefore() || text.get(i - 1).hasApostrophe()) {
            return null;
        }
        int start = titles.municipalUnitStart(text.tokens(), i - 1);
        if (start < 0 || (start > 0 && text.get(start - 1).hasApostrophe() && text.get(start).spaceBefore()
                && !text.key(start - 1).startsWith("belediye"))) {
            return null;
        }
        String office = Directorates.officeWords(text, start, end);
        if (!text.get(start).capitalized()) {
            // "belediyenin park ve bahçeler müdürü A": the unit's name capitalised, its conjunction not
            office = TurkishText.capitalizeWords(office).replace(" Ve ", " ve ");
        }
        TitleScope scope = DEPARTMENTS.contains(text.key(i)) ? TitleScope.METROPOLITAN : TitleScope.MUNICIPAL;
        return new PhraseTable.Match<>(new Title(office, scope, null, false, false), start, end);
    }

    /**
     * The last word of the head at {@code i}: "Müdürü", "Müdür Yardımcısı", "Dairesi Başkanı", "Daire Başkan
     * Yardımcısı", "Dairesi Başkanvekili"; -1 for none.
     */
    private static int headEnd(TokenizedText text, int i) {
        int director = Directorates.headEnd(text, i);
        if (director >= 0) {
            return director;
        }
        String key = text.key(i);
        if (!DEPARTMENTS.contains(key) || i + 1 >= text.size() || !text.get(i + 1).spaceBefore()
                || text.get(i).hasApostrophe()) {
            return -1;
        }
        String next = text.key(i + 1);
        if (next.equals(HEAD) || next.equals(DEPUTY_CHAIR)) {
            return i + 1;
        }
        boolean deputy = next.equals(HEAD_STEM) && i + 2 < text.size()
                && Directorates.DEPUTY_HEADS.contains(text.key(i + 2))
                && text.get(i + 2).spaceBefore();
        return deputy ? i + 2 : -1;
    }
}
