package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.place.TownMention;
import dev.beyan.extract.text.TokenizedText;
import java.util.Set;

/**
 * The place and organisation of an office. The place is the one named with the title ("Kiraz Belediye Başkanı");
 * failing that, news leaves it to the context: a municipal or party district office takes the place named last
 * in the same sentence, else the district named last before it ("Foça Belediyesi'ni gezen Vali,
 * Belediye Başkanı X ile..."); a provincial office takes the province named last before it ("Vali X"). National
 * offices and deputies named without a province have none.
 */
final class Jurisdictions {
    /** The office of a province's or district's müftülük; the other seat office is the chief prosecutor's. */
    private static final String MUFTI = "Müftü";
    /** "belediye", "belediyesi", "belediyesinde": the word after a place that names its municipality. */
    private static final String MUNICIPALITY = "belediye";
    private static final String METROPOLITAN_ORG = " Büyükşehir Belediyesi";

    /** The first word of a party group's offices: "Grup Başkanvekili", "Grup Sözcüsü". */
    private static final String GROUP_WORD = "Grup ";
    /** A seat in a municipal council: "Belediye Meclis Üyesi", "Büyükşehir Belediye Meclis Üyesi". */
    private static final String COUNCIL_SEAT = "Belediye Meclis";
    /** A council's own offices: its ranked deputy chairs ("Meclis Birinci Başkanvekili"). */
    private static final String COUNCIL_OFFICE = "Meclis ";
    /** A committee's offices ("Plan ve Bütçe Komisyonu Başkanı"): the council's, unless the Assembly's (TBMM). */
    private static final String COMMITTEE = " Komisyonu ";
    /** "Komisyon Başkanı": a committee's office without its name. */
    private static final String BARE_COMMITTEE = "Komisyon ";
    /** The level words of a party's organisations: "İl Başkanı", "İlçe Teşkilatı", "ilçe başkanlığı". */
    private static final String PROVINCE_LEVEL = "il";
    private static final String DISTRICT_LEVEL = "ilce";

    /** {@code placeNamed}: the place was named with the title, not taken from the context. */
    record Resolved(String province, String district, String org, boolean placeNamed) {
    }

    /**
     * {@code central}: the title was "Merkez İlçe ..." of a party: the central district of a province, never a
     * district named nearby.
     */
    Resolved resolve(ArticleIndex index, Title title, Modifiers modifiers, Party party, int titleStart,
                     boolean central) {
        TitleScope scope = title.scope();
        if (scope == TitleScope.METROPOLITAN && title.fixedOrg() != null) {
            // "İBB Başkanı", "ABB Başkanı": the abbreviation names the municipality, and with it the province
            String province = title.fixedOrg().substring(0, title.fixedOrg().length() - METROPOLITAN_ORG.length());
            return new Resolved(province, null, title.fixedOrg(), true);
        }
        Object place = modifiers.places().isEmpty() ? null : modifiers.places().get(0);
        boolean group = title.canonical().startsWith(GROUP_WORD);
        boolean seat = title.canonical().contains(COUNCIL_SEAT) && (!districtBefore(index, titleStart)
                || metropolitanSeat(index, titleStart));
        // a bare "Başkan" in a council's report chairs it: the mayor
        boolean chair = scope == TitleScope.GENERIC;
        boolean councilOffice = title.canonical().startsWith(COUNCIL_OFFICE)
                || ((title.canonical().contains(COMMITTEE) || title.canonical().startsWith(BARE_COMMITTEE))
                    && title.fixedOrg() == null);
        if (place == null && (group || seat || chair || councilOffice)) {
            MunicipalCouncil.Council council = MunicipalCouncil.of(index);
            if (council != null) {
                String org = org(title, scope, party, null, null);
                return new Resolved(council.province(), council.district(), org, false);
            }
        }
        if (group && place instanceof PlaceMention p) {
            // "CHP Bursa Grup Sözcüsü": a group named with a place is its council's, not the Assembly's
            String district = p.unit().isProvince() ? null : p.unit().name();
            return new Resolved(p.unit().province(), district, org(title, scope, party, null, null), true);
        }
        // A wing named with its party ("AK Parti Gençlik Kolları Başkanı") or its headquarters ("Genel Merkez Kadın
        // Kolları Başkanı") is the party's national wing.
        boolean nationalWing = scope == TitleScope.PARTY_WING
                && (modifiers.party() != null || headquartersBefore(index.text, titleStart));
        int mayor = place == null && title.canonical().equals(BARE_DEPUTY_CHAIR) ? mayorBefore(index.text, titleStart)
                : -1;
        // "Darıca İlçe Gençlik Kolları'nın programına İlçe Başkanı A ile Kadın Kolları Başkanı B": a bare wing
        // chair after a district organisation's words in its sentence is that district's
        boolean wingOfDistrict = scope == TitleScope.PARTY_WING && place == null && !nationalWing
                && districtLevelBefore(index.text, titleStart);
        if (place == null && scope != TitleScope.DEPUTY && !nationalWing) {
            PlaceMention municipality = scope == TitleScope.METROPOLITAN && index.provinceBefore(titleStart) == null
                    ? onlyMetropolitanMunicipality(index) : null;
            place = (scope.isLocal() || wingOfDistrict) && !central ? localContext(index, titleStart)
                    : central ? index.provinceBefore(titleStart)
                    : municipality != null ? municipality
                    : mayor >= 0 ? localContext(index, mayor)
                    : scope.isProvincial() ? index.provinceOfContext(titleStart) : null;
            boolean noDistrict = place == null || (place instanceof PlaceMention p && p.unit().isProvince());
            if (noDistrict && (scope == TitleScope.DISTRICT_GOVERNOR || scope == TitleScope.DISTRICT_STATE)) {
                // "Törene Kaymakam A katıldı. Tören Gerze'de yapıldı.": a district's state office is in a district:
                // the one its sentence named before it ("Gerze Kaymakamı A, Sinop İl Emniyet Müdürü B, İlçe Emniyet
                // Müdürü C"), else the one the article names next
                PlaceMention district = districtInSentenceBefore(index, titleStart);
                PlaceMention after = district != null ? district : firstDistrictAfter(index, titleStart);
                place = after != null ? after : place;
            }
        }
        String province = null;
        String district = null;
        String placeName = null;
        if (scope.isProvincial() || scope.isLocal() || mayor >= 0) {
            // A wing named with a district is the district's ("Gerze Gençlik Kolları Başkanı")
            boolean districtWing = scope == TitleScope.PARTY_WING && (!modifiers.places().isEmpty() || wingOfDistrict);
            // "Posof İl Genel Meclis Üyesi": a provincial councillor is elected in a district, the one named
            boolean districtSeat = title.canonical().equals(PROVINCIAL_COUNCILLOR) && !modifiers.places().isEmpty();
            if (place instanceof PlaceMention p) {
                province = p.unit().province();
                placeName = p.unit().name();
                district = p.unit().isProvince() || (scope.isProvincial() && !districtWing && !districtSeat)
                        || (mayor >= 0 && index.text.key(mayor - 1).equals(METROPOLITAN)) ? null : p.unit().name();
            } else if (place instanceof TownMention t) {
                province = t.town().district().province();
                district = scope.isProvincial() ? null : t.town().district().name();
                placeName = t.town().name();
            }
            if (scope.isProvincial()) {
                placeName = province;
            }
        }
        return new Resolved(province, district, org(title, scope, party, province, placeName),
                !modifiers.places().isEmpty());
    }

    /** "Genel Merkez" right before word {@code k}: a unit or wing of the party's headquarters. */
    static boolean headquartersBefore(TokenizedText text, int k) {
        return k >= 2 && text.key(k - 1).equals(HEADQUARTERS) && text.key(k - 2).equals(GENERAL)
                && text.get(k).spaceBefore() && text.get(k - 1).spaceBefore();
    }

    private static final String GENERAL = "genel";
    private static final String HEADQUARTERS = "merkez";
    private static final String PROVINCIAL_COUNCILLOR = "İl Genel Meclis Üyesi";

    /** "Başkan Yardımcısı" without the body it deputises for. */
    private static final String BARE_DEPUTY_CHAIR = "Başkan Yardımcısı";
    private static final String CHAIR_WORD = "baskan";
    /** The words before "Başkanı" that make it a party chair's office: "İl Başkanı", "Genel Başkan". */
    private static final Set<String> PARTY_CHAIR_LEVELS = Set.of("il", "ilce", "genel");

    /**
     * "Adapazarı Belediye Başkanı A, Başkan Yardımcısı B", "Başkan A beraberinde Başkan Yardımcıları B ve C": a bare
     * deputy chair after a mayor, with no party chair named between them, deputises for that mayor: the word
     * "belediye" of the mayor's title, or -1. A possessive ("Başkan Yardımcımız") speaks for a party, not a town hall,
     * and a body named right before ("TÜBİTAK Başkan Yardımcısı") is the one deputised for.
     */
    private static int mayorBefore(TokenizedText text, int titleStart) {
        boolean deputyForm = text.key(titleStart + 1).startsWith(DEPUTY_FORM)
                || text.key(titleStart + 1).startsWith(DEPUTIES_FORM);
        boolean bodyBefore = titleStart > 0 && text.get(titleStart).spaceBefore() && text.get(titleStart - 1).capitalized();
        if (!deputyForm || bodyBefore) {
            return -1;
        }
        for (int k = titleStart - 1; k > 0; k--) {
            if (!text.key(k).startsWith(CHAIR_WORD)) {
                continue;
            }
            if (text.key(k - 1).startsWith(MUNICIPALITY)) {
                return k - 1;
            }
            if (PARTY_CHAIR_LEVELS.contains(text.key(k - 1))) {
                return -1;
            }
        }
        return -1;
    }

    private static final String DEPUTY_FORM = "yardimcis";
    private static final String DEPUTIES_FORM = "yardimcilar";

    private static String org(Title title, TitleScope scope, Party party, String province, String placeName) {
        if (title.fixedOrg() != null) {
            return title.fixedOrg();
        }
        if (scope.isParty()) {
            return party == null ? null : party.org();
        }
        if (placeName == null) {
            return null;
        }
        return switch (scope) {
            case METROPOLITAN -> province + METROPOLITAN_ORG;
            case MUNICIPAL -> placeName + " Belediyesi";
            case GOVERNOR -> province + " Valiliği";
            case DISTRICT_GOVERNOR -> placeName + " Kaymakamlığı";
            case SEAT -> placeName + (title.canonical().startsWith(MUFTI) ? " Müftülüğü" : " Cumhuriyet Başsavcılığı");
            default -> null;
        };
    }

    /**
     * The place or town named last before in the same sentence, else the district named first after in it
     * ("Belediye Başkanı X, Rize'de kazandığı Pazar için..."), else the district or town named last
     * before.
     */
    private static Object localContext(ArticleIndex index, int titleStart) {
        int sentence = index.text.sentenceOf(Math.min(titleStart, index.text.size() - 1));
        Object sameSentence = null;
        int samePosition = -1;
        Object before = null;
        int beforePosition = -1;
        for (PlaceMention p : index.places) {
            if (p.end() >= titleStart) {
                break;
            }
            if (index.text.sentenceOf(p.end()) == sentence && p.end() > samePosition && !index.namedAsElsewhere(p)) {
                sameSentence = p;
                samePosition = p.end();
            }
            if (!p.unit().isProvince() && p.end() > beforePosition) {
                before = p;
                beforePosition = p.end();
            }
        }
        for (TownMention t : index.towns) {
            if (t.token() >= titleStart) {
                break;
            }
            if (index.text.sentenceOf(t.token()) == sentence && t.token() > samePosition) {
                sameSentence = t;
                samePosition = t.token();
            }
            if (t.token() > beforePosition) {
                before = t;
                beforePosition = t.token();
            }
        }
        if (sameSentence != null) {
            return sameSentence;
        }
        for (PlaceMention p : index.places) {
            if (p.start() > titleStart && index.text.sentenceOf(p.start()) == sentence && !p.unit().isProvince()) {
                return p;
            }
        }
        // No district anywhere before: the municipality of the province the article is about, else the district the
        // article names first after it ("... A yeni ilçe başkanı olarak seçildi. ... Gerze İlçe Başkanı B ...").
        if (before != null) {
            return before;
        }
        PlaceMention municipality = municipalityBefore(index, titleStart);
        if (municipality != null) {
            return municipality;
        }
        PlaceMention province = index.provinceBefore(titleStart);
        return province != null ? province : firstDistrictAfter(index, titleStart);
    }

    /**
     * "Büyükşehir Belediye Başkanı A misafirlerini ağırladı. Nevşehir İl Başkanı B ... Kayseri Büyükşehir Belediyesi'ni
     * ziyaret etti": a metropolitan mayor named without a place, before any province, heads the one metropolitan
     * municipality the article names after; null when it names none or several.
     */
    private static PlaceMention onlyMetropolitanMunicipality(ArticleIndex index) {
        PlaceMention only = null;
        for (PlaceMention p : index.places) {
            int next = p.end() + 1;
            boolean metropolitan = p.unit().isProvince() && next + 1 < index.text.size()
                    && index.text.key(next).equals(METROPOLITAN) && index.text.key(next + 1).startsWith(MUNICIPALITY);
            if (metropolitan && only != null && !only.unit().province().equals(p.unit().province())) {
                return null;
            }
            only = metropolitan ? p : only;
        }
        return only;
    }

    private static final String METROPOLITAN = "buyuksehir";

    /**
     * "Yalova Belediyesi'nde ... Reşat E.'nin Denizli'de yakalanmasının ardından ... Belediye Başkan Yardımcısı A":
     * the municipality the article named before a municipal office without a place is its, not the province named
     * last in passing.
     */
    private static PlaceMention municipalityBefore(ArticleIndex index, int titleStart) {
        PlaceMention found = null;
        for (PlaceMention p : index.places) {
            if (p.end() >= titleStart) {
                break;
            }
            if (p.end() + 1 < index.text.size() && index.text.key(p.end() + 1).startsWith(MUNICIPALITY)
                    && !index.text.get(p.end()).hasApostrophe()) {
                found = p;
            }
        }
        return found;
    }

    /** Whether the nearest level word before word {@code i} in its sentence is "ilçe", not "il". */
    private static boolean districtLevelBefore(TokenizedText text, int i) {
        for (int k = i - 1; k >= 0 && text.sentenceOf(k) == text.sentenceOf(i); k--) {
            if (text.key(k).equals(PROVINCE_LEVEL)) {
                return false;
            }
            if (text.key(k).startsWith(DISTRICT_LEVEL)) {
                return true;
            }
        }
        return false;
    }

    /** A district or town named before word {@code i}: the nearer council of a council member named without one. */
    private static boolean districtBefore(ArticleIndex index, int i) {
        Object context = localContext(index, i);
        return context instanceof TownMention || (context instanceof PlaceMention p && !p.unit().isProvince());
    }

    /**
     * "İzmir Büyükşehir Belediye Meclisinde ... Karabağlar ilçesinde ... CHP'li meclis üyesi A": in the report of a
     * metropolitan council, a seat named bare is the council's, though a district was the topic of a sentence
     * before; a district in the seat's own sentence still places it ("Karşıyaka'da meclis üyesi B").
     */
    private static boolean metropolitanSeat(ArticleIndex index, int titleStart) {
        if (districtInSentenceBefore(index, titleStart) != null) {
            return false;
        }
        MunicipalCouncil.Council council = MunicipalCouncil.of(index);
        return council != null && council.metropolitan();
    }

    private static PlaceMention districtInSentenceBefore(ArticleIndex index, int titleStart) {
        int sentence = index.text.sentenceOf(Math.min(titleStart, index.text.size() - 1));
        PlaceMention found = null;
        for (PlaceMention p : index.places) {
            if (p.end() >= titleStart) {
                break;
            }
            if (index.text.sentenceOf(p.end()) == sentence && !p.unit().isProvince()) {
                found = p;
            }
        }
        return found;
    }

    private static PlaceMention firstDistrictAfter(ArticleIndex index, int titleStart) {
        for (PlaceMention p : index.places) {
            if (p.start() > titleStart && !p.unit().isProvince()) {
                return p;
            }
        }
        return null;
    }
}
