package dev.beyan.extract.data;

import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.extract.text.WordClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds party names ("AK Parti", "CHP'li", "DEVA Partisi") by the forms in {@code parties.tsv}. */
public final class Parties {
    private final PhraseTable<Party> table;
    private final Map<String, Party> byForm;

    private Parties(PhraseTable<Party> table, Map<String, Party> byForm) {
        this.table = table;
        this.byForm = byForm;
    }

    /** The party a whole name gives in one of its forms ("Yeniden Refah Partisi", "CHP"), or null. */
    public Party named(String name) {
        return byForm.get(TurkishText.asciiFold(name));
    }

    static Parties load() {
        List<PhraseTable.Entry<Party>> entries = new ArrayList<>();
        Map<String, Party> byForm = new java.util.HashMap<>();
        for (String line : Resources.lines("parties.tsv")) {
            String[] cols = line.split("\t");
            Party party = new Party(cols[0], cols[1]);
            for (String form : cols[2].split(";")) {
                byForm.putIfAbsent(TurkishText.asciiFold(form), party);
                String[] keys = TurkishText.asciiFold(form).split(" ");
                entries.add(new PhraseTable.Entry<>(keys, party));
                for (String inflected : caseForms(keys[keys.length - 1])) {
                    String[] variant = keys.clone();
                    variant[variant.length - 1] = inflected;
                    entries.add(new PhraseTable.Entry<>(variant, party));
                }
            }
        }
        return new Parties(PhraseTable.of(entries), Map.copyOf(byForm));
    }

    /**
     * "Partisi" and "Parti" take their case endings without an apostrophe ("Büyük Birlik Partisinin", "AK Partiye"),
     * and so does the possessive of its members ("Yeniden Refah Partimize", "AK Partimizin"): those forms name the
     * party too. ASCII-folded keys.
     */
    private static final List<String> OUR = List.of("partimiz", "partimizin", "partimize", "partimizi", "partimizde",
            "partimizden", "partimizle");
    private static final Map<String, List<String>> CASE_FORMS = Map.of(
            "partisi", concat(List.of("partisinin", "partisine", "partisini", "partisinde", "partisinden",
                    "partisiyle"), OUR),
            "parti", concat(List.of("partinin", "partiye", "partiyi", "partide", "partiden", "partiyle"), OUR));

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static List<String> caseForms(String lastKey) {
        return CASE_FORMS.getOrDefault(lastKey, List.of());
    }

    /**
     * The ending of a party's last word written without an apostrophe ("partisine" → "ne", "partiyi" → "yi",
     * "partili" → "li", "partimize" → "e"), lower-cased; empty for any other word.
     */
    public static String caseEndingOf(String lowerWord) {
        for (String head : List.of("partimiz", "partisi", "parti")) {
            if (lowerWord.startsWith(head)) {
                return lowerWord.substring(head.length());
            }
        }
        return "";
    }

    /** The word class of the first words of party names. */
    void addWordClasses(Map<String, Integer> into) {
        for (String key : table.firstKeys()) {
            into.merge(key, WordClass.PARTY_START, (a, b) -> a | b);
        }
    }

    /** The party named by the words starting at {@code start}, whose first word must be capitalised; or null. */
    public PhraseTable.Match<Party> match(List<Token> tokens, int start) {
        if (!tokens.get(start).capitalized()) {
            return null;
        }
        return table.match(tokens, start);
    }
}
