package dev.beyan.extract.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.extract.text.WordClass;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 81 provinces and 973 districts of Turkey (TÜİK MEDAS via turkiye-api, see PROVENANCE.md), looked up by the
 * ASCII-folded key of their name or alias, and the belde towns by theirs. Immutable after construction.
 */
public final class Gazetteer {
    /** The 51 non-metropolitan provinces each have a central district named "Merkez". */
    public static final String CENTRAL_DISTRICT_KEY = "merkez";

    private final Map<String, List<AdminUnit>> byKey;
    /** First words of the names of more than one word ("19 Mayıs", "Ondokuz Mayıs"). */
    private final Set<String> multiwordFirstKeys;
    private final Map<String, AdminUnit> centralDistrictByProvinceId;
    private final Map<String, Town> townsByKey;
    /** Every belde by name, also those named like a district elsewhere ("Kepez", "Çardak"). */
    private final Map<String, List<Town>> allTownsByKey;
    private final int provinceCount;
    private final int districtCount;
    private final List<Division> divisions;

    private Gazetteer(Map<String, List<AdminUnit>> byKey, Map<String, AdminUnit> centralDistrictByProvinceId,
                      Map<String, Town> townsByKey, Map<String, List<Town>> allTownsByKey, int provinceCount,
                      int districtCount, List<Division> divisions) {
        this.byKey = byKey;
        this.multiwordFirstKeys = byKey.keySet().stream().filter(k -> k.indexOf(' ') > 0)
                .map(k -> k.substring(0, k.indexOf(' '))).collect(Collectors.toUnmodifiableSet());
        this.centralDistrictByProvinceId = centralDistrictByProvinceId;
        this.townsByKey = townsByKey;
        this.allTownsByKey = allTownsByKey;
        this.provinceCount = provinceCount;
        this.districtCount = districtCount;
        this.divisions = divisions;
    }

    /** Reads the gazetteer alone, for code that needs the places but not the rest of {@link ReferenceData}. */
    public static Gazetteer load() {
        return load(new ObjectMapper());
    }

    static Gazetteer load(ObjectMapper json) {
        try (InputStream in = Resources.open("tr-admin-divisions.json")) {
            return of(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer", e);
        }
    }

    private static Gazetteer of(JsonNode root) {
        Map<String, List<AdminUnit>> byKey = new HashMap<>();
        Map<String, AdminUnit> centrals = new HashMap<>();
        Map<String, Town> towns = new HashMap<>();
        Map<String, List<Town>> allTowns = new HashMap<>();
        int provinces = 0;
        int districts = 0;
        List<Division> divisions = new ArrayList<>();
        for (JsonNode p : root.get("provinces")) {
            String plate = p.get("plate").asText();
            String provinceName = p.get("name").asText();
            AdminUnit province = new AdminUnit(plate, provinceName, AdminUnit.Kind.PROVINCE, provinceName, plate,
                    p.path("population").asInt());
            provinces++;
            divisions.add(new Division(province, p.get("ascii").asText(), p.get("is_metropolitan").asBoolean()));
            index(byKey, province, p);
            for (JsonNode d : p.get("districts")) {
                AdminUnit district = new AdminUnit(d.get("code").asText(), d.get("name").asText(),
                        AdminUnit.Kind.DISTRICT, provinceName, plate, d.path("population").asInt());
                districts++;
                divisions.add(new Division(district, d.get("ascii").asText(), false));
                if (TurkishText.asciiFold(district.name()).equals(CENTRAL_DISTRICT_KEY)) {
                    centrals.put(plate, district);
                } else {
                    index(byKey, district, d);
                }
                for (JsonNode t : d.path("towns")) {
                    String townName = t.get("name").asText();
                    Town town = new Town(townName, district);
                    towns.putIfAbsent(TurkishText.asciiFold(townName), town);
                    allTowns.computeIfAbsent(TurkishText.asciiFold(townName), k -> new ArrayList<>()).add(town);
                }
            }
        }
        // Most populous first: with no context, the well-known district is the likelier reading.
        byKey.replaceAll((k, v) -> v.stream()
                .sorted(Comparator.comparingInt(AdminUnit::population).reversed()).toList());
        towns.keySet().removeAll(byKey.keySet());
        allTowns.replaceAll((k, v) -> List.copyOf(v));
        return new Gazetteer(Map.copyOf(byKey), Map.copyOf(centrals), Map.copyOf(towns), Map.copyOf(allTowns),
                provinces, districts, List.copyOf(divisions));
    }

    private static void index(Map<String, List<AdminUnit>> byKey, AdminUnit unit, JsonNode node) {
        byKey.computeIfAbsent(TurkishText.asciiFold(unit.name()), k -> new ArrayList<>()).add(unit);
        for (JsonNode alias : node.path("aliases")) {
            String key = TurkishText.asciiFold(alias.asText()).replace(".", "");
            List<AdminUnit> units = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (!units.contains(unit)) {
                units.add(unit);
            }
        }
    }

    /** The province of a licence-plate number ("71"), or null. */
    public AdminUnit provinceOfPlate(String plate) {
        for (Division d : divisions) {
            if (d.unit().isProvince() && d.unit().provinceId().equals(plate)) {
                return d.unit();
            }
        }
        return null;
    }

    /** Provinces and districts (other than "Merkez") whose name or alias folds to {@code key}; most populous first. */
    public List<AdminUnit> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The word classes of the exact keys: place names, first words of multi-word names, towns. */
    void addWordClasses(Map<String, Integer> into) {
        for (String key : byKey.keySet()) {
            into.merge(key, WordClass.PLACE, (a, b) -> a | b);
        }
        for (String key : multiwordFirstKeys) {
            into.merge(key, WordClass.MULTIWORD_PLACE_START, (a, b) -> a | b);
        }
        for (String key : townsByKey.keySet()) {
            into.merge(key, WordClass.TOWN, (a, b) -> a | b);
        }
    }

    /** Whether the name {@code districtKey} is a district of a province named {@code provinceKey} ("Ardahan Göle"). */
    public boolean isDistrictOf(String provinceKey, String districtKey) {
        for (AdminUnit province : lookup(provinceKey)) {
            if (!province.isProvince()) {
                continue;
            }
            for (AdminUnit district : lookup(districtKey)) {
                if (!district.isProvince() && district.provinceId().equals(province.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the names {@code firstKey} and {@code secondKey} are both districts of one province ("Menderes Buca"). */
    public boolean areSiblingDistricts(String firstKey, String secondKey) {
        for (AdminUnit first : lookup(firstKey)) {
            for (AdminUnit second : lookup(secondKey)) {
                if (!first.isProvince() && !second.isProvince() && first.provinceId().equals(second.provinceId())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The "Merkez" district of a non-metropolitan province, or null. */
    public AdminUnit centralDistrict(AdminUnit province) {
        return centralDistrictByProvinceId.get(province.provinceId());
    }

    /** The belde town whose name folds to {@code key} and is no province or district name, or null. */
    public Town town(String key) {
        return townsByKey.get(key);
    }

    /** Every belde whose name folds to {@code key}, also where a district elsewhere has that name. */
    public List<Town> townsNamed(String key) {
        return allTownsByKey.getOrDefault(key, List.of());
    }

    /** Every province followed by its districts ("Merkez" included), in the file's order. */
    public List<Division> divisions() {
        return divisions;
    }

    public int provinceCount() {
        return provinceCount;
    }

    public int districtCount() {
        return districtCount;
    }
}
