package dev.beyan.extract.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public registers of office holders bundled with the extractor (files under {@code registry/}, sources in
 * PROVENANCE.md), row by row: the 2024 mayors, the members of the 28th Grand National Assembly, the cabinet and the
 * governors. The one reader of those files, for the extractor's {@link OfficeRegistry} and for the modules that link
 * a release's officials to a register, which must not read the files by path. Parties are given by the short name
 * the news use ({@code parties.tsv}; "Bağımsız" for independents), null where a row names none.
 */
public final class Registers {
    private static final String DIR = "registry/";
    private static final String HEADER_FIRST_COLUMN = "name";
    /** The most columns a register's table has (cabinet.tsv). */
    private static final int COLUMNS = 10;

    /** The kind of municipality a mayor heads. */
    public enum Municipality { METROPOLITAN, PROVINCE_CENTRE, DISTRICT }

    /**
     * A mayor elected on 31 March 2024. {@code id} is {@code mayor2024-<plate>-<district code or 0>}, the id the
     * extractor writes as an official's source; {@code districtCode} is the TÜİK code (0 for a metropolitan
     * municipality); {@code office} the title as the news write it ("Bayındır Belediye Başkanı").
     */
    public record Mayor(String id, Municipality municipality, int provincePlate, String province, int districtCode,
                        String district, String office, String name, String party) {
    }

    /** A member of the 28th Grand National Assembly, elected in {@code province}. */
    public record Deputy(String id, String name, String party, String province) {
    }

    /** A member of the cabinet: {@code from} and {@code to} as the register gives them (null: not given). */
    public record CabinetMember(String id, String name, String title, String ministry, String party, LocalDate from,
                                LocalDate to) {
    }

    /**
     * A governor of {@code province}: the term as the register gives it (null: not given) and the register's event
     * for the row ({@code appointed}, {@code in_office_at_source}, ...).
     */
    public record Governor(String id, String name, String province, LocalDate from, LocalDate to, String event) {
    }

    private final List<Mayor> mayors;
    private final List<Deputy> deputies;
    private final List<CabinetMember> cabinet;
    private final List<Governor> governors;

    private Registers(List<Mayor> mayors, List<Deputy> deputies, List<CabinetMember> cabinet,
                      List<Governor> governors) {
        this.mayors = List.copyOf(mayors);
        this.deputies = List.copyOf(deputies);
        this.cabinet = List.copyOf(cabinet);
        this.governors = List.copyOf(governors);
    }

    /** Reads every register. */
    public static Registers load() {
        Map<String, String> parties = partyNames();
        List<Deputy> deputies = new ArrayList<>();
        for (String[] c : rows("tbmm-28.tsv")) {
            deputies.add(new Deputy(c[3], c[0], party(parties, c[1]), c[2]));
        }
        List<CabinetMember> cabinet = new ArrayList<>();
        for (String[] c : rows("cabinet.tsv")) {
            cabinet.add(new CabinetMember(c[6], c[0], c[1], c[2], party(parties, c[3]), date(c[4]), date(c[5])));
        }
        List<Governor> governors = new ArrayList<>();
        for (String[] c : rows("governors.tsv")) {
            governors.add(new Governor(c[4], c[0], c[1], date(c[2]), date(c[3]), c[6]));
        }
        return new Registers(mayors(parties), deputies, cabinet, governors);
    }

    public List<Mayor> mayors() {
        return mayors;
    }

    public List<Deputy> deputies() {
        return deputies;
    }

    public List<CabinetMember> cabinet() {
        return cabinet;
    }

    public List<Governor> governors() {
        return governors;
    }

    private static List<Mayor> mayors(Map<String, String> parties) {
        List<Mayor> mayors = new ArrayList<>();
        try (InputStream in = Resources.open(DIR + "tr-mayors-2024.json")) {
            for (JsonNode m : new ObjectMapper().readTree(in).get("mayors")) {
                String plate = m.get("province_plate").asText();
                JsonNode district = m.path("district_code");
                Municipality municipality = switch (m.get("level").asText()) {
                    case "buyuksehir" -> Municipality.METROPOLITAN;
                    case "il" -> Municipality.PROVINCE_CENTRE;
                    default -> Municipality.DISTRICT;
                };
                mayors.add(new Mayor("mayor2024-" + plate + "-" + district.asText("0"), municipality,
                        Integer.parseInt(plate), m.get("province").asText(), district.asInt(0),
                        m.path("district").asText(null), m.get("office").asText(), m.get("mayor").asText(),
                        party(parties, m.get("party").asText())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the 2024 mayors", e);
        }
        return mayors;
    }

    /** The rows of a register's table, its header row left out; empty columns (the line is stripped) are "". */
    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : Resources.lines(DIR + file)) {
            String[] c = line.split("\t", -1);
            if (!c[0].equals(HEADER_FIRST_COLUMN)) {
                String[] padded = Arrays.copyOf(c, Math.max(c.length, COLUMNS));
                Arrays.fill(padded, c.length, padded.length, "");
                rows.add(padded);
            }
        }
        return rows;
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
        return id == null || id.isEmpty() ? null : names.getOrDefault(id, id);
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }
}
