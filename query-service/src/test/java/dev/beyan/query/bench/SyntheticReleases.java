package dev.beyan.query.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Press-release-like texts written for the benchmark from templates and common Turkish names (no published text
 * is copied): provincial party chairs and district visits with a direct quote, so every release yields officials,
 * places and statements. Seeded, so every run loads the same registry.
 */
final class SyntheticReleases {
    private static final Locale TR = Locale.forLanguageTag("tr");
    static final List<String> GIVEN = List.of("Ahmet", "Mehmet", "Mustafa", "Ali", "Hasan", "Hüseyin", "İbrahim",
            "Murat", "Emre", "Burak", "Serkan", "Volkan", "Kemal", "Ayşe", "Fatma", "Zeynep", "Elif", "Emine",
            "Hatice", "Özlem", "Selin", "Derya", "Gülay", "Nurcan", "Tuncay", "Cengiz", "Erdal", "Levent", "Orhan",
            "Yusuf");
    static final List<String> SURNAMES = List.of("Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Yıldız", "Yıldırım",
            "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt",
            "Özkan", "Şimşek", "Polat", "Erdoğan", "Korkmaz", "Karaca", "Aksoy", "Bulut", "Güneş", "Tekin", "Ünal",
            "Gül", "Acar", "Keskin", "Bozkurt", "Tunç", "Sarı", "Uçar", "Turan", "Erdem", "Kaplan", "Başaran");
    static final List<String> PARTIES = List.of("CHP", "AK Parti", "MHP", "İYİ Parti");
    static final List<String> WORDS = List.of("seçim", "tarım", "belediye", "eğitim", "sağlık", "ulaşım", "çiftçi",
            "gençlik", "deprem", "ekonomi", "emekli", "kooperatif", "altyapı", "turizm", "esnaf");
    private static final List<String> TOPICS = List.of("muhtarlar", "esnaf temsilcileri", "çiftçiler",
            "gençlik kolları", "kadın kolları", "sivil toplum kuruluşları");
    private static final List<String> SENTENCES = List.of(
            "Seçim sonuçlarını dikkatle değerlendiriyoruz.",
            "Tarım politikası köklü biçimde değişmeli.",
            "Belediye hizmetleri bütün mahallelere eşit ulaşmalı.",
            "Eğitimde fırsat eşitliği için çalışmaya devam edeceğiz.",
            "Sağlık ocaklarındaki personel eksiği giderilmeli.",
            "Ulaşım yatırımları bu yıl hızlanacak.",
            "Çiftçimizin mazot ve gübre yükünü azaltmak zorundayız.",
            "Gençlerimizin iş bulabilmesi önceliğimizdir.",
            "Deprem bölgesindeki konut sorunu hâlâ çözülmedi.",
            "Ekonomideki daralma esnafımızı zorluyor.",
            "Emeklilerimizin maaşları insanca yaşamaya yetmiyor.",
            "Kooperatiflere verilen destek artırılmalı.",
            "Altyapı çalışmaları yaz bitmeden tamamlanacak.",
            "Turizm sezonuna hazırlıklarımız sürüyor.");

    record Place(String province, List<String> districts) {
    }

    private final List<Place> places;

    SyntheticReleases(List<Place> places) {
        this.places = places;
    }

    /** The official of release {@code i}: 1,200 names in all, so each appears in about eight releases. */
    static String official(int i) {
        int person = Math.floorMod(i * 7919, GIVEN.size() * SURNAMES.size());
        return GIVEN.get(person % GIVEN.size()) + " " + SURNAMES.get(person / GIVEN.size());
    }

    String text(int i) {
        Random random = new Random(i);
        Place place = places.get(Math.floorMod(i * 31, places.size()));
        String name = official(i);
        String surname = name.substring(name.indexOf(' ') + 1);
        String party = PARTIES.get(Math.floorMod(name.hashCode(), PARTIES.size()));
        String district = place.districts().get(random.nextInt(place.districts().size()));
        String other = place.districts().get(random.nextInt(place.districts().size()));
        String first = SENTENCES.get(random.nextInt(SENTENCES.size()));
        String second = SENTENCES.get(random.nextInt(SENTENCES.size()));
        return "(" + place.province().toUpperCase(TR) + ")- " + party + " " + place.province() + " İl Başkanı " + name
                + ", " + district + " ilçesinde " + TOPICS.get(random.nextInt(TOPICS.size()))
                + " ile bir araya geldi. " + surname + ", \"" + first + " " + second + "\" dedi.\n\n"
                + surname + ", önümüzdeki hafta " + other + " ilçesini de ziyaret edeceklerini açıkladı.\n";
    }

    static String publishedAt(int i) {
        return String.format("2024-%02d-%02d", 1 + Math.floorMod(i, 12), 1 + Math.floorMod(i * 13, 28));
    }
}
