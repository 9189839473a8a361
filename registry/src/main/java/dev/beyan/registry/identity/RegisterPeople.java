package dev.beyan.registry.identity;

import dev.beyan.extract.data.Registers;
import dev.beyan.extract.text.TurkishText;
import dev.beyan.registry.projection.PlaceDirectory;

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
        Registers registers = Registers.load();
        List<Entry> rows = new ArrayList<>();
        for (Registers.Mayor m : registers.mayors()) {
            int district = m.municipality() == Registers.Municipality.DISTRICT ? m.districtCode() : 0;
            rows.add(new Entry(m.id(), null, Office.MAYOR, m.office(), fold(m.name()), m.provincePlate(), district,
                    LocalDate.of(2024, 3, 31), null));
        }
        for (Registers.Deputy d : registers.deputies()) {
            rows.add(new Entry(d.id(), null, Office.DEPUTY, "Milletvekili", fold(d.name()), plate(places, d.province()),
                    0, null, null));
        }
        for (Registers.CabinetMember c : registers.cabinet()) {
            rows.add(new Entry(c.id(), null, Office.MINISTER, c.title(), fold(c.name()), 0, 0, c.from(), c.to()));
        }
        for (Registers.Governor g : registers.governors()) {
            rows.add(new Entry(g.id(), null, Office.GOVERNOR, "Vali", fold(g.name()), plate(places, g.province()), 0,
                    g.from(), g.to()));
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

    private static int plate(PlaceDirectory places, String province) {
        return places.province(province).map(PlaceDirectory.Province::id).orElse(0);
    }

    private static String fold(String s) {
        return TurkishText.asciiFold(s);
    }
}
