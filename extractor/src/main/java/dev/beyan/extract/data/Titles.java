package dev.beyan.extract.data;

import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.extract.text.WordClass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The offices of {@code titles.tsv}, matched on word keys, so that both "Belediye Başkanı" and "belediye başkanı"
 * count. Each title also matches as an office noun: "Başkanı" becomes "Başkanlığı" ("CHP İzmir İl Başkanlığı'na
 * Şenol Aslanoğlu atandı"), with any case ending.
 */
public final class Titles {
    /**
     * The head words whose office noun is built with -lık: başkan(ı) → başkanlığ-, üye(si) → üyeliğ-, vekil(i) →
     * vekilliğ- ...
     */
    private static final Map<String, String> OFFICE_NOUN_STEMS = Map.ofEntries(
            Map.entry("baskani", "baskanlig"), Map.entry("baskan", "baskanlig"), Map.entry("uyesi", "uyelig"),
            Map.entry("milletvekili", "milletvekillig"), Map.entry("vali", "valilig"), Map.entry("valisi", "valilig"),
            Map.entry("kaymakami", "kaymakamlig"), Map.entry("kaymakam", "kaymakamlig"),
            Map.entry("vekili", "vekillig"), Map.entry("baskanvekili", "baskanvekillig"),
            Map.entry("yardimcisi", "yardimcilig"), Map.entry("katibi", "katiplig"));

    /**
     * Heads whose office noun stands alone for no one office: "başkan vekilliğine" is some chair's deputy, not the
     * colloquial "vekil" (a deputy of the Assembly); "yardımcılığına", some office's assistant.
     */
    private static final Set<String> COMPOUND_ONLY_HEADS = Set.of("vekili", "yardimcisi");

    private final PhraseTable<Title> titles;
    private final Map<String, TitleScope> scopes;
    /** Office nouns of several words, by their first key; longest first. */
    private final Map<String, List<OfficeNoun>> officeNounsByFirstKey;
    /** Office nouns of one word ("Valiliği"), matched on the start of the key. */
    private final List<OfficeNoun> singleWordOfficeNouns;
    private final PrefixSet singleWordStarts;
    /** The ministries' names of {@code ministries.txt} as keys, longest first; commas dropped. */
    private final List<String[]> ministries;
    /** The municipal service units of {@code municipal-units.txt} as keys, longest first. */
    private final List<String[]> municipalUnits;

    private record OfficeNoun(String[] keys, String lastPrefix, Title title) {
    }

    private Titles(PhraseTable<Title> titles, List<OfficeNoun> officeNouns, Map<String, TitleScope> scopes,
                   List<String[]> ministries, List<String[]> municipalUnits) {
        this.titles = titles;
        this.ministries = ministries;
        this.municipalUnits = municipalUnits;
        this.scopes = Map.copyOf(scopes);
        Map<String, List<OfficeNoun>> byFirst = new HashMap<>();
        List<OfficeNoun> single = new ArrayList<>();
        for (OfficeNoun noun : officeNouns) {
            if (noun.keys().length == 1) {
                single.add(noun);
            } else {
                byFirst.computeIfAbsent(noun.keys()[0], k -> new ArrayList<>()).add(noun);
            }
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.officeNounsByFirstKey = Map.copyOf(byFirst);
        this.singleWordOfficeNouns = List.copyOf(single);
        this.singleWordStarts = new PrefixSet(single.stream().map(OfficeNoun::lastPrefix).toList());
    }

    static Titles load() {
        List<PhraseTable.Entry<Title>> entries = new ArrayList<>();
        List<OfficeNoun> nouns = new ArrayList<>();
        Map<String, TitleScope> scopes = new HashMap<>();
        for (String line : Resources.lines("titles.tsv")) {
            String[] cols = line.split("\t");
            TitleScope scope = TitleScope.valueOf(cols[1]);
            scopes.putIfAbsent(cols[0], scope);
            String org = cols[2].equals("-") ? null : cols[2];
            for (String listed : cols[3].split(";")) {
                boolean listedPlural = listed.startsWith("+");
                String[] listedKeys = (listedPlural ? listed.substring(1) : listed).split(" ");
                for (TitleForms.Form form : TitleForms.of(listedKeys, listedPlural)) {
                    String[] keys = form.keys();
                    entries.add(new PhraseTable.Entry<>(keys, new Title(cols[0], scope, org, form.plural(), false)));
                    String stem = OFFICE_NOUN_STEMS.get(keys[keys.length - 1]);
                    boolean compoundOnly = keys.length == 1 && COMPOUND_ONLY_HEADS.contains(keys[0]);
                    if (!form.plural() && stem != null && scope != TitleScope.GENERIC && !compoundOnly) {
                        nouns.add(new OfficeNoun(keys, stem, new Title(cols[0], scope, org, false, true)));
                    }
                }
            }
        }
        nouns.sort((a, b) -> b.keys().length - a.keys().length);
        return new Titles(PhraseTable.of(entries), List.copyOf(nouns), scopes, namesOf("ministries.txt"),
                namesOf("municipal-units.txt"));
    }

    /** The names of a resource, one a line, as word keys (commas dropped), longest first. */
    private static List<String[]> namesOf(String resource) {
        List<String[]> out = new ArrayList<>();
        for (String line : Resources.lines(resource)) {
            out.add(TurkishText.asciiFold(line.replace(",", "")).split(" "));
        }
        out.sort((a, b) -> b.length - a.length);
        return List.copyOf(out);
    }

    /**
     * The first word of the longest listed ministry's name that ends at word {@code last} ("Sanayi ve Teknoloji",
     * "Çevre, Şehircilik ve İklim Değişikliği" before "Bakanı"), or -1. Its words stand apart by spaces or commas.
     */
    public int ministryStart(List<Token> tokens, int last) {
        return nameStart(ministries, tokens, last);
    }

    /**
     * The first word of the longest listed municipal service unit whose name ends at word {@code last} ("Fen İşleri",
     * "Park ve Bahçeler" before "Müdürü"), or -1.
     */
    public int municipalUnitStart(List<Token> tokens, int last) {
        return nameStart(municipalUnits, tokens, last);
    }

    private static int nameStart(List<String[]> names, List<Token> tokens, int last) {
        for (String[] name : names) {
            int first = last - name.length + 1;
            if (first >= 0 && spells(tokens, first, name)) {
                return first;
            }
        }
        return -1;
    }

    private static boolean spells(List<Token> tokens, int first, String[] name) {
        for (int k = 0; k < name.length; k++) {
            Token t = tokens.get(first + k);
            boolean apart = k == 0 || t.sepBefore() == Separator.SPACE || t.sepBefore() == Separator.COMMA;
            if (!t.key().equals(name[k]) || !apart || (k < name.length - 1 && t.hasApostrophe())) {
                return false;
            }
        }
        return true;
    }

    /** The word classes of the first and last words of titles, and of the first words of office nouns. */
    void addWordClasses(Map<String, Integer> into) {
        for (String key : titles.firstKeys()) {
            into.merge(key, WordClass.TITLE_START, (a, b) -> a | b);
        }
        for (String key : titles.lastKeys()) {
            into.merge(key, WordClass.TITLE_END, (a, b) -> a | b);
        }
        for (String key : officeNounsByFirstKey.keySet()) {
            into.merge(key, WordClass.OFFICE_NOUN_START, (a, b) -> a | b);
        }
    }

    /** Whether the key is a one-word office noun ("Valiliği"). */
    boolean isSingleWordOfficeNoun(String key) {
        return singleWordStarts.matchesStartOf(key);
    }

    /** The scope of the office whose canonical title is {@code canonical}, or null for a title not listed. */
    public TitleScope scopeOf(String canonical) {
        return scopes.get(canonical);
    }

    /** The longest title starting at {@code start}, or null. */
    public PhraseTable.Match<Title> match(List<Token> tokens, int start) {
        return titles.match(tokens, start);
    }

    /** The longest office noun ("İl Başkanlığı'na", "belediye başkanlığını") starting at {@code start}, or null. */
    public PhraseTable.Match<Title> matchOfficeNoun(List<Token> tokens, int start) {
        String first = tokens.get(start).key();
        for (OfficeNoun noun : officeNounsByFirstKey.getOrDefault(first, List.of())) {
            int last = start + noun.keys().length - 1;
            if (last < tokens.size() && matchesOfficeNoun(tokens, start, noun)) {
                return new PhraseTable.Match<>(noun.title(), start, last);
            }
        }
        if (!singleWordStarts.matchesStartOf(first)) {
            return null;
        }
        for (OfficeNoun noun : singleWordOfficeNouns) {
            if (first.startsWith(noun.lastPrefix())) {
                return new PhraseTable.Match<>(noun.title(), start, start);
            }
        }
        return null;
    }

    private static boolean matchesOfficeNoun(List<Token> tokens, int start, OfficeNoun noun) {
        int last = start + noun.keys().length - 1;
        for (int k = 1; k < noun.keys().length; k++) {
            Token t = tokens.get(start + k);
            if (t.sepBefore() != Separator.SPACE || tokens.get(start + k - 1).hasApostrophe()) {
                return false;
            }
            boolean ok = k == noun.keys().length - 1 ? t.key().startsWith(noun.lastPrefix())
                    : t.key().equals(noun.keys()[k]);
            if (!ok) {
                return false;
            }
        }
        return last > start;
    }
}
