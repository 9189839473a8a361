package dev.beyan.registry.projection;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beyan.common.json.Json;
import dev.beyan.extract.text.TurkishText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The winners of the 31 March 2024 local elections. A mayor the text names is linked to the registry only where
 * both the municipality and the (folded) name agree, because a text may name a deputy, a successor or a namesake.
 */
public final class MayorRegistry {
    private static final String MAYORS = "/dev/beyan/extract/data/registry/tr-mayors-2024.json";
    private static final String PARTIES = "/dev/beyan/extract/data/registry/parties.tsv";

    /** A registry entry: the office as the registry names it and the party's short name. */
    public record Mayor(String office, String party) {
    }

    private final Map<String, Mayor> byMunicipalityAndName = new HashMap<>();

    private MayorRegistry(JsonNode root, Map<String, String> partyNames) {
        for (JsonNode m : root.get("mayors")) {
            int plate = Integer.parseInt(m.get("province_plate").asText());
            String level = m.get("level").asText();
            int district = m.get("district_code").isNull() ? 0 : m.get("district_code").asInt();
            String party = partyNames.getOrDefault(m.get("party").asText(), m.get("party").asText());
            Mayor mayor = new Mayor(m.get("office").asText(), party);
            String name = TurkishText.asciiFold(m.get("mayor").asText());
            if (level.equals("ilce")) {
                byMunicipalityAndName.put(key(plate, district, false, name), mayor);
            } else {
                // A province's own mayor: büyükşehir in the 30 metropolitan provinces, il belediyesi elsewhere.
                byMunicipalityAndName.put(key(plate, 0, true, name), mayor);
            }
        }
    }

    public static MayorRegistry load() {
        try (InputStream mayors = open(MAYORS); InputStream parties = open(PARTIES)) {
            return new MayorRegistry(Json.MAPPER.readTree(mayors), partyNames(parties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The registry's mayor for a mayoral title held in {@code provinceId} / {@code districtId} (0 for the province's
     * own municipality) by a person whose name folds to {@code foldedName}.
     */
    public Optional<Mayor> find(String title, int provinceId, int districtId, String foldedName) {
        if (title == null || !TurkishText.asciiFold(title).contains("belediye baskan") || provinceId == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(byMunicipalityAndName.get(key(provinceId, districtId, districtId == 0, foldedName)));
    }

    private static String key(int plate, int district, boolean provincial, String foldedName) {
        return plate + "/" + (provincial ? "province" : Integer.toString(district)) + "/" + foldedName;
    }

    private static InputStream open(String resource) {
        InputStream in = MayorRegistry.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        return in;
    }

    private static Map<String, String> partyNames(InputStream in) throws IOException {
        Map<String, String> names = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                names.put(cols[0], cols[1]);
            }
        }
        return names;
    }
}
