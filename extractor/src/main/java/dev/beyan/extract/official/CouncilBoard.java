package dev.beyan.extract.official;

import dev.beyan.extract.data.TitleScope;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The board a council elects at its first sitting, each office in the dative with its holders after it: "birinci
 * başkan vekilliğine A, katip üyeliklerine ise B ve C getirildi" ("seçildi"). The offices are those of the council
 * the article names: a provincial council's ("Sinop İl Genel Meclisi") are its province's, a municipal council's
 * its municipality's. Where the article names no council, the offices are nobody's to read.
 */
final class CouncilBoard {
    /** The offices of a council's board, as the ASCII-folded dative of their nouns. */
    private static final Map<String, String> OFFICES = Map.of(
            "baskan vekilligine", "Başkan Vekili", "baskanvekilligine", "Başkan Vekili",
            "katip uyeligine", "Katip Üye", "katip uyeliklerine", "Katip Üye",
            "encumen uyeligine", "Encümen Üyesi", "encumen uyeliklerine", "Encümen Üyesi");
    /** The verbs of the election that close the sentence: "getirildi", "seçildi", "seçilirken". */
    private static final List<String> ELECTED = List.of("getiril", "secil");
    private static final List<String> PROVINCIAL_COUNCIL = List.of("il", "genel", "meclis");
    private static final String PROVINCIAL_ORG = " İl Genel Meclisi";
    private static final String MUNICIPAL_ORG = " Belediye Meclisi";
    private static final String AND = "ve";
    /** Every office above ends in the dative: "vekilliğine", "üyeliklerine", "başkanlığına". */
    private static final String DATIVE_I = "ine";
    private static final String DATIVE_A = "ina";
    private static final String TOO = "ise";

    private final PersonNameFinder nameFinder;

    CouncilBoard(PersonNameFinder nameFinder) {
        this.nameFinder = nameFinder;
    }

    List<TitleEvidenceFinder.Found> find(ArticleIndex index) {
        TokenizedText text = index.text;
        List<TitleEvidenceFinder.Found> out = new ArrayList<>();
        Where council = null;
        for (int k = 0; k + 1 < text.size(); k++) {
            String office = officeEndingAt(text, k);
            if (office == null || !electedInSentence(text, k)) {
                continue;
            }
            council = council != null ? council : councilOf(index);
            if (council == null) {
                return out;
            }
            int at = k + 1 < text.size() && text.key(k + 1).equals(TOO) ? k + 2 : k + 1;
            while (at < text.size()) {
                NameSpan name = index.nameStartingAt[at] != null ? index.nameStartingAt[at]
                        : nameFinder.nameAt(text, at, true);
                if (name == null || text.sentenceOf(name.start()) != text.sentenceOf(k)) {
                    break;
                }
                out.add(new TitleEvidenceFinder.Found(name, -1, new Evidence(name.start(), office, council.scope,
                        council.org, null, council.province, council.district, false, true)));
                boolean more = name.end() + 2 < text.size() && text.key(name.end() + 1).equals(AND);
                at = more ? name.end() + 2 : text.size();
            }
        }
        return out;
    }

    private static String officeEndingAt(TokenizedText text, int k) {
        String key = text.key(k);
        if (!key.endsWith(DATIVE_I) && !key.endsWith(DATIVE_A)) {
            return null; // most words: no lookup, no new string
        }
        String one = OFFICES.get(key);
        return one != null || k == 0 ? one : OFFICES.get(text.key(k - 1) + " " + key);
    }

    private static boolean electedInSentence(TokenizedText text, int k) {
        for (int j = k + 1; j < text.size() && text.sentenceOf(j) == text.sentenceOf(k); j++) {
            if (TurkishText.startsWithAny(text.key(j), ELECTED)) {
                return true;
            }
        }
        return false;
    }

    private record Where(TitleScope scope, String org, String province, String district) {
    }

    /** The provincial council a province before "İl Genel Meclisi" names, else the municipal council, or null. */
    private static Where councilOf(ArticleIndex index) {
        TokenizedText text = index.text;
        for (int k = 1; k + 2 < text.size(); k++) {
            PlaceMention p = index.placeEndingAt[k - 1];
            boolean provincial = p != null && p.unit().isProvince() && text.key(k).equals(PROVINCIAL_COUNCIL.get(0))
                    && text.key(k + 1).equals(PROVINCIAL_COUNCIL.get(1))
                    && text.key(k + 2).startsWith(PROVINCIAL_COUNCIL.get(2));
            if (provincial) {
                String province = p.unit().province();
                return new Where(TitleScope.PROVINCIAL_STATE, province + PROVINCIAL_ORG, province, null);
            }
        }
        MunicipalCouncil.Council municipal = MunicipalCouncil.of(index);
        if (municipal == null) {
            return null;
        }
        String name = municipal.place().unit().name();
        return new Where(municipal.metropolitan() ? TitleScope.METROPOLITAN : TitleScope.MUNICIPAL,
                name + (municipal.metropolitan() ? " Büyükşehir" : "") + MUNICIPAL_ORG, municipal.province(),
                municipal.district());
    }
}
