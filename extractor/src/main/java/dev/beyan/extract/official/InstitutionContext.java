package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.TokenizedText;

import java.util.List;
import java.util.Set;

/**
 * Whose a bare "Başkan" or "Başkanvekili" is, when the text names the institution instead of the office: "Adana
 * Büyükşehir Belediyesi'nin meclis oturumu, Başkanvekili X'in yönetiminde...", "Büyükşehir Belediyesi'ni ziyaret
 * ederek Başkan Y ile...", "TBMM Genel Kurulu, Başkanvekili Z başkanlığında toplandı", "DSP Sinop İl Kongresi'ne
 * tek liste giren Başkan W". The institution named last before the title, in its sentence or the one before, is
 * the one it heads.
 */
final class InstitutionContext {
    private static final String MUNICIPALITY = "belediye";
    private static final String METROPOLITAN = "buyuksehir";
    private static final String PARLIAMENT = "tbmm";
    private static final String PARLIAMENT_ORG = "TBMM";

    private static final String COUNCIL = "meclis";
    /** A party's congress or organisation at a level: "İl Kongresi", "ilçe teşkilatı". */
    private static final List<String> PARTY_ORGANISATION = List.of("kongre", "teskilat");
    private static final String DISTRICT_LEVEL = "ilce";
    private static final Set<String> LEVELS = Set.of("il", DISTRICT_LEVEL);
    private static final Set<String> CONGRESS_KINDS = Set.of("olagan", "olaganustu");
    private static final String PARLIAMENT_WORD = "milletvekili";

    /**
     * The institution's organisation and place; {@code province} and {@code district} may be null; {@code party}
     * is set for a party's provincial or district organisation.
     */
    record Institution(String org, String province, String district, Party party) {
        TitleScope scope() {
            if (party != null) {
                return district == null ? TitleScope.PARTY_PROVINCE : TitleScope.PARTY_DISTRICT;
            }
            if (org.endsWith(PROVINCIAL_COUNCIL_ORG)) {
                return TitleScope.PROVINCIAL_STATE;
            }
            return org.endsWith(METROPOLITAN_ORG) ? TitleScope.METROPOLITAN : TitleScope.MUNICIPAL;
        }
    }

    /**
     * Whose "Meclis Başkanı" or "Meclis Başkanvekili" is, written without "TBMM": in an article about a municipal
     * council ("Sinop Belediyesi (SB) Meclisi ... Meclis Başkanvekili X") or a provincial one ("Rize İl Genel
     * Meclisi ... Meclis Başkanı Y"), or right after its municipality ("Sinop Belediyesi Meclis Başkanvekili Z"), it
     * chairs that council; null
     * when the title is not such a bare chair, or when the article names no council or names the parliament before.
     */
    Institution councilOfBareChair(ArticleIndex index, Title title, int titleStart) {
        TokenizedText text = index.text;
        if (!PARLIAMENT_ORG.equals(title.fixedOrg()) || !text.key(titleStart).equals(COUNCIL)) {
            return null;
        }
        if (titleStart > 0 && text.key(titleStart - 1).startsWith(MUNICIPALITY) && text.get(titleStart).spaceBefore()) {
            Institution municipality = municipality(index, titleStart - 1); // "Sinop Belediyesi Meclis Başkanvekili"
            if (municipality != null) {
                return municipality;
            }
        }
        Institution unplaced = null; // "İl Genel Meclisi'nde", whose province the article may name before
        for (int k = titleStart - 1; k > 0; k--) {
            String key = text.key(k);
            if (key.equals(PARLIAMENT) || key.startsWith(PARLIAMENT_WORD)) {
                return unplaced;
            }
            Institution provincial = key.startsWith(COUNCIL) ? provincialCouncil(index, k) : null;
            if (provincial != null && provincial.province() == null) {
                unplaced = unplaced == null ? provincial : unplaced;
            } else if (provincial != null) {
                return provincial;
            }
            int municipalityWord = key.startsWith(COUNCIL) ? MunicipalCouncil.municipalityBefore(text, k) : -1;
            if (municipalityWord > 0) {
                Institution municipality = municipality(index, municipalityWord);
                if (municipality != null) {
                    return unplaced != null ? unplaced : municipality;
                }
            }
        }
        return unplaced;
    }

    /** "Meclis Başkanvekili" for "TBMM Başkanvekili": the council's chair. */
    static String councilTitle(Title parliamentary) {
        return COUNCIL_TITLE_PREFIX + parliamentary.canonical().substring(PARLIAMENT_ORG.length());
    }

    private static final String COUNCIL_TITLE_PREFIX = "Meclis";
    private static final String METROPOLITAN_ORG = "Büyükşehir Belediyesi";

    Institution before(ArticleIndex index, int titleStart) {
        TokenizedText text = index.text;
        int firstSentence = text.sentenceOf(titleStart) - 1;
        for (int k = titleStart - 1; k >= 0 && text.sentenceOf(k) >= firstSentence; k--) {
            String key = text.key(k);
            if (key.equals(PARLIAMENT)) {
                return new Institution(PARLIAMENT_ORG, null, null, null);
            }
            if (PARTY_ORGANISATION.stream().anyMatch(key::startsWith) && LEVELS.contains(text.key(k - 1))) {
                Institution organisation = partyOrganisation(index, k - 1);
                if (organisation != null) {
                    return organisation;
                }
            }
            // "Gerze Belediyesi", and "Gerze Belediye Meclisi" whose chairs are the municipality's heads
            if (key.startsWith(MUNICIPALITY)
                    && (key.length() > MUNICIPALITY.length() || text.key(k + 1).startsWith(COUNCIL))) {
                return municipality(index, k);
            }
        }
        return null;
    }

    /**
     * "Erzincan İl Genel Meclisi", its council word at {@code k}: the province's council, whose chair it is. A
     * provincial council named without its province ("İl Genel Meclisi'nin Mart ayı toplantısı", in the local press
     * of one province) is still a province's, not parliament.
     */
    private static Institution provincialCouncil(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        if (k < 2 || !text.key(k - 1).equals(GENERAL) || !text.key(k - 2).equals(PROVINCE_LEVEL)) {
            return null;
        }
        PlaceMention place = k >= 3 ? index.placeEndingAt[k - 3] : null;
        if (place == null) {
            return new Institution(PROVINCIAL_COUNCIL_ORG, null, null, null);
        }
        return !place.unit().isProvince() ? null
                : new Institution(place.unit().name() + " " + PROVINCIAL_COUNCIL_ORG, place.unit().name(), null, null);
    }

    private static final String GENERAL = "genel";
    private static final String PROVINCE_LEVEL = "il";
    private static final String PROVINCIAL_COUNCIL_ORG = "İl Genel Meclisi";

    /** "[Place] [Büyükşehir] Belediyesi": a metropolitan municipality without a place is the province's named last. */
    private static Institution municipality(ArticleIndex index, int k) {
        TokenizedText text = index.text;
        boolean metropolitan = text.key(k - 1).equals(METROPOLITAN) && text.get(k).spaceBefore();
        int placeEnd = metropolitan ? k - 2 : k - 1;
        PlaceMention place = placeEnd >= 0 && text.get(placeEnd + 1).spaceBefore() ? index.placeEndingAt[placeEnd] : null;
        if (metropolitan) {
            PlaceMention before = index.provinceBefore(k);
            String province = place != null ? place.unit().province() : before == null ? null : before.unit().name();
            return province == null ? null : new Institution(province + " Büyükşehir Belediyesi", province, null, null);
        }
        if (place == null) {
            return null;
        }
        String district = place.unit().isProvince() ? null : place.unit().name();
        return new Institution(place.unit().name() + " Belediyesi", place.unit().province(), district, null);
    }

    /**
     * "[Party] [Place] İl|İlçe Kongresi/Teşkilatı", the level word at {@code level}: that party's organisation. The
     * congress's number and kind may stand between ("Sinop 8. Olağan İl Kongresi").
     */
    private static Institution partyOrganisation(ArticleIndex index, int level) {
        int placeEnd = level - 1;
        while (placeEnd > 0 && (index.text.get(placeEnd).digits() || CONGRESS_KINDS.contains(index.text.key(placeEnd)))) {
            placeEnd--;
        }
        PlaceMention place = placeEnd >= 0 ? index.placeEndingAt[placeEnd] : null;
        Party party = place == null ? null : index.partyInSentenceBefore(place.start());
        if (party == null) {
            return null;
        }
        boolean district = index.text.key(level).equals(DISTRICT_LEVEL) && !place.unit().isProvince();
        return new Institution(party.shortName(), place.unit().province(), district ? place.unit().name() : null, party);
    }
}
