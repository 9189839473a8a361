package dev.beyan.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A corpus of releases in the style of Turkish political news, generated from templates written for beyan (no
 * publisher's text): datelines, titles before and after names, suffixed places, lists of districts, direct quotes
 * over several paragraphs, reported speech, headlines in capitals. Deterministic for a given seed.
 */
public final class SyntheticCorpus {
    private static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final String[] GIVEN = {"Ahmet", "Ayşe", "Mehmet", "Zeynep", "Mustafa", "Elif", "Hüseyin",
            "Fatma", "Oğuz", "Şule", "İlker", "Gülay", "Cemal", "Özlem", "Uğur", "Hatice", "Serkan", "Nurcan"};
    private static final String[] SURNAMES = {"Yalçınkaya", "Karataş", "Öztürk", "Aydoğan", "Kılıçoğlu", "Şahin",
            "Çelikkol", "Erdem", "Tunalı", "Güneş", "Akgündüz", "Sarıgül", "Demirbağ", "Koçer", "Bozkurtlu"};
    private static final String[][] DISTRICTS = {{"Tire", "İzmir"}, {"Bayındır", "İzmir"}, {"Foça", "İzmir"},
            {"Didim", "Aydın"}, {"Söke", "Aydın"}, {"Gerze", "Sinop"}, {"Bafra", "Samsun"}, {"Çorlu", "Tekirdağ"},
            {"Alanya", "Antalya"}, {"Milas", "Muğla"}, {"Nilüfer", "Bursa"}, {"Talas", "Kayseri"}};
    private static final String[] PARTIES = {"CHP", "AK Parti", "MHP", "İYİ Parti", "DEM Parti", "DEVA Partisi"};
    private static final String[] SUFFIXES = {"'da", "'de", "’ye", "'ya", "'dan", "’ın", "'nin", ""};
    private static final String[] QUOTES = {
            "Halkımızın taleplerini tek tek dinledik ve çözüm için gece gündüz çalışıyoruz",
            "Yeni dönemde ilçemize değer katacak projeleri hep birlikte hayata geçireceğiz",
            "Bütçemizin önemli bir bölümünü altyapıya ayırdık, yatırımlarımız hız kesmeden sürecek",
            "Üreticimizin yanında olmaya, kooperatiflerimizi güçlendirmeye devam edeceğiz",
            "Gençlerimiz için spor tesisleri ve kütüphaneler kazandırmayı sürdüreceğiz"};
    private static final String[] NARRATIVE = {
            "Program kapsamında mahalle muhtarlarıyla da görüşülerek sorunlar not edildi.",
            "Ziyarette esnafın talepleri dinlendi, pazar yerindeki düzenlemeler konuşuldu.",
            "Toplantıya il yöneticileri, meclis üyeleri ve sivil toplum temsilcileri katıldı.",
            "Kiraz ve zeytin üreticileri hasat döneminde yaşanan sorunları aktardı.",
            "Heyet, daha sonra yapımı süren kültür merkezinde incelemelerde bulundu."};

    private SyntheticCorpus() {
    }

    /** {@code count} releases from {@code seed}. */
    public static List<String> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(release(random));
        }
        return out;
    }

    /** The UTF-8 size of the texts, the unit of the MB/s figure. */
    public static long utf8Bytes(List<String> texts) {
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    private static String pick(SplittableRandom r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    private static String release(SplittableRandom r) {
        String[] district = DISTRICTS[r.nextInt(DISTRICTS.length)];
        String[] other = DISTRICTS[r.nextInt(DISTRICTS.length)];
        String mayorGiven = pick(r, GIVEN);
        String mayorSurname = pick(r, SURNAMES);
        String chairSurname = pick(r, SURNAMES);
        String chair = pick(r, GIVEN) + " " + chairSurname;
        String party = pick(r, PARTIES);
        StringBuilder b = new StringBuilder(2048);
        b.append(pick(r, new String[] {district[0], district[1]}).toUpperCase(TURKISH))
                .append("'DA HİZMET SEFERBERLİĞİ\n\n");
        b.append('(').append(district[1].toUpperCase(TURKISH)).append(")- ").append(district[0])
                .append(" Belediye Başkanı ").append(mayorGiven).append(' ').append(mayorSurname)
                .append(", ").append(other[0]).append(pick(r, SUFFIXES)).append(" yapılan toplantının ardından ")
                .append(district[0]).append(pick(r, SUFFIXES)).append(" vatandaşlarla buluştu. ")
                .append(pick(r, NARRATIVE)).append("\n\n");
        b.append(party).append(' ').append(district[1]).append(" İl Başkanı ").append(chair)
                .append(" de ziyarete katıldı. Seçim çalışmalarının hızlandığını belirten ").append(chairSurname)
                .append(", teşkilatın sahada olduğunu vurguladı. ").append(pick(r, NARRATIVE)).append("\n\n");
        b.append(mayorSurname).append(", şunları söyledi:\n\n\"").append(pick(r, QUOTES)).append(". ")
                .append(pick(r, QUOTES)).append(".\n\n").append(pick(r, QUOTES).toUpperCase(TURKISH))
                .append("\n\n").append(pick(r, QUOTES)).append(".\"\n\n");
        b.append(other[1]).append(" Valisi ").append(pick(r, GIVEN)).append(' ').append(pick(r, SURNAMES))
                .append(" ise ").append(other[0]).append(" ilçesindeki çalışmaları yerinde inceledi. Vali, \"")
                .append(pick(r, QUOTES)).append("\" dedi. ").append(pick(r, NARRATIVE)).append('\n');
        return b.toString();
    }
}
