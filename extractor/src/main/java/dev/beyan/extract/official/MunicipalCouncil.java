package dev.beyan.extract.official;

import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.TokenizedText;

import java.util.Map;
import java.util.Set;

/**
 * The municipal council an article reports on, for the party groups that sit in it: "Bayraklı Belediye Meclisi'nde
 * ... AK Parti Grup Başkanvekili A", "Sinop Belediye Meclisi ... DSP Grup Sözcüsü B". A group office is
 * the council's: a metropolitan council's is its province's, a district council's its district's. A municipality's
 * sitting ("Gerze Belediyesinin kasım ayı oturumunda") is its council's. An article that
 * names the Grand National Assembly is about parliament's groups instead, and has none.
 */
final class MunicipalCouncil {
    private static final String MUNICIPALITY = "belediye";
    private static final String METROPOLITAN = "buyuksehir";
    private static final String COUNCIL = "meclis";
    /** A municipality's "oturum" is its council's sitting: "Gerze Belediyesinin kasım ayı oturumunda". */
    private static final String SITTING = "oturum";
    private static final String PARLIAMENT = "tbmm";
    /** "Büyük Millet Meclisi": the nation's assembly, whose group offices are national. */
    private static final String NATION = "millet";
    /** How many words besides a sitting's date may stand between the municipality and its council. */
    private static final int COUNCIL_WINDOW = 3;
    /** How far before the council word its municipality is looked for, dates included. */
    private static final int DATED_COUNCIL_WINDOW = 8;
    /**
     * Words that date a council's sitting, folded: "Belediyesi'nin 2023 yılı Kasım ayı olağan meclis toplantısı".
     * They stand between a municipality and its council without making the distance greater.
     */
    private static final Set<String> SITTING_DATE = Set.of("ocak", "subat", "mart", "nisan", "mayis", "haziran",
            "temmuz", "agustos", "eylul", "ekim", "kasim", "aralik", "ayi", "ayinin", "yili", "olagan", "olaganustu",
            "ilk", "son");

    /**
     * The first municipal council the article names: the place that names its municipality, and its jurisdiction, a
     * province's ({@code metropolitan}) or a district's.
     */
    record Council(String name, String province, String district, boolean metropolitan) {
        static Council of(PlaceMention place, boolean metropolitan) {
            boolean provincial = metropolitan || place.unit().isProvince();
            return new Council(place.unit().name(), place.unit().province(),
                    provincial ? null : place.unit().name(), metropolitan);
        }
    }

    /** "İBB Meclisi", "ABB Meclisi": the metropolitan councils news names by their municipality's initials. */
    private static final Map<String, String> INITIALS = Map.of("ibb", "İstanbul", "abb", "Ankara");

    private MunicipalCouncil() {
    }

    /** The council, or null when the article names none or names parliament. */
    static Council of(ArticleIndex index) {
        TokenizedText text = index.text;
        Council first = null;
        for (int k = 1; k < text.size(); k++) {
            String key = text.key(k);
            if (key.equals(PARLIAMENT) || (key.startsWith(COUNCIL) && text.key(k - 1).equals(NATION))) {
                return null;
            }
            boolean councilWord = key.startsWith(COUNCIL) || key.startsWith(SITTING);
            String initials = first == null && key.startsWith(COUNCIL) ? INITIALS.get(text.key(k - 1)) : null;
            if (initials != null) {
                first = new Council(initials, initials, null, true);
            }
            int municipality = first == null && councilWord ? municipalityBefore(text, k) : -1;
            if (municipality > 0) {
                int before = municipality - 1;
                boolean metropolitan = text.key(before).equals(METROPOLITAN);
                PlaceMention place = before - (metropolitan ? 1 : 0) >= 0
                        ? index.placeEndingAt[before - (metropolitan ? 1 : 0)] : null;
                if (place != null) {
                    first = Council.of(place, metropolitan);
                }
            }
        }
        return first;
    }

    /**
     * The word "Belediye(si)" shortly before the council word {@code k} in its sentence, or -1: "Belediye Meclisi",
     * "Belediyesi (İBB) Meclisi", "Belediyesi Kasım ayı Meclis toplantısı", "Belediye 2024 yılı Ekim ayı olağan meclis
     * toplantısı".
     */
    static int municipalityBefore(TokenizedText text, int k) {
        int words = 0;
        for (int j = k - 1; j >= Math.max(0, k - DATED_COUNCIL_WINDOW) && words < COUNCIL_WINDOW
                && text.sentenceOf(j) == text.sentenceOf(k); j--) {
            String key = text.key(j);
            if (key.startsWith(MUNICIPALITY)) {
                return j;
            }
            if (!SITTING_DATE.contains(key) && !key.chars().allMatch(Character::isDigit)) {
                words++;
            }
        }
        return -1;
    }
}
