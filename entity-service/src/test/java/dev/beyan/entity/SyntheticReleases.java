package dev.beyan.entity;

import java.util.List;

/** Press-release-like texts made from templates, many different ones, for load and crash tests. */
final class SyntheticReleases {
    private static final List<String[]> MAYORS = List.of(
            new String[]{"İZMİR", "Tire", "Hayati Okuroğlu"},
            new String[]{"İZMİR", "Kiraz", "Nasuh Coşkun"},
            new String[]{"KONYA", "Ereğli", "Hüseyin Oğuz"},
            new String[]{"SİVAS", "Zara", "Ahmet Kaya"},
            new String[]{"AYDIN", "Söke", "Mustafa Demir"},
            new String[]{"MUĞLA", "Bodrum", "Tamer Mandalinci"});
    private static final List<String> TOPICS = List.of("yeni parkın açılışını", "su şebekesi çalışmalarını",
            "kültür merkezinin temelini", "pazar yerinin yenilenmesini", "okul bahçelerinin düzenlemesini");

    private SyntheticReleases() {
    }

    static String text(int n) {
        String[] m = MAYORS.get(n % MAYORS.size());
        String topic = TOPICS.get((n / MAYORS.size()) % TOPICS.size());
        String surname = m[2].substring(m[2].indexOf(' ') + 1);
        return "(" + m[0] + ")- " + m[1] + " Belediye Başkanı " + m[2] + ", " + topic + " yaptı. " + surname
                + ", \"Bu çalışma ilçemizin " + n + " numaralı projesi olarak halkımıza hizmet edecek\" dedi.\n\n"
                + surname + " ayrıca çalışmaların yıl sonunda tamamlanacağını belirtti.";
    }
}
