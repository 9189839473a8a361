package dev.beyan.extract.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office-holder registries: lookups by name, and the files' shape, counts and the consistency rules that
 * PROVENANCE.md promises.
 */
class OfficeRegistryTest {
    private static final OfficeRegistry REGISTRY = ReferenceData.load().officeRegistry();

    @Test
    void loadsEveryRegister() {
        // 1003 mayors of 2024, 592 seated deputies, 33 current cabinet rows, 80 current governors (PROVENANCE.md)
        assertThat(REGISTRY.size()).isEqualTo(1003 + 592 + 33 + 80);
    }

    @Test
    void findsAMayorADeputyAMinisterAndAGovernorByTheFoldedName() {
        assertThat(REGISTRY.find("davut sakarsu")).satisfies(e -> {
            assertThat(e.title()).isEqualTo("Belediye Başkanı");
            assertThat(e.district()).isEqualTo("Bayındır");
            assertThat(e.party()).isEqualTo("CHP");
        });
        assertThat(REGISTRY.find("ozgur ozel")).satisfies(e -> {
            assertThat(e.title()).isEqualTo("Milletvekili");
            assertThat(e.province()).isEqualTo("Manisa");
        });
        assertThat(REGISTRY.find("cevdet yilmaz").title()).isEqualTo("Cumhurbaşkanı Yardımcısı");
        // a governor who left Kilis for Trabzon: only the office held now counts
        assertThat(REGISTRY.find("tahir sahin").org()).isEqualTo("Trabzon Valiliği");
    }

    private static final Locale TR = Locale.forLanguageTag("tr");
    /** Provinces whose current governor no stored source names (PROVENANCE.md, registry/governors.tsv). */
    private static final Set<String> PROVINCES_WITHOUT_KNOWN_GOVERNOR = Set.of("Kırıkkale");
    /** Ministries none of whose deputy ministers a dated 2025-2026 source confirms (PROVENANCE.md). */
    private static final Set<String> MINISTRIES_WITHOUT_KNOWN_DEPUTIES = Set.of(
            "Aile ve Sosyal Hizmetler Bakanlığı", "Çalışma ve Sosyal Güvenlik Bakanlığı",
            "Çevre, Şehircilik ve İklim Değişikliği Bakanlığı", "Dışişleri Bakanlığı",
            "Enerji ve Tabii Kaynaklar Bakanlığı", "Millî Eğitim Bakanlığı", "Sanayi ve Teknoloji Bakanlığı",
            "Tarım ve Orman Bakanlığı", "Ticaret Bakanlığı");

    private static final List<Map<String, String>> GOVERNORS = rows("registry/governors.tsv");
    private static final List<Map<String, String>> CABINET = rows("registry/cabinet.tsv");
    private static final List<Map<String, String>> DEPUTIES = rows("registry/tbmm-28.tsv");

    @Test
    void everyProvinceHasOneCurrentGovernorSaveTheDocumentedGap() throws IOException {
        Map<String, List<String>> current = new HashMap<>();
        for (Map<String, String> g : GOVERNORS) {
            assertThat(provinces()).as("province of %s", g.get("source_id")).contains(g.get("province"));
            if (isCurrentGovernor(g)) {
                current.computeIfAbsent(g.get("province"), p -> new ArrayList<>()).add(g.get("name"));
            }
        }
        Set<String> withoutGovernor = new TreeSet<>(provinces());
        withoutGovernor.removeAll(current.keySet());

        assertThat(withoutGovernor).isEqualTo(PROVINCES_WITHOUT_KNOWN_GOVERNOR);
        assertThat(current.values()).allSatisfy(names -> assertThat(names).hasSize(1));
        assertThat(current.values().stream().map(names -> names.get(0)))
                .as("nobody governs two provinces").doesNotHaveDuplicates();
        assertThat(current).hasSize(80);
    }

    @Test
    void aGovernorRowSaysWhenAndWhereItWasSeen() {
        for (Map<String, String> g : GOVERNORS) {
            assertThat(g.get("event")).isIn("appointed", "left", "in_office_at_source");
            assertDatesInOrder(g);
            if (isCurrentGovernor(g) && !g.get("seen").isEmpty()) {
                assertThat(g.get("seen_source")).startsWith("http");
            }
            if (g.get("event").equals("in_office_at_source")) {
                assertThat(g.get("seen")).as("seen of %s", g.get("source_id")).isNotEmpty();
            }
        }
    }

    @Test
    void everyMinistryHasOneMinisterAndTheKnownDeputies() {
        Map<String, Long> ministers = CABINET.stream().filter(c -> c.get("to").isEmpty())
                .filter(c -> c.get("title").endsWith("Bakanı"))
                .collect(Collectors.groupingBy(c -> c.get("ministry"), Collectors.counting()));
        Set<String> withDeputies = CABINET.stream().filter(c -> c.get("to").isEmpty())
                .filter(c -> c.get("title").endsWith("Bakan Yardımcısı"))
                .map(c -> c.get("ministry")).collect(Collectors.toSet());
        Set<String> withoutDeputies = new TreeSet<>(ministers.keySet());
        withoutDeputies.removeAll(withDeputies);

        assertThat(ministers).hasSize(17).allSatisfy((ministry, count) -> assertThat(count).isEqualTo(1));
        assertThat(withoutDeputies).isEqualTo(MINISTRIES_WITHOUT_KNOWN_DEPUTIES);
        for (Map<String, String> c : CABINET) {
            assertDatesInOrder(c);
            String office = c.get("title");
            if (office.endsWith("Bakanı") || office.endsWith("Bakan Yardımcısı")) {
                String stem = c.get("ministry").replaceFirst("Bakanlığı$", "");
                assertThat(office).as("title of %s", c.get("source_id")).startsWith(stem + "Bakan");
            }
        }
    }

    @Test
    void namesAreInTurkishTitleCaseAndSourceIdsAreUnique() {
        List<Map<String, String>> all = new ArrayList<>(GOVERNORS);
        all.addAll(CABINET);
        all.addAll(DEPUTIES);
        for (Map<String, String> row : all) {
            assertThat(row.get("name").split(" ")).as("name %s", row.get("name"))
                    .allSatisfy(word -> assertThat(word).isEqualTo(titleCase(word)));
        }
        assertThat(all.stream().map(r -> r.get("source_id"))).doesNotHaveDuplicates().doesNotContain("");
    }

    private static boolean isCurrentGovernor(Map<String, String> g) {
        return g.get("to").isEmpty() && !g.get("event").equals("left");
    }

    private static void assertDatesInOrder(Map<String, String> row) {
        String from = row.get("from");
        String to = row.get("to");
        if (!from.isEmpty() && !to.isEmpty()) {
            assertThat(LocalDate.parse(from)).as("dates of %s", row.get("source_id"))
                    .isBeforeOrEqualTo(LocalDate.parse(to));
        }
        for (String key : List.of("from", "to", "seen")) {
            String date = row.getOrDefault(key, "");
            if (!date.isEmpty()) {
                LocalDate.parse(date);
            }
        }
    }

    private static String titleCase(String word) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            String ch = word.substring(i, i + 1);
            out.append(start ? ch.toUpperCase(TR) : ch.toLowerCase(TR));
            start = ch.equals("-") || ch.equals("'");
        }
        return out.toString();
    }

    private static Set<String> provinces() throws IOException {
        try (InputStream in = Resources.open("tr-admin-divisions.json")) {
            Set<String> names = new HashSet<>();
            for (JsonNode p : new ObjectMapper().readTree(in).get("provinces")) {
                names.add(p.get("name").asText());
            }
            return names;
        }
    }

    /** The rows of a registry TSV keyed by its header; fields left out at the end of a line are empty. */
    private static List<Map<String, String>> rows(String file) {
        List<String> lines = Resources.lines(file);
        String[] header = lines.get(0).split("\t");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertThat(cells.length).as("fields of %s", line).isLessThanOrEqualTo(header.length);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
