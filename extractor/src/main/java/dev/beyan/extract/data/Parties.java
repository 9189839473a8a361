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

    private Parties(PhraseTable<Party> table) {
        this.table = table;
    }

    static Parties load() {
        List<PhraseTable.Entry<Party>> entries = new ArrayList<>();
        for (String line : Resources.lines("parties.tsv")) {
            String[] cols = line.split("\t");
            Party party = new Party(cols[0], cols[1]);
            for (String form : cols[2].split(";")) {
                entries.add(new PhraseTable.Entry<>(TurkishText.asciiFold(form).split(" "), party));
            }
        }
        return new Parties(PhraseTable.of(entries));
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
