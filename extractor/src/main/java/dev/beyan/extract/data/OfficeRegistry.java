package dev.beyan.extract.data;

import dev.beyan.extract.text.TurkishText;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * People whose office public records tell: the 2024 mayors, the members of the 28th Grand National Assembly, the
 * cabinet and the governors (read by {@link Registers}; only the offices held now). Looked up by the folded full
 * name; a name that two entries share (namesakes) is left out, since the name alone cannot tell them apart.
 */
public final class OfficeRegistry {
    /** The registries' word for no party. */
    private static final String INDEPENDENT = "Bağımsız";
    private static final Set<String> CURRENT_GOVERNOR_EVENTS = Set.of("appointed", "in_office_at_source");

    /** An office a registry gives a person; {@code sourceId} names the registry row. */
    public record Entry(String title, TitleScope scope, String org, String party, String province, String district,
                        String sourceId) {
    }

    private final Map<String, Entry> byName;
    private final int size;

    private OfficeRegistry(Map<String, Entry> byName, int size) {
        this.byName = byName;
        this.size = size;
    }

    /** The entry for the person whose full name folds to {@code foldedName} ("senol aslanoglu"), or null. */
    public Entry find(String foldedName) {
        return byName.get(foldedName);
    }

    /**
     * Whether the holder of a one-person national office titled {@code title} ("Cumhurbaşkanı", "İçişleri Bakanı")
     * has the surname that folds to {@code foldedSurname}: "Cumhurbaşkanı Erdoğan" names them by it.
     */
    public boolean soleHolderHasSurname(String title, String foldedSurname) {
        for (Map.Entry<String, Entry> e : byName.entrySet()) {
            TitleScope scope = e.getValue().scope();
            if ((scope == TitleScope.NATIONAL || scope == TitleScope.MINISTER) && e.getValue().title().equals(title)
                    && e.getKey().endsWith(" " + foldedSurname)) {
                return true;
            }
        }
        return false;
    }

    /** How many rows were read, namesakes included. */
    public int size() {
        return size;
    }

    static OfficeRegistry load(Registers registers) {
        Builder b = new Builder();
        for (Registers.Mayor m : registers.mayors()) {
            String party = party(m.party());
            b.add(m.name(), switch (m.municipality()) {
                case METROPOLITAN -> new Entry("Büyükşehir Belediye Başkanı", TitleScope.METROPOLITAN,
                        m.province() + " Büyükşehir Belediyesi", party, m.province(), null, m.id());
                case PROVINCE_CENTRE -> new Entry("Belediye Başkanı", TitleScope.MUNICIPAL,
                        m.province() + " Belediyesi", party, m.province(), null, m.id());
                case DISTRICT -> new Entry("Belediye Başkanı", TitleScope.MUNICIPAL, m.district() + " Belediyesi",
                        party, m.province(), m.district(), m.id());
            });
        }
        for (Registers.Deputy d : registers.deputies()) {
            b.add(d.name(), new Entry("Milletvekili", TitleScope.DEPUTY, "TBMM", party(d.party()), d.province(), null,
                    d.id()));
        }
        for (Registers.CabinetMember c : registers.cabinet()) {
            if (c.to() == null) {
                TitleScope scope = c.ministry().endsWith("Bakanlığı") ? TitleScope.MINISTER : TitleScope.NATIONAL;
                b.add(c.name(), new Entry(c.title(), scope, c.ministry(), party(c.party()), null, null, c.id()));
            }
        }
        for (Registers.Governor g : registers.governors()) {
            if (g.to() == null && CURRENT_GOVERNOR_EVENTS.contains(g.event())) {
                b.add(g.name(), new Entry("Vali", TitleScope.GOVERNOR, g.province() + " Valiliği", null, g.province(),
                        null, g.id()));
            }
        }
        return b.build();
    }

    /** A party as an office's entry gives it: none for independents. */
    private static String party(String name) {
        return INDEPENDENT.equals(name) ? null : name;
    }

    /** Collects entries; a name seen twice with different offices is a namesake pair and is dropped. */
    private static final class Builder {
        private final Map<String, Entry> byName = new HashMap<>();
        private final Map<String, Boolean> ambiguous = new HashMap<>();
        private int size;

        void add(String name, Entry entry) {
            size++;
            String key = TurkishText.asciiFold(name);
            Entry previous = byName.putIfAbsent(key, entry);
            if (previous != null && !(previous.title().equals(entry.title()) && previous.org().equals(entry.org()))) {
                ambiguous.put(key, true);
            }
        }

        OfficeRegistry build() {
            byName.keySet().removeAll(ambiguous.keySet());
            return new OfficeRegistry(Map.copyOf(byName), size);
        }
    }

}
