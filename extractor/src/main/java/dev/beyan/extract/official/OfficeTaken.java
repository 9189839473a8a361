package dev.beyan.extract.official;

import dev.beyan.extract.data.PhraseTable;
import dev.beyan.extract.data.Title;
import dev.beyan.extract.place.PlaceMention;
import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.TokenizedText;
import dev.beyan.extract.text.TurkishText;

import java.util.List;
import java.util.Set;

/**
 * Two ways news gives an office as a noun with its new holder and no verb of appointment beside the name:
 * <ul>
 *   <li>the holder is the sentence's subject and takes up the office as a duty: "Ayla Er, bu dönem Ayancık ilçe
 *   gençlik kolları başkanlığı görevini üstlendi", or goes on in it: "Ayla Er başkan yardımcılığına devam edecek";</li>
 *   <li>an announced list of appointments, one office in the dative and its holder an item: "Gerze İlçe Kadın
 *   Kolları Başkanlığı'na Oya Ekin, Boyabat ... Başkanlığı'na Gül Tan."</li>
 * </ul>
 */
final class OfficeTaken {
    /** "görevini", "görevine": the office as a duty. */
    private static final String DUTY = "gorevi";
    /** Taking up or taking over: üstlendi, üstlenmiş, devraldı, devralan. */
    private static final List<String> TAKING_UP = List.of("ustlen", "devral");
    /** The dative after the office noun's possessive, with or without an apostrophe. */
    private static final Set<String> DATIVE_SUFFIXES = Set.of("na", "ne");
    private static final List<String> DATIVE_ENDINGS = List.of("ligina", "ligine", "luguna", "lugune");
    private static final String AND = "ve";
    /** "devam edecek", "devam ediyor": going on in an office. */
    private static final String CONTINUING = "devam";

    private OfficeTaken() {
    }

    /**
     * The nearest name before the office noun in its sentence, when the sentence says it takes up the office, or that
     * it was elected or appointed to it: "A, ... İl Gençlik Kolları Başkanlığı'na seçildi".
     */
    static NameSpan subjectBefore(ArticleIndex index, PhraseTable.Match<Title> office) {
        TokenizedText text = index.text;
        int k = office.end() + 1;
        boolean duty = k + 1 < text.size() && text.key(k).startsWith(DUTY)
                && TurkishText.startsWithAny(text.key(k + 1), TAKING_UP);
        boolean appointed = k < text.size() && dative(text, office.end()) && APPOINTED.contains(text.key(k))
                && text.get(k).spaceBefore();
        if (duty) {
            return CongressChairs.subjectInSentenceBefore(index, office.start());
        }
        if (k < text.size() && dative(text, office.end()) && text.key(k).equals(CONTINUING) && office.start() > 0) {
            // "A başkan yardımcılığına devam edecek": the name right before the office goes on holding it
            int before = index.nameCovering[office.start() - 1];
            NameSpan holder = before >= 0 ? index.names.get(before) : null;
            return holder != null && holder.end() == office.start() - 1 && text.get(office.start()).spaceBefore()
                    && !text.get(holder.end()).hasApostrophe() ? holder : null;
        }
        NameSpan subject = appointed ? CongressChairs.subjectInSentenceBefore(index, office.start()) : null;
        // the subject set off by a comma, or by the office's party and place ("A MHP Gerze İlçe Başkanlığına
        // seçildi"); not a wing's name the office starts with ("Kadın Kolları İlçe Başkanlığına")
        return subject != null && subject.end() + 1 < text.size()
                && (Separator.isListComma(text.get(subject.end() + 1).sepBefore())
                    || partyOrPlaceBetween(index, subject, office.start())) ? subject : null;
    }

    /** Between the name and the office stand only a party and places, at least one, and the name takes no case. */
    private static boolean partyOrPlaceBetween(ArticleIndex index, NameSpan name, int officeStart) {
        int k = name.end() + 1;
        if (k >= officeStart || name.length() < 2 || index.text.get(name.end()).hasApostrophe()) {
            return false;
        }
        while (k < officeStart) {
            if (index.partyStartingAt[k] != null) {
                k = index.partyStartingAt[k].end() + 1;
            } else if (placeStartingAt(index, k) != null) {
                k = placeStartingAt(index, k).end() + 1;
            } else {
                return false;
            }
        }
        return k == officeStart;
    }

    private static PlaceMention placeStartingAt(ArticleIndex index, int k) {
        for (PlaceMention p : index.places) {
            if (p.start() == k) {
                return p;
            }
        }
        return null;
    }

    /**
     * "meclis katipliğine A ve B seçildi": the name after "ve" that closes the sentence's subjects right before its
     * verb of election or appointment holds the office too; null otherwise.
     */
    static NameSpan secondHolder(ArticleIndex index, NameSpan first) {
        TokenizedText text = index.text;
        int and = first.end() + 1;
        if (and + 1 >= text.size() || !text.key(and).equals(AND) || text.get(first.end()).hasApostrophe()) {
            return null;
        }
        NameSpan second = index.nameStartingAt[and + 1];
        return second != null && second.end() + 1 < text.size() && APPOINTED.contains(text.key(second.end() + 1))
                && !text.get(second.end()).hasApostrophe() ? second : null;
    }

    /** The finite passive verbs of election and appointment whose subject is the new holder. */
    private static final Set<String> APPOINTED = Set.of("secildi", "atandi", "getirildi", "secilmisti", "atanmisti",
            "getirilmisti");

    /**
     * The office noun ending at {@code end} is in the dative and a name follows it as an item of a list (a comma, "ve",
     * or the end of the line or sentence after the name).
     */
    static boolean listedAppointment(ArticleIndex index, int end) {
        TokenizedText text = index.text;
        if (end + 1 >= text.size() || !dative(text, end) || !text.get(end + 1).spaceBefore()) {
            return false;
        }
        NameSpan name = index.nameStartingAt[end + 1];
        if (name == null || text.get(name.end()).hasApostrophe()) {
            return false;
        }
        return endsListItem(text, name.end() + 1);
    }

    /** Word {@code after} closes a list's item: a comma, "ve", or the end of the line or sentence before it. */
    static boolean endsListItem(TokenizedText text, int after) {
        return after >= text.size() || Separator.isListComma(text.get(after).sepBefore())
                || Separator.isBoundary(text.get(after).sepBefore())
                || (text.key(after).equals(AND) && text.get(after).spaceBefore());
    }

    private static boolean dative(TokenizedText text, int k) {
        var t = text.get(k);
        if (t.hasApostrophe()) {
            return DATIVE_SUFFIXES.contains(TurkishText.foldKey(text.text(), t.stemEnd() + 1, t.end()));
        }
        return DATIVE_ENDINGS.stream().anyMatch(text.key(k)::endsWith);
    }
}
