package dev.beyan.extract.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The name lists bundled with the extractor, as written (sources in PROVENANCE.md): given names from the population
 * register, most common first, and attested surnames. The one reader of those files: {@link PersonNames} folds them
 * into keys, and a module that needs real names (the benchmark's release generator) reads them here, never by path.
 */
public final class NameLists {
    private NameLists() {
    }

    /** Given names counted at least 100 times in the register, most common first. */
    public static List<String> givenNames() {
        List<String> names = new ArrayList<>();
        for (String line : Resources.lines("given-names.tsv")) {
            names.add(line.substring(0, line.indexOf('\t')));
        }
        return List.copyOf(names);
    }

    public static List<String> surnames() {
        return List.copyOf(Resources.lines("surnames.txt"));
    }
}
