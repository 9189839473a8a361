package dev.beyan.registry.projection;

import dev.beyan.extract.data.AdminUnit;
import dev.beyan.extract.data.Division;
import dev.beyan.extract.data.Gazetteer;
import dev.beyan.extract.text.TurkishText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer's 81 provinces and 973 districts with their ids (plate code; TÜİK district code), as the extractor's
 * {@link Gazetteer} reads them, so that both sides agree on every id. Names are looked up Turkish-case-folded.
 */
public final class PlaceDirectory {

    public record Province(int id, String name, String ascii, boolean metropolitan) {
    }

    public record District(int id, int provinceId, String name, String ascii) {
    }

    private final List<Province> provinces = new ArrayList<>();
    private final List<District> districts = new ArrayList<>();
    private final Map<String, Province> provinceByName = new HashMap<>();
    private final Map<String, District> districtByProvinceAndName = new HashMap<>();

    private PlaceDirectory(Gazetteer gazetteer) {
        for (Division division : gazetteer.divisions()) {
            AdminUnit unit = division.unit();
            if (unit.isProvince()) {
                Province province = new Province(Integer.parseInt(unit.id()), unit.name(), division.ascii(),
                        division.metropolitan());
                provinces.add(province);
                provinceByName.put(key(province.name()), province);
            } else {
                District district = new District(Integer.parseInt(unit.id()), Integer.parseInt(unit.provinceId()),
                        unit.name(), division.ascii());
                districts.add(district);
                districtByProvinceAndName.put(district.provinceId() + "/" + key(district.name()), district);
            }
        }
    }

    public static PlaceDirectory load() {
        return new PlaceDirectory(Gazetteer.load());
    }

    public List<Province> provinces() {
        return provinces;
    }

    public List<District> districts() {
        return districts;
    }

    public Optional<Province> province(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(provinceByName.get(key(name)));
    }

    public Optional<District> district(int provinceId, String name) {
        return name == null ? Optional.empty()
                : Optional.ofNullable(districtByProvinceAndName.get(provinceId + "/" + key(name)));
    }

    private static String key(String name) {
        return TurkishText.asciiFold(name);
    }
}
