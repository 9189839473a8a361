package dev.beyan.launcher.bench;

import dev.beyan.extract.data.NameLists;
import dev.beyan.extract.data.Registers;
import dev.beyan.extract.data.Registers.Deputy;
import dev.beyan.extract.data.Registers.Mayor;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Press releases in the style of Turkish local politics, made up for the benchmark and the fault tests: the people
 * and places are real reference data of the extractor (the 2024 mayors, the members of parliament, common given
 * names and surnames, read through the extractor's {@link Registers} and {@link NameLists}), the sentences are beyan's
 * own templates. Lengths vary from a short notice to a long speech
 * report, quotes are direct and reported, and every release is unique (its external id and a serial in the text).
 * Deterministic for a seed.
 */
public final class ReleaseGenerator {
    private static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final String[] PARTY_NAMES = {"CHP", "AK Parti", "MHP", "İYİ Parti", "DEM Parti", "Yeniden Refah"};
    private static final String[] HEADLINES = {"%s İÇİN YATIRIM MESAİSİ", "%s İÇİN YENİ DÖNEM",
            "%s: SU SORUNU GÜNDEMDE", "%s ÇİFTÇİSİNE DESTEK", "%s MECLİSİNDE BÜTÇE TARTIŞMASI",
            "KENTSEL DÖNÜŞÜMDE SIRA %s"};
    private static final String[] OPENINGS = {"mahalle ziyaretlerinin ardından basın toplantısı düzenledi.",
            "belediye meclisinin olağan toplantısında konuştu.", "yeni hizmet binasının açılışını yaptı.",
            "muhtarlarla bir araya gelerek mahallelerin taleplerini dinledi.",
            "üreticilerle kahvaltıda buluştu.", "yılın ilk yarısında yapılan çalışmaları anlattı."};
    private static final String[] QUOTES = {
            "Kentimizin her mahallesine aynı özenle hizmet götürmek için gece gündüz çalışıyoruz",
            "Bu yıl bütçemizin büyük bölümünü içme suyu ve kanalizasyon hatlarına ayırdık",
            "Üreticimizin emeğini koruyacak kooperatif modelini bütün ilçelerimize yayacağız",
            "Gençlerimizin spor yapabileceği, kitap okuyabileceği alanları çoğaltmak önceliğimizdir",
            "Depreme dayanıklı konut için dönüşüm çalışmalarını mahalle mahalle sürdüreceğiz",
            "Kamu kaynaklarını şeffaf biçimde kullanıyor, her kuruşun hesabını halkımıza veriyoruz",
            "Toplu ulaşımda yeni hatlarla vatandaşımızın yolda geçen zamanını azaltacağız",
            "Sorunları masa başında değil, sahada vatandaşımızı dinleyerek çözüyoruz"};
    private static final String[] CLAIMS = {
            "ilçedeki yol yapım çalışmalarının ay sonunda tamamlanacağını",
            "belediyenin borçlarının son bir yılda önemli ölçüde azaldığını",
            "yeni sağlık merkezinin gelecek ay hizmete açılacağını",
            "kırsal mahallelere yapılan yatırımların süreceğini",
            "meclis kararlarının kamuoyuyla eksiksiz paylaşılacağını",
            "öğrencilere verilen bursların bu dönem artırıldığını"};
    private static final String[] SPEECH_ENDINGS = {"dedi.", "diye konuştu.", "ifadelerini kullandı.",
            "şeklinde konuştu."};
    private static final String[] REPORT_VERBS = {"söyledi.", "belirtti.", "ifade etti.", "açıkladı."};
    private static final String[] NARRATIVE = {
            "Programa mahalle muhtarları, meclis üyeleri ve sivil toplum kuruluşlarının temsilcileri katıldı.",
            "Ziyaret sırasında esnafın talepleri tek tek not alındı.",
            "Heyet daha sonra yapımı süren kültür merkezinde incelemelerde bulundu.",
            "Toplantıda ilçenin altyapı sorunları ve önümüzdeki dönemin öncelikleri ele alındı.",
            "Etkinlik, yöre halkının hazırladığı ikramlarla sona erdi.",
            "Basın mensuplarının sorularını da yanıtlayan yetkililer, çalışmaların takvimini paylaştı."};

    /** The most common given names are enough for made-up party chairs. */
    private static final int GIVEN_NAMES = 400;
    private static final String INDEPENDENT = "Bağımsız";

    private final List<Mayor> mayors;
    private final List<Deputy> deputies;
    private final List<String> givenNames;
    private final List<String> surnames;
    private final SplittableRandom random;
    private long serial;

    public ReleaseGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        Registers registers = Registers.load();
        this.mayors = registers.mayors();
        this.deputies = registers.deputies().stream()
                .filter(d -> d.party() != null && !d.party().equals(INDEPENDENT)).toList();
        List<String> given = NameLists.givenNames();
        this.givenNames = given.subList(0, Math.min(GIVEN_NAMES, given.size()));
        this.surnames = NameLists.surnames();
    }

    /** A release as the JSON body of {@code POST /v1/releases}. */
    public String nextJson() {
        Release r = next();
        return "{\"externalId\":\"" + r.externalId() + "\",\"source\":\"beyan-bench\",\"publishedAt\":\""
                + r.publishedAt() + "\",\"category\":\"Siyaset\",\"text\":" + quoted(r.text()) + "}";
    }

    record Release(String externalId, String publishedAt, String text) {
    }

    Release next() {
        long n = ++serial;
        Mayor mayor = pick(mayors);
        Deputy deputy = pick(deputies);
        String chair = person();
        String chairParty = pick(PARTY_NAMES);
        String place = mayor.district() != null ? mayor.district() : mayor.province();
        StringBuilder b = new StringBuilder(3000);
        b.append(String.format(pick(HEADLINES), place.toUpperCase(TURKISH))).append("\n\n");
        b.append('(').append(mayor.province().toUpperCase(TURKISH)).append(")- ").append(mayor.office()).append(' ')
                .append(mayor.name()).append(", ").append(pick(OPENINGS)).append(' ').append(pick(NARRATIVE)).append("\n\n");
        int paragraphs = 3 + random.nextInt(10);
        for (int i = 0; i < paragraphs; i++) {
            switch (random.nextInt(4)) {
                case 0 -> b.append(surname(mayor.name())).append(", \"").append(pick(QUOTES)).append(". ")
                        .append(pick(QUOTES)).append(". ").append(pick(QUOTES)).append("\" ")
                        .append(pick(SPEECH_ENDINGS));
                case 1 -> b.append(deputy.party()).append(' ').append(deputy.province()).append(" Milletvekili ")
                        .append(deputy.name()).append(" de ").append(pick(CLAIMS)).append(' ').append(pick(REPORT_VERBS));
                case 2 -> b.append(chairParty).append(' ').append(mayor.province()).append(" İl Başkanı ").append(chair)
                        .append(", \"").append(pick(QUOTES)).append("\" ").append(pick(SPEECH_ENDINGS));
                default -> b.append(pick(NARRATIVE)).append(' ').append(pick(NARRATIVE)).append(' ')
                        .append(pick(NARRATIVE));
            }
            b.append("\n\n");
        }
        b.append("Açıklama no: ").append(n).append('.');
        String month = String.format("%02d", 1 + random.nextInt(12));
        String day = String.format("%02d", 1 + random.nextInt(28));
        return new Release("bench-" + Long.toHexString(random.nextLong()) + "-" + n,
                (2024 + random.nextInt(2)) + "-" + month + "-" + day, b.toString());
    }

    private String person() {
        return pick(givenNames) + " " + pick(surnames);
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    static String quoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
