package dev.beyan.extract.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inflected forms news writes of an office, derived from the forms listed in {@code titles.tsv} so that the list
 * names each office once. Turkish titles are possessive compounds whose head carries the compound marker
 * ("Belediye Başkanı", "İl Eş Başkanı", "Bakan Yardımcısı"); the same head takes:
 * <ul>
 *   <li>the plural before the marker, for several holders ("İl Eş Başkanları A ve B", "Bakan Yardımcıları A ile
 *   B"), also in the genitive, accusative or dative ("belediye başkanlarının listesi");</li>
 *   <li>the first-person plural possessive, in a party's or an institution's own voice ("İl Temsilcimiz",
 *   "Belediye Başkanlarımız");</li>
 *   <li>"Belediyesi" for "Belediye" when the body is named as a noun ("Silvan Belediyesi Başkanvekili");</li>
 *   <li>"vekili" and "eş başkan" written apart or together ("Başkan Vekili", "Başkanvekili", "Eşbaşkanı").</li>
 * </ul>
 * Keys are ASCII-folded, which loses the front/back distinction of ı/i, o/ö and u/ü, so both vowel harmonies are
 * generated; the wrong one never occurs in text.
 */
final class TitleForms {
    private static final String VOWELS = "aeiou";
    private static final String MUNICIPALITY = "belediye";
    private static final String MUNICIPALITY_BODY = "belediyesi";
    /**
     * After the plural: the compound marker, "ours", and the marker with the genitive, accusative or dative, as a
     * heading over a list or a group named at once uses them ("Belediye başkanlarının listesi:", "İl başkanlarını
     * açıkladı:", "DSP'li belediye eş başkanlarına"), and the ablative of the group a name is one of ("il başkan
     * adaylarından A").
     */
    private static final String[] PLURAL_ENDINGS = {"i", "imiz", "inin", "ini", "ina", "ine", "indan", "inden"};

    private TitleForms() {
    }

    /** A derived form: its keys and whether it names several holders. */
    record Form(String[] keys, boolean plural) {
    }

    /** The listed form with its spelling variants, and for each its plural and first-person plural forms. */
    static List<Form> of(String[] keys, boolean plural) {
        Set<String> spellings = new LinkedHashSet<>();
        String phrase = String.join(" ", keys);
        spellings.add(phrase);
        if (!plural) {
            spellings.addAll(spellingVariants(phrase));
        }
        List<Form> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String spelling : spellings) {
            add(out, seen, spelling, plural);
            if (plural) {
                continue;
            }
            String[] words = spelling.split(" ");
            String head = words[words.length - 1];
            String stem = possessedStem(head);
            if (stem == null) {
                continue;
            }
            String prefix = spelling.substring(0, spelling.length() - head.length());
            for (String harmony : new String[] {"lar", "ler"}) {
                for (String ending : PLURAL_ENDINGS) {
                    add(out, seen, prefix + stem + harmony + ending, true);
                }
            }
            boolean endsInVowel = VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0;
            for (String ours : endsInVowel ? new String[] {"miz", "muz"} : new String[] {"imiz", "umuz"}) {
                add(out, seen, prefix + stem + ours, false);
            }
        }
        return out;
    }

    private static void add(List<Form> out, Set<String> seen, String phrase, boolean plural) {
        if (seen.add(phrase)) {
            out.add(new Form(phrase.split(" "), plural));
        }
    }

    /**
     * "belediye X" → "belediyesi X"; "baskan vekili" ↔ "baskanvekili"; "es baskan" ↔ "esbaskan"; "baskan yardimcisi" ↔
     * "baskani yardimcisi" (the head's marker written twice: "Genel Başkanı Yardımcısı").
     */
    private static List<String> spellingVariants(String phrase) {
        List<String> variants = new ArrayList<>();
        variants.add(phrase);
        if (phrase.startsWith(MUNICIPALITY + " ") || phrase.contains(" " + MUNICIPALITY + " ")) {
            variants.add(phrase.replace(MUNICIPALITY + " ", MUNICIPALITY_BODY + " "));
        }
        for (String[] pair : new String[][] {{"baskan vekili", "baskanvekili"}, {"es baskan", "esbaskan"},
                {"baskan yardimcisi", "baskani yardimcisi"}}) {
            List<String> more = new ArrayList<>();
            for (String v : variants) {
                if (v.contains(pair[0])) {
                    more.add(v.replace(pair[0], pair[1]));
                } else if (v.contains(pair[1])) {
                    more.add(v.replace(pair[1], pair[0]));
                }
            }
            variants.addAll(more);
        }
        return variants.subList(1, variants.size());
    }

    /**
     * The stem of a head word with the compound marker: "baskani" → "baskan", "uyesi" → "uye", "yardimcisi" →
     * "yardimci", "vekili" → "vekil"; null when the word has none ("bakan", "vali").
     */
    static String possessedStem(String head) {
        int n = head.length();
        if (n < 4) {
            return null;
        }
        char last = head.charAt(n - 1);
        if (last != 'i' && last != 'u') {
            return null;
        }
        char before = head.charAt(n - 2);
        if (before == 's' && VOWELS.indexOf(head.charAt(n - 3)) >= 0) {
            return head.substring(0, n - 2);
        }
        return VOWELS.indexOf(before) >= 0 ? null : head.substring(0, n - 1);
    }
}
