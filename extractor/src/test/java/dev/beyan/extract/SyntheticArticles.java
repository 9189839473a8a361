package dev.beyan.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Releases in the style of Turkish political news, generated from templates written for beyan (no corpus text):
 * titles before and after names, suffixed places, names in capitals, quotes and reported speech.
 */
public final class SyntheticArticles {
    private static final String[] GIVEN = {"Ahmet", "Ayşe", "Mehmet", "Zeynep", "Mustafa", "Elif", "Hüseyin",
            "Fatma", "Oğuz", "Şule", "İlker", "Gülay", "Cemal", "Özlem", "Uğur"};
    private static final String[] SURNAMES = {"Yalçınkaya", "Karataş", "Öztürk", "Aydoğan", "Kılıçoğlu", "Şahin",
            "Çelikkol", "Erdem", "Tunalı", "Güneş", "Akgündüz", "Sarıgül"};
    private static final String[][] DISTRICTS = {{"Tire", "İzmir"}, {"Bayındır", "İzmir"}, {"Foça", "İzmir"},
            {"Didim", "Aydın"}, {"Söke", "Aydın"}, {"Gerze", "Sinop"}, {"Bafra", "Samsun"}, {"Çorlu", "Tekirdağ"}};
    private static final String[] PARTIES = {"CHP", "AK Parti", "MHP", "İYİ Parti", "DEM Parti"};
    private static final String[] SUFFIX = {"'da", "'de", "’ye", "'ya", "'dan", "’ın", ""};
    private static final String[] QUOTES = {
            "Halkımızın taleplerini tek tek dinledik ve çözüm için çalışıyoruz",
            "Yeni dönemde ilçemize değer katacak projeleri birlikte hayata geçireceğiz",
            "Bütçemizin önemli bir bölümünü altyapıya ayırdık, yatırımlar sürecek"};

    private SyntheticArticles() {
    }

    public static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(random));
        }
        return out;
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    static String article(Random r) {
        String given = pick(r, GIVEN);
        String surname = pick(r, SURNAMES);
        String[] district = DISTRICTS[r.nextInt(DISTRICTS.length)];
        String party = pick(r, PARTIES);
        String other = pick(r, GIVEN) + " " + pick(r, SURNAMES);
        StringBuilder b = new StringBuilder();
        if (r.nextBoolean()) {
            b.append('(').append(district[1].toUpperCase(java.util.Locale.forLanguageTag("tr"))).append(")- ");
        }
        b.append(district[0]).append(" Belediye Başkanı ").append(given).append(' ').append(surname)
                .append(", ").append(pick(r, new String[] {"mahalle ziyaretlerini sürdürdü.", "esnafla buluştu."}))
                .append(' ').append(surname).append(", \"").append(pick(r, QUOTES)).append("\" dedi.\n\n");
        b.append(party).append(' ').append(district[1]).append(" İl Başkanı ").append(other)
                .append(" de ").append(district[0]).append(pick(r, SUFFIX)).append(" partililerle bir araya geldi. ")
                .append("Seçim çalışmalarının hızlandığını belirten ").append(other.substring(other.indexOf(' ') + 1))
                .append(", teşkilatın hazır olduğunu vurguladı.\n\n");
        if (r.nextBoolean()) {
            b.append(given.toUpperCase(java.util.Locale.forLanguageTag("tr"))).append(' ')
                    .append(surname.toUpperCase(java.util.Locale.forLanguageTag("tr")))
                    .append(": \"HİZMETE DEVAM\"\n\n");
        }
        b.append("Kiraz üreticileri de ").append(district[1]).append("'deki toplantıya katıldı. Vali ")
                .append(pick(r, SURNAMES)).append(" programı izledi.\n");
        return b.toString();
    }
}
