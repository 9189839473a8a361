package dev.beyan.registry.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beyan.common.json.Json;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.registry.projection.PlaceDirectory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The office-holder registers (2024 mayors, the 28th Grand National Assembly, the cabinet, the governors) as people.
 * Each entry keeps the register's own id ({@code vali-trabzon-1}; for mayors, which have none, {@code
 * mayor2024-<plate>-<district code or 0>} as the extractor writes it), so a link survives a new extractor. Entries of
 * one register with the same name whose terms do not overlap are one person moved from office to office (a governor
 * moved by a decree); entries whose terms overlap, or that give no term, are namesakes.
 */
public final class RegisterPeople {
    private static final String DIR = "/dev/beyan/extract/data/registry/";

    /** The kinds of office the registers hold, and how a release's title names them. */
    enum Office { MAYOR, DEPUTY, MINISTER, GOVERNOR }

    /**
     * One register row: its id, the person it belongs to (the smallest entry id among that person's entries), the
     * office, where (plate code, district code or 0), and the term as the register gives it (null: not given).
     */
    public record Entry(String id, String person, Office office, String title, String foldedName, int provinceId,
                        int districtId, LocalDate from, LocalDate to) {
        /** Whether the register says the office was held on {@code day}; true when it gives no term. */
        boolean heldOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
        }
    }

    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<String, List<Entry>> byPerson = new HashMap<>();

    private RegisterPeople(List<Entry> rows) {
        Map<String, List<Entry>> sameName = new HashMap<>();
        for (Entry e : rows) {
            sameName.computeIfAbsent(e.office() + "/" + e.foldedName(), k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> group : sameName.values()) {
            boolean onePerson = group.size() > 1 && (group.get(0).office() == Office.GOVERNOR
                    || group.get(0).office() == Office.MINISTER) && noTermsOverlap(group);
            String person = group.stream().map(Entry::id).min(Comparator.naturalOrder()).orElseThrow();
            for (Entry e : group) {
                Entry entry = new Entry(e.id(), onePerson ? person : e.id(), e.office(), e.title(), e.foldedName(),
                        e.provinceId(), e.districtId(), e.from(), e.to());
                byId.put(entry.id(), entry);
                byName.computeIfAbsent(entry.foldedName(), k -> new ArrayList<>()).add(entry);
                byPerson.computeIfAbsent(entry.person(), k -> new ArrayList<>()).add(entry);
            }
        }
        byName.values().forEach(list -> list.sort(Comparator.comparing(Entry::id)));
    }

    public static RegisterPeople load(PlaceDirectory places) {
        List<Entry> rows = new ArrayList<>();
        mayors(rows);
        for (String[] c : tsv("tbmm-28.tsv")) {
            rows.add(new Entry(c[3], null, Office.DEPUTY, "Milletvekili", fold(c[0]), plate(places, c[2]), 0, null,
                    null));
        }
        for (String[] c : tsv("cabinet.tsv")) {
            rows.add(new Entry(c[6], null, Office.MINISTER, c[1], fold(c[0]), 0, 0, date(c[4]), date(c[5])));
        }
        for (String[] c : tsv("governors.tsv")) {
            rows.add(new Entry(c[4], null, Office.GOVERNOR, "Vali", fold(c[0]), plate(places, c[1]), 0, date(c[2]),
                    date(c[3])));
        }
        return new RegisterPeople(rows);
    }

    /** The entry with this id, if a register has it. */
    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The entries of {@code person} whose term covers {@code day}: the registered offices they held then. */
    public List<Entry> heldBy(String person, LocalDate day) {
        return byPerson.getOrDefault(person, List.of()).stream().filter(e -> e.heldOn(day)).toList();
    }

    /**
     * The one register entry a release's official stands for: same folded name, same kind of office, same place
     * (and for ministers the same ministry), held on {@code seenOn} when several qualify. Empty when none or more than
     * one remain: a link is made only where the register leaves no doubt.
     */
    public Optional<Entry> link(String title, int provinceId, int districtId, String foldedName, LocalDate seenOn) {
        Office office = officeOf(title);
        List<Entry> named = byName.get(foldedName);
        if (office == null || named == null) {
            return Optional.empty();
        }
        String foldedTitle = fold(title);
        List<Entry> candidates = named.stream().filter(e -> e.office() == office).filter(e -> switch (office) {
            case MAYOR -> e.provinceId() == provinceId && e.districtId() == districtId;
            case DEPUTY, GOVERNOR -> provinceId == 0 || e.provinceId() == provinceId;
            case MINISTER -> fold(e.title()).equals(foldedTitle);
        }).toList();
        if (candidates.size() > 1) {
            candidates = candidates.stream().filter(e -> e.heldOn(seenOn)).toList();
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The kind of registered office a title names; null for candidacies, deputies' aides and unregistered offices. */
    static Office officeOf(String title) {
        if (title == null) {
            return null;
        }
        String t = fold(title);
        if (t.contains("aday") || t.contains("yardimci") || t.contains("vekili ") || t.contains("es baskan")) {
            return null;
        }
        if (t.endsWith("belediye baskani")) {
            return Office.MAYOR;
        }
        if (t.equals("milletvekili")) {
            return Office.DEPUTY;
        }
        if (t.equals("vali")) {
            return Office.GOVERNOR;
        }
        return t.endsWith("bakani") || t.equals("cumhurbaskani") ? Office.MINISTER : null;
    }

    private static boolean noTermsOverlap(List<Entry> group) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                if (overlap(group.get(i), group.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean overlap(Entry a, Entry b) {
        boolean aEndsFirst = a.to() != null && b.from() != null && !a.to().isAfter(b.from());
        boolean bEndsFirst = b.to() != null && a.from() != null && !b.to().isAfter(a.from());
        return !(aEndsFirst || bEndsFirst);
    }

    private static void mayors(List<Entry> rows) {
        try (InputStream in = open("tr-mayors-2024.json")) {
            for (JsonNode m : Json.MAPPER.readTree(in).get("mayors")) {
                int plate = Integer.parseInt(m.get("province_plate").asText());
                int district = m.get("level").asText().equals("ilce") ? m.get("district_code").asInt() : 0;
                String id = "mayor2024-" + m.get("province_plate").asText() + "-" + m.path("district_code").asText("0");
                rows.add(new Entry(id, null, Office.MAYOR, m.get("office").asText(),
                        fold(m.get("mayor").asText()), plate, district, LocalDate.of(2024, 3, 31), null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> tsv(String file) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("name\t")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static InputStream open(String file) {
        InputStream in = RegisterPeople.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException(DIR + file + " is not on the classpath");
        }
        return in;
    }

    private static int plate(PlaceDirectory places, String province) {
        return places.province(province).map(PlaceDirectory.Province::id).orElse(0);
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    private static String fold(String s) {
        return TurkishText.asciiFold(s);
    }
}
