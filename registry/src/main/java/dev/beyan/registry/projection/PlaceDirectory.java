package dev.beyan.registry.projection;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beyan.common.json.Json;
import dev.beyan.extract.text.TurkishText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer's 81 provinces and 973 districts with their ids (plate code; TÜİK district code), read from the
 * extractor's copy of the data so that both sides agree on every id. Names are looked up Turkish-case-folded.
 */
public final class PlaceDirectory {
    private static final String RESOURCE = "/dev/beyan/extract/data/tr-admin-divisions.json";

    public record Province(int id, String name, String ascii, boolean metropolitan) {
    }

    public record District(int id, int provinceId, String name, String ascii) {
    }

    private final List<Province> provinces = new ArrayList<>();
    private final List<District> districts = new ArrayList<>();
    private final Map<String, Province> provinceByName = new HashMap<>();
    private final Map<String, District> districtByProvinceAndName = new HashMap<>();

    private PlaceDirectory(JsonNode root) {
        for (JsonNode p : root.get("provinces")) {
            Province province = new Province(Integer.parseInt(p.get("plate").asText()), p.get("name").asText(),
                    p.get("ascii").asText(), p.get("is_metropolitan").asBoolean());
            provinces.add(province);
            provinceByName.put(key(province.name()), province);
            for (JsonNode d : p.get("districts")) {
                District district = new District(d.get("code").asInt(), province.id(), d.get("name").asText(),
                        d.get("ascii").asText());
                districts.add(district);
                districtByProvinceAndName.put(province.id() + "/" + key(district.name()), district);
            }
        }
    }

    public static PlaceDirectory load() {
        try (InputStream in = PlaceDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer " + RESOURCE + " is not on the classpath");
            }
            return new PlaceDirectory(Json.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
