package dev.beyan.extract.official;

import dev.beyan.extract.text.TokenizedText;

/**
 * Two compounds of office titles are written both apart and together, "Başkan Vekili" / "Başkanvekili" and
 * "Eş Başkan" / "Eşbaşkan", and a council with or without its compound marker, "İl Genel Meclis Başkanı" / "İl Genel
 * Meclisi Başkanı", and a word with or without its circumflex, "Milli" / "Millî"; parliament's chairs are written
 * "TBMM Başkanvekili" or "Meclis Başkanvekili". Readers (and the annotators of the gold) keep the article's spelling.
 * The canonical title names the office; this puts it in the spelling of the words that matched.
 */
final class TitleSpelling {
    private static final String DEPUTY_APART = "Başkan Vekili";
    private static final String DEPUTY_TOGETHER = "Başkanvekili";
    private static final String CO_APART = "Eş Başkan";
    private static final String CO_TOGETHER = "Eşbaşkan";
    private static final String COUNCIL_BARE = "Genel Meclis ";
    private static final String COUNCIL_MARKED = "Genel Meclisi ";
    private static final String PARLIAMENT = "TBMM ";
    private static final String ASSEMBLY = "Meclis ";

    private TitleSpelling() {
    }

    /** {@code canonical} as words {@code [start, end]} of {@code text} spell its compounds. */
    static String asWritten(String canonical, TokenizedText text, int start, int end) {
        String out = canonical;
        for (int k = start; k <= end; k++) {
            String key = text.key(k);
            String next = k < end ? text.key(k + 1) : "";
            if (key.startsWith("baskanvekil")) {
                out = out.replace(DEPUTY_APART, DEPUTY_TOGETHER);
            } else if (key.startsWith("baskan") && next.startsWith("vekil")) {
                out = out.replace(DEPUTY_TOGETHER, DEPUTY_APART);
            } else if (key.startsWith("esbaskan")) {
                out = out.replace(CO_APART, CO_TOGETHER);
            } else if (key.equals("es") && next.startsWith("baskan")) {
                out = out.replace(CO_TOGETHER, CO_APART);
            } else if (key.equals("meclisi") && !out.contains(COUNCIL_MARKED)) {
                out = out.replace(COUNCIL_BARE, COUNCIL_MARKED);
            } else if (key.equals("meclis")) {
                out = out.replace(COUNCIL_MARKED, COUNCIL_BARE);
                out = k == start && out.startsWith(PARLIAMENT) ? ASSEMBLY + out.substring(PARLIAMENT.length()) : out;
            }
            out = withCircumflex(out, text.text().substring(text.get(k).start(), text.get(k).stemEnd()));
        }
        return out;
    }

    /** "İl Millî Eğitim Müdürü": a word the article writes with a circumflex keeps it in the title. */
    private static String withCircumflex(String title, String word) {
        String plain = word.replace('î', 'i').replace('â', 'a').replace('û', 'u');
        return plain.equals(word) ? title : title.replace(plain, word);
    }
}
