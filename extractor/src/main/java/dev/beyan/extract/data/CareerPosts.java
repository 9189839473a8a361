package dev.beyan.extract.data;

import dev.beyan.extract.text.TurkishText;

/**
 * The offices filled by appointment from a career service (police, gendarmerie, judiciary, directorates, religious
 * administration, consular service), by the head words of {@code career-posts.txt}: "İl Emniyet Müdürü",
 * "Garnizon Komutanı", "Cumhuriyet Başsavcısı", "İl Müftüsü". Their holders are functionaries, not holders of an
 * elected, political or governing office.
 */
public final class CareerPosts {
    /** A general secretary heads a party's or a body's staff; only a party's is a political office. */
    private static final String GENERAL_SECRETARY = "genel sekreter";
    /**
     * A general director heads a general directorate of the state or of a metropolitan municipality ("DSİ Genel
     * Müdürü", "İSKİ Genel Müdürü"): the body's head, like an agency's president, and an official.
     */
    private static final String GENERAL_DIRECTOR = "genel mudur";
    /** A provincial or district election board is chaired by its senior judge, who hands the winners their papers. */
    private static final String ELECTION_BOARD = "secim kurulu";

    private final PrefixSet headWords;

    private CareerPosts(PrefixSet headWords) {
        this.headWords = headWords;
    }

    static CareerPosts load() {
        return new CareerPosts(new PrefixSet(Resources.lines("career-posts.txt").stream()
                .map(TurkishText::asciiFold).toList()));
    }

    /**
     * Whether {@code title} is a career post: not a general director's, and one of its words begins with a career
     * head word, or it is a general secretary's (or deputy's) outside a party ("Büyükşehir Belediye Genel
     * Sekreteri"), or the chair of a province's or district's election board; {@code party} is the office's party,
     * null if none.
     */
    public boolean covers(String title, String party) {
        String folded = TurkishText.asciiFold(title);
        if (folded.contains(GENERAL_DIRECTOR)) {
            return false;
        }
        for (String word : folded.split(" ")) {
            if (headWords.matchesStartOf(word)) {
                return true;
            }
        }
        return (party == null && folded.contains(GENERAL_SECRETARY))
                || (folded.contains(ELECTION_BOARD) && (folded.startsWith("il ") || folded.startsWith("ilce ")));
    }
}
