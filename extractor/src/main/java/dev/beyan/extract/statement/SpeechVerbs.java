package dev.beyan.extract.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beyan.extract.text.TurkishText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The speech verbs of Turkish news. Quotation cues ("dedi", "diye konuştu", "şunları söyledi") come as
 * surface forms from {@code data/tr-speech-verbs.json}; the reporting verbs that govern a content clause
 * come as stems ({@code reporting-verb-stems.txt}) inflected here with the endings that make them a
 * predicate: past (-DI, -DIlAr), evidential past (-mIş, -mIştI), present (-(I)yor), converbs (-(y)ArAk,
 * -(y)Ip, -DIktAn, -(A/I)rken, -(y)IncA, -mAklA), subject participle (-(y)An), relative participle (-DIğI) and the verbal
 * noun its speaker owns in the genitive (-mAsI). A nominalised form ("belirttiğini") is not among them: it is
 * itself a content clause, governed by another verb.
 */
final class SpeechVerbs {

    /** What an inflected speech verb does in its sentence. */
    enum Form { FINITE, CONVERB, PARTICIPLE, RELATIVE, PASSIVE }

    /** Tokens {@code [first, last]} form a speech verb in {@code form}. */
    record Match(int first, int last, Form form) {
    }

    private static final String DATA = "/dev/beyan/extract/data/tr-speech-verbs.json";

    private static final Map<String, Form> ENDINGS = new HashMap<>();
    private static final Set<String> CONCESSIVE = Set.of("sa", "se");

    static {
        for (String v : new String[] {"ı", "i", "u", "ü"}) {
            for (String d : new String[] {"d", "t"}) {
                ENDINGS.put(d + v, Form.FINITE);
                ENDINGS.put(d + v + "lar", Form.FINITE);
                ENDINGS.put(d + v + "ler", Form.FINITE);
                ENDINGS.put(d + v + "ğı".replace('ı', v.charAt(0)), Form.RELATIVE);
                // a report inside a report, owned by its speaker in the genitive: "Bakan'ın [...] söylediğini
                // hatırlattı", "Valiliğin [...] iddia ettiklerini"
                ENDINGS.put(d + v + "ğ" + v + "n" + v, Form.RELATIVE);
                ENDINGS.put(d + v + ("ıu".indexOf(v) >= 0 ? "klarını" : "klerini"), Form.RELATIVE);
            }
            ENDINGS.put("m" + v + "ş", Form.FINITE);
            ENDINGS.put("m" + v + "şt" + v, Form.FINITE);
            ENDINGS.put("m" + v + "ştır".replace('ı', v.charAt(0)), Form.FINITE);
        }
        for (String e : new String[] {"arak", "erek", "yarak", "yerek"}) {
            ENDINGS.put(e, Form.CONVERB);
        }
        for (String v : new String[] {"ı", "i", "u", "ü"}) {
            ENDINGS.put(v + "yor", Form.FINITE); // present: belirt-iyor, savun-uyor
            ENDINGS.put(v + "yordu", Form.FINITE);
            ENDINGS.put(v + "p", Form.CONVERB); // belirt-ip
            ENDINGS.put("y" + v + "p", Form.CONVERB); // söyle-yip
            for (String d : new String[] {"d", "t"}) {
                ENDINGS.put(d + v + "ktan".replace('a', "ıu".indexOf(v) >= 0 ? 'a' : 'e'), Form.CONVERB); // belirt-tikten
            }
        }
        // the aorist converb "while saying": söyle-rken, belirt-irken, ifade ed-erken, açıkla-rken
        for (String e : new String[] {"rken", "ırken", "irken", "urken", "ürken", "arken", "erken"}) {
            ENDINGS.put(e, Form.CONVERB);
        }
        // the converb "when (he) said": belirt-ince, söyle-yince, açıkla-yınca, de-yince
        for (String e : new String[] {"ınca", "ince", "unca", "ünce"}) {
            ENDINGS.put(e, Form.CONVERB);
            ENDINGS.put("y" + e, Form.CONVERB);
        }
        // the verbal noun owned by its speaker: "Kaymakam Er'in [...] söylemesi üzerine", "belirtmeleri"
        for (String e : new String[] {"ması", "mesi", "maları", "meleri"}) {
            ENDINGS.put(e, Form.RELATIVE);
        }
        // the infinitive with "with": "söylemekle yetindi", "dikkat çekmekle birlikte"
        for (String e : new String[] {"makla", "mekle"}) {
            ENDINGS.put(e, Form.CONVERB);
        }
        for (String e : new String[] {"an", "en", "yan", "yen"}) {
            ENDINGS.put(e, Form.PARTICIPLE);
        }
        // the concessive conditional "although (he) said", always before "de/da": "... olduğunu söylese de",
        // passive "... yapılacağı söylense de"
        for (String e : CONCESSIVE) {
            ENDINGS.put(e, Form.CONVERB);
        }
    }

    /** A reporting stem as folded words, and the form its last word takes in one inflection. */
    private record Inflected(String[] stem, Form form) {
    }

    /** Every inflected last word of a reporting verb, to the stems and forms it can be: one lookup a word. */
    private final Map<String, List<Inflected>> reportingByInflectedWord = new HashMap<>();
    private final List<String[]> postQuoteForms = new ArrayList<>();
    private final List<String[]> introForms = new ArrayList<>();

    SpeechVerbs() {
        for (String line : RuleData.lines("reporting-verb-stems.txt")) {
            for (String alt : line.split("\\|")) {
                String[] words = TurkishText.lower(alt.strip()).split("\\s+");
                String last = words[words.length - 1];
                for (Map.Entry<String, Form> ending : ENDINGS.entrySet()) {
                    reportingByInflectedWord.computeIfAbsent(last + ending.getKey(),
                            k -> new ArrayList<>()).add(new Inflected(words, ending.getValue()));
                }
                String passive = passiveStem(last);
                for (Map.Entry<String, Form> ending : ENDINGS.entrySet()) {
                    // "... olduğu belirtildi", and as a converb, "... olduğu hatırlatılarak, ... olduğu vurgulandı",
                    // "... sunacağı belirtilirken, ... yapılacağı bildirildi"
                    boolean passiveConverb = ending.getValue() == Form.CONVERB && !ending.getKey().startsWith("y")
                            && (ending.getKey().endsWith("rak") || ending.getKey().endsWith("rek")
                                || ending.getKey().endsWith("rken") || CONCESSIVE.contains(ending.getKey()));
                    if (ending.getValue() == Form.FINITE || passiveConverb) {
                        reportingByInflectedWord.computeIfAbsent(passive + ending.getKey(),
                                k -> new ArrayList<>()).add(new Inflected(words, Form.PASSIVE));
                    }
                }
                if (endsInLowVowel(last)) {
                    // the present narrows a final a/e: söyle -> söylüyor, açıkla -> açıklıyor, de -> diyor
                    String narrowed = last.substring(0, last.length() - 1);
                    for (String v : new String[] {"ı", "i", "u", "ü"}) {
                        for (String tense : new String[] {"yor", "yordu"}) {
                            reportingByInflectedWord.computeIfAbsent(narrowed + v + tense,
                                    k -> new ArrayList<>()).add(new Inflected(words, Form.FINITE));
                        }
                    }
                }
            }
        }
        JsonNode root = read();
        collect(root.path("post_quote"), postQuoteForms);
        collect(root.path("intro_colon"), introForms);
        Comparator<String[]> longestFirst = Comparator.comparingInt((String[] a) -> a.length).reversed();
        postQuoteForms.sort(longestFirst);
        introForms.sort(longestFirst);
    }

    /**
     * The passive stem, for reports without a speaker ("...olduğu belirtildi", "...yapılacağı ifade edildi"): -n
     * after a vowel (açıkla-n), -In after l, -Il elsewhere (belirt-il, kayded-il, sür-ül), in the vowel harmony
     * of the last vowel. Of two alternative stems only the one that occurs before a vowel ever matches.
     */
    static String passiveStem(String stem) {
        char last = stem.charAt(stem.length() - 1);
        if (VOWELS.indexOf(last) >= 0) {
            return stem + "n";
        }
        char vowel = 'i';
        for (int i = stem.length() - 1; i >= 0; i--) {
            int v = VOWELS.indexOf(stem.charAt(i));
            if (v >= 0) {
                vowel = HIGH_HARMONY.charAt(v);
                break;
            }
        }
        return stem + vowel + (last == 'l' ? "n" : "l");
    }

    private static final String VOWELS = "aıoueiöü";
    /** The high vowel that follows each vowel of {@link #VOWELS} in harmony. */
    private static final String HIGH_HARMONY = "ııuuiiüü";

    private static boolean endsInLowVowel(String w) {
        char c = w.charAt(w.length() - 1);
        return c == 'a' || c == 'e';
    }

    private static JsonNode read() {
        try (InputStream in = SpeechVerbs.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DATA);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode groups, List<String[]> into) {
        for (JsonNode group : groups) {
            for (JsonNode form : group.path("forms")) {
                into.add(TurkishText.lower(form.asText()).split("\\s+"));
            }
        }
    }

    /** The reporting verb whose inflected last word is token {@code last}, or null. */
    Match reportingEndingAt(List<Token> tokens, int last) {
        List<Inflected> candidates = reportingByInflectedWord.get(tokens.get(last).folded());
        if (candidates == null) {
            return null;
        }
        for (Inflected c : candidates) {
            String[] stem = c.stem();
            int first = last - stem.length + 1;
            if (first >= 0 && wordsMatch(tokens, first, stem, stem.length - 1)) {
                return new Match(first, last, c.form());
            }
        }
        return null;
    }

    /** The reporting verb starting at token {@code first}, or null. */
    Match reportingStartingAt(List<Token> tokens, int first) {
        for (int len = 1; len <= 4 && first + len - 1 < tokens.size(); len++) {
            Match m = reportingEndingAt(tokens, first + len - 1);
            if (m != null && m.first() == first) {
                return m;
            }
        }
        return null;
    }

    /** The quotation cue (e.g. "ifadelerini kullandı") starting at token {@code first}, or null. */
    Match postQuoteStartingAt(List<Token> tokens, int first) {
        for (String[] form : postQuoteForms) {
            if (first + form.length <= tokens.size() && wordsMatch(tokens, first, form, form.length)) {
                return new Match(first, first + form.length - 1, Form.FINITE);
            }
        }
        return null;
    }

    /** The colon-introducer (e.g. "şunları söyledi") ending at token {@code last}, or null. */
    Match introEndingAt(List<Token> tokens, int last) {
        for (String[] form : introForms) {
            int first = last - form.length + 1;
            if (first >= 0 && wordsMatch(tokens, first, form, form.length)) {
                return new Match(first, last, Form.FINITE);
            }
        }
        return null;
    }

    private static boolean wordsMatch(List<Token> tokens, int first, String[] words, int count) {
        for (int i = 0; i < count; i++) {
            if (!tokens.get(first + i).folded().equals(words[i])) {
                return false;
            }
        }
        return true;
    }
}
