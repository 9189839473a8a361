package dev.beyan.extract.official;

import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.TokenizedText;

/**
 * Whose a bare "Başkan" or "Başkanvekili" is, when the text names the institution instead of the office: "Adana
 * Büyükşehir Belediyesi'nin meclis oturumu, Başkanvekili X'in yönetiminde...", "Büyükşehir Belediyesi'ni ziyaret
 * ederek Başkan Y ile...", "TBMM Genel Kurulu, Başkanvekili Z başkanlığında toplandı". The institution named last
 * before the title, in its sentence or the one before, is the one it heads.
 */
final class InstitutionContext {
    private static final String MUNICIPALITY = "belediye";
    private static final String METROPOLITAN = "buyuksehir";
    private static final String PARLIAMENT = "tbmm";
    private static final String PARLIAMENT_ORG = "TBMM";

    /** The institution's organisation and place; {@code province} and {@code district} may be null. */
    record Institution(String org, String province, String district) {
    }

    Institution before(ArticleIndex index, int titleStart) {
        TokenizedText text = index.text;
        int firstSentence = text.sentenceOf(titleStart) - 1;
        for (int k = titleStart - 1; k >= 0 && text.sentenceOf(k) >= firstSentence; k--) {
            String key = text.key(k);
            if (key.equals(PARLIAMENT)) {
                return new Institution(PARLIAMENT_ORG, null, null);
            }
            if (key.startsWith(MUNICIPALITY) && key.length() > MUNICIPALITY.length()) {
                return municipality(index, k);
            }
        }
        return null;
    }

    /** "[Place] [Büyükşehir] Belediyesi": a metropolitan municipality without a place is the province's named last. */
    private static Institution municipality(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        boolean metropolitan = text.key(k - 1).equals(METROPOLITAN) && text.get(k).spaceBefore();
        int placeEnd = metropolitan ? k - 2 : k - 1;
        PlaceMention place = placeEnd >= 0 && text.get(placeEnd + 1).spaceBefore() ? index.placeEndingAt[placeEnd] : null;
        if (metropolitan) {
            PlaceMention before = index.provinceBefore(k);
            String province = place != null ? place.unit().province() : before == null ? null : before.unit().name();
            return province == null ? null : new Institution(province + " Büyükşehir Belediyesi", province, null);
        }
        if (place == null) {
            return null;
        }
        String district = place.unit().isProvince() ? null : place.unit().name();
        return new Institution(place.unit().name() + " Belediyesi", place.unit().province(), district);
    }
}
