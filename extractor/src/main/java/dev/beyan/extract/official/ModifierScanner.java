package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;
import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.Separator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the modifiers of a title backwards from the word before it: parties (also with a case ending, "AK
 * Parti'den Belediye Başkanı"), places and towns (also in the genitive, "Muğla'nın Milas Belediye Başkanı"), and
 * the adjectives "eski" (former) and "yeni" / "mevcut" (current), "CHP adına" (on behalf of), "CHP'den seçilen"
 * (elected from), "CHP yönetimindeki" (governed by), and term numbers
 * ("27. dönem"). Modifiers hold together across spaces and parentheses only.
 */
final class ModifierScanner {
    /** "eski Bakan", "(bir) önceki dönem", "geçmiş dönem": the person held the office before. */
    private static final Set<String> FORMER = Set.of("eski", "onceki", "gecmis", "sabik");
    /** Adjectives of the current holder, which add nothing. */
    private static final Set<String> CURRENT = Set.of("yeni", "mevcut", "donem", "bagimsiz");
    /** "X adına belediye başkanlığını alan", "X'in adayı": the party stands before these. */
    private static final Set<String> ON_BEHALF = Set.of("adina", "adayi");
    /** "CHP yönetimindeki Etimesgut Belediye Başkanı", "CHP yönetimli": the party that governs the office's body. */
    private static final Set<String> GOVERNED_BY = Set.of("yonetimindeki", "yonetimli");
    /** "CHP'den seçilen Belediye Başkanı", "yeni seçilen İl Başkanı": the participle of election before the office. */
    private static final String ELECTED = "secilen";
    /** "DEVA Partisi kurucusu Milletvekili", "kurucuları ve": founders of the party named before them. */
    private static final Set<String> FOUNDERS = Set.of("kurucusu", "kuruculari", "kurucularindan", "kurucu");
    /** "İYİ Parti TBMM Grup Başkanvekili": the parliament whose party group the office is in. */
    private static final String PARLIAMENT = "tbmm";
    /** "Adana Büyükşehir Belediye Meclisi Grup Başkanvekili": the council whose party group the office is in. */
    private static final Set<String> COUNCIL = Set.of("buyuksehir", "belediye", "belediyesi", "meclis", "meclisi");

    /** Word {@code j} is "Genel" of "İl Genel Meclisi", the council read right after it. */
    private static boolean provincialCouncilBefore(ArticleIndex index, int j) {
        return j > 0 && j + 1 < index.text.size() && index.text.key(j).equals("genel")
                && index.text.key(j - 1).equals("il") && index.text.key(j + 1).equals("meclisi");
    }

    Modifiers scan(ArticleIndex index, int titleStart) {
        Party party = null;
        List<Object> places = new ArrayList<>(2);
        boolean former = false;
        int j = titleStart - 1;
        int start = titleStart;
        while (j >= 0 && (Separator.isPhraseInternal(index.text.get(j + 1).sepBefore()) || termNumbers(index, j))) {
            String key = index.text.key(j);
            PhraseTable.Match<Party> partyMatch = index.partyEndingAt[j];
            if (partyMatch != null && partyLeft(index, partyMatch, j)) {
                j = partyMatch.start() - 2; // "eski MHP'li Belediye Başkanı": a member of that party once, in office now
            } else if (partyMatch != null) {
                party = party == null ? partyMatch.value() : party;
                j = partyMatch.start() - 1;
            } else if (index.placeEndingAt[j] != null && provinceOfLastPlace(index.placeEndingAt[j], places)) {
                j = index.placeEndingAt[j].start() - 1; // "Mersin Tarsus Belediyesi": the district's province
            } else if (index.placeEndingAt[j] != null) {
                j = coordinatedPlaces(index, index.placeEndingAt[j], places);
            } else if (index.townAt[j] != null) {
                places.add(index.townAt[j]);
                j--;
            } else if (FORMER.contains(key)) {
                former = true;
                j -= j > 0 && key.equals("onceki") && index.text.key(j - 1).equals("bir") ? 2 : 1; // "bir önceki dönem"

            } else if (FOUNDERS.contains(key) || (key.equals("ve") && j > 0 && FOUNDERS.contains(index.text.key(j - 1)))) {
                j -= key.equals("ve") ? 2 : 1; // "DEVA Partisi kurucuları ve eski milletvekilleri": the party's own
            } else if (provincialCouncilBefore(index, j)) {
                j -= 2; // "Çorum İl Genel Meclisi Grup Başkanvekili": the province's council
            } else if (CURRENT.contains(key) || ON_BEHALF.contains(key) || GOVERNED_BY.contains(key)
                    || key.equals(ELECTED) || key.equals(PARLIAMENT) || COUNCIL.contains(key)
                    || index.text.get(j).digits() || (key.equals("ve") && j > 0 && index.text.get(j - 1).digits())) {
                j--;
            } else {
                break;
            }
            start = j + 1;
        }
        return new Modifiers(start, party, places, former);
    }

    /** "eski MHP'li": "eski" before a party's adjective makes the membership, not the office, a thing of the past. */
    private static boolean partyLeft(ArticleIndex index, PhraseTable.Match<Party> party, int end) {
        int before = party.start() - 1;
        return before >= 0 && index.isPartyAdjective(end) && FORMER.contains(index.text.key(before))
                && index.text.get(party.start()).spaceBefore();
    }

    /** The province named before the district read last, which it qualifies rather than adds to. */
    private static boolean provinceOfLastPlace(PlaceMention place, List<Object> places) {
        return place.unit().isProvince() && !places.isEmpty() && places.get(places.size() - 1) instanceof PlaceMention d
                && !d.unit().isProvince() && d.unit().province().equals(place.unit().province())
                && d.start() == place.end() + 1;
    }

    /**
     * "Hakkari, Siirt ve Batman belediye başkanları": places coordinated before a plural title, each added, the
     * nearest first. Returns the word before the first of them.
     */
    private static int coordinatedPlaces(ArticleIndex index, PlaceMention last, List<Object> places) {
        PlaceMention p = last;
        places.add(p);
        while (!index.text.get(p.end()).hasApostrophe()) {
            int before = p.start() - 1;
            PlaceMention next = null;
            if (before >= 0 && Separator.isListComma(index.text.get(p.start()).sepBefore())) {
                next = index.placeEndingAt[before];
            } else if (before >= 1 && index.text.key(before).equals("ve") && index.text.get(p.start()).spaceBefore()
                    && index.text.get(before).spaceBefore()) {
                next = index.placeEndingAt[before - 1];
            }
            if (next == null || index.text.get(next.end()).hasApostrophe()) {
                break;
            }
            places.add(next);
            p = next;
        }
        return p.start() - 1;
    }

    /** "24, 25 ve 26. dönem Bolu milletvekili": a list of term numbers inside the modifiers. */
    private static boolean termNumbers(ArticleIndex index, int j) {
        return Separator.isListComma(index.text.get(j + 1).sepBefore()) && index.text.get(j).digits()
                && index.text.get(j + 1).digits();
    }
}
