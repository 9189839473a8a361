package dev.beyan.extract.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beyan.extract.text.TurkishText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * People whose office public records tell: the 2024 mayors, the members of the 28th Grand National Assembly, the
 * cabinet and the governors (files under {@code registry/}, sources in PROVENANCE.md). Looked up by the folded full
 * name; a name that two entries share (namesakes) is left out, since the name alone cannot tell them apart.
 */
public final class OfficeRegistry {
    private static final String DIR = "registry/";
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

    /** How many rows were read, namesakes included. */
    public int size() {
        return size;
    }

    static OfficeRegistry load(ObjectMapper json) {
        Map<String, String> parties = partyNames();
        Builder b = new Builder();
        mayors(json, parties, b);
        for (String line : Resources.lines(DIR + "tbmm-28.tsv")) {
            String[] c = line.split("\t", -1);
            if (!c[0].equals("name")) {
                b.add(c[0], new Entry("Milletvekili", TitleScope.DEPUTY, "TBMM", party(parties, c[1]), c[2], null, c[3]));
            }
        }
        for (String line : Resources.lines(DIR + "cabinet.tsv")) {
            String[] c = line.split("\t", -1);
            if (!c[0].equals("name") && c[5].isEmpty()) {
                TitleScope scope = c[2].endsWith("Bakanlığı") ? TitleScope.MINISTER : TitleScope.NATIONAL;
                b.add(c[0], new Entry(c[1], scope, c[2], party(parties, c[3]), null, null, c[6]));
            }
        }
        for (String line : Resources.lines(DIR + "governors.tsv")) {
            String[] c = line.split("\t", -1);
            if (!c[0].equals("name") && c[3].isEmpty() && CURRENT_GOVERNOR_EVENTS.contains(c[6])) {
                b.add(c[0], new Entry("Vali", TitleScope.GOVERNOR, c[1] + " Valiliği", null, c[1], null, c[4]));
            }
        }
        return b.build();
    }

    private static void mayors(ObjectMapper json, Map<String, String> parties, Builder b) {
        try (InputStream in = Resources.open(DIR + "tr-mayors-2024.json")) {
            for (JsonNode m : json.readTree(in).get("mayors")) {
                String level = m.get("level").asText();
                String province = m.get("province").asText();
                String party = party(parties, m.get("party").asText());
                String id = "mayor2024-" + m.get("province_plate").asText() + "-" + m.path("district_code").asText("0");
                Entry e = switch (level) {
                    case "buyuksehir" -> new Entry("Büyükşehir Belediye Başkanı", TitleScope.METROPOLITAN,
                            province + " Büyükşehir Belediyesi", party, province, null, id);
                    case "il" -> new Entry("Belediye Başkanı", TitleScope.MUNICIPAL, province + " Belediyesi", party,
                            province, null, id);
                    default -> new Entry("Belediye Başkanı", TitleScope.MUNICIPAL,
                            m.get("district").asText() + " Belediyesi", party, province, m.get("district").asText(), id);
                };
                b.add(m.get("mayor").asText(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the 2024 mayors", e);
        }
    }

    private static Map<String, String> partyNames() {
        Map<String, String> names = new HashMap<>();
        for (String line : Resources.lines(DIR + "parties.tsv")) {
            String[] c = line.split("\t");
            names.put(c[0], c[1]);
        }
        return names;
    }

    private static String party(Map<String, String> names, String id) {
        String name = id.isEmpty() ? null : names.getOrDefault(id, id);
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
