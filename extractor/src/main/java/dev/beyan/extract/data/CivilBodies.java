package dev.beyan.extract.data;

import dev.beyan.extract.text.Separator;
import dev.beyan.extract.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of civil-society bodies (unions, chambers, associations...) from {@code civil-bodies.tsv}: an office right
 * after one ("Memur-Sen Genel Başkanı", "Ziraat Odası Başkan Vekili") is not a public or party office.
 */
public final class CivilBodies {
    /** The genitive endings, ASCII-folded: "-nın", "-nin", "-nun", "-nün", "-ın", "-in", "-un", "-ün". */
    private static final Set<String> GENITIVES = Set.of("nin", "nun", "in", "un");

    private final List<String> heads;
    private final Set<String> unionSuffixes;
    private final Set<String> abbreviations;
    private final List<String> abbreviationEndings;

    private CivilBodies(List<String> heads, Set<String> unionSuffixes, Set<String> abbreviations,
                        List<String> abbreviationEndings) {
        this.heads = heads;
        this.unionSuffixes = unionSuffixes;
        this.abbreviations = abbreviations;
        this.abbreviationEndings = abbreviationEndings;
    }

    static CivilBodies load() {
        Map<String, List<String>> byCategory = new HashMap<>();
        for (String line : Resources.lines("civil-bodies.tsv")) {
            String[] cols = line.split("\t");
            byCategory.put(cols[0], List.of(cols[1].split(";")));
        }
        return new CivilBodies(byCategory.get("HEAD"), Set.copyOf(byCategory.get("UNION_SUFFIX")),
                Set.copyOf(byCategory.get("ABBREVIATION")), byCategory.get("ABBREVIATION_ENDING"));
    }

    /**
     * The body's head as the owner of the office after it: bare ("Ziraat Odası Başkanı") or in the genitive; in
     * another case it is a place ("Meclis odasında Vali X").
     */
    private static boolean ownerCase(String suffix) {
        return suffix.isEmpty() || GENITIVES.contains(suffix);
    }

    /** Whether word {@code k - 1} ends the name of a civil body and word {@code k} continues its phrase. */
    public boolean endsRightBefore(List<Token> tokens, int k) {
        if (k <= 0 || k >= tokens.size()
                || (tokens.get(k).sepBefore() != Separator.SPACE && !closesInitials(tokens, k))) {
            return false;
        }
        Token last = tokens.get(k - 1);
        String key = last.key();
        if (last.hasApostrophe()) {
            return false;
        }
        return isHead(key) || (last.allCaps() && (initialsOfABody(key) || definedAsABody(tokens, key)))
                || endsAUnionsName(last);
    }

    /** "Derneği (İHD) Başkanı": initials in parentheses between a body's name and its office. */
    private static boolean closesInitials(List<Token> tokens, int k) {
        Token initials = tokens.get(k - 1);
        return tokens.get(k).sepBefore() == Separator.PARENTHESIS && initials.allCaps()
                && (initials.sepBefore() & Separator.PARENTHESIS) != 0;
    }

    /** "TOBB", "İTO", and the local chambers named by their town's initial ("ÇTSO", "Sinop ESOB"). */
    private boolean initialsOfABody(String key) {
        if (abbreviations.contains(key)) {
            return true;
        }
        for (String ending : abbreviationEndings) {
            if (key.endsWith(ending) && key.length() <= ending.length() + 3) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is the last part of a union's dashed name ("Memur-Sen", "Türk-İş"). */
    public boolean endsAUnionsName(Token word) {
        return (word.sepBefore() & Separator.DASH) != 0 && unionSuffixes.contains(word.key());
    }

    private boolean isHead(String key) {
        return heads.stream().anyMatch(head -> key.startsWith(head) && ownerCase(key.substring(head.length())));
    }

    /**
     * "Kıbrıs Türk Öğretmenler Sendikası (KTÖS)": initials that the text gives in parentheses right after a civil
     * body's name stand for that body ("KTÖS Genel Sekreteri").
     */
    private boolean definedAsABody(List<Token> tokens, String initials) {
        for (int j = 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.key().equals(initials) && (t.sepBefore() & Separator.PARENTHESIS) != 0
                    && !tokens.get(j - 1).hasApostrophe() && isHead(tokens.get(j - 1).key())) {
                return true;
            }
        }
        return false;
    }
}
