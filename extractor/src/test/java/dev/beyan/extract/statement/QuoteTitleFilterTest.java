package dev.beyan.extract.statement;

import org.junit.jupiter.api.Test;

import static dev.beyan.extract.statement.Fixtures.find;
import static dev.beyan.extract.statement.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

class QuoteTitleFilterTest {

    @Test
    void rejectsShortSloganAndScareQuotes() {
        String text = "Belediye \"Temiz Çevre\" kampanyası başlattı. Muhalefet bunu \"göz boyama\" olarak niteledi.";
        assertThat(find(text)).isEmpty();
    }

    @Test
    void rejectsTitleOfWork() {
        String text = "Başkan Ali Tekin \"Yeşil Şehir Güzel Şehir\" adlı projeyi tanıttı. "
                + "Ardından \"Kentin hafızası ve geleceği üzerine\" başlıklı paneli izledi.";
        assertThat(find(text, "Ali Tekin")).isEmpty();
    }

    @Test
    void rejectsATitleCaseHeadlineJoinedByAComma() {
        String text = "Vekil Ali Tekin basın toplantısı düzenledi.\n\n"
                + "\"Belediye Hizmet Üretmeyi Bıraktı, Borç Üreten Bir Kurum Oldu\"\n\nTekin yönetimi eleştirdi.";
        assertThat(find(text, "Ali Tekin")).isEmpty();
    }

    @Test
    void rejectsATitleCaseHeadingOnItsOwnLineEvenWithAFullStop() {
        String text = "Vali Ali Tekin, \"Yeni camimiz ilçemize hayırlı olsun, emeği geçen herkese teşekkür ederim.\" "
                + "dedi.\n\n\"Camilerimizi Çocuklarımızın Sesleriyle Dolduralım.\"\n\nTekin, gençlere seslendi.";
        assertThat(texts(find(text, "Ali Tekin")))
                .containsExactly("Yeni camimiz ilçemize hayırlı olsun, emeği geçen herkese teşekkür ederim.");
    }

    @Test
    void rejectsAQuoteNamingAViewOrAnEventInAnyCase() {
        String text = "Başkan Ali Tekin, \"ortaklar yakında yollarını ayıracak\" iddialarına yanıt verdi. İlçe başkanlığının "
                + "\"bahar şenliği ve dostluk buluşması\" akşam programında partililer bir araya geldi. Eski başkan "
                + "hakkında 'Görevi kötüye kullanma' ve 'resmi belgede sahtecilik yapma' suçlarından dava açıldı.";
        assertThat(find(text, "Ali Tekin")).isEmpty();
    }

    @Test
    void rejectsWhatAMotionIsAboutButKeepsWordsAnsweredByANounOfSaying() {
        String text = "Başkan Ali Tekin tarafından geri gönderilen \"otobüs ücretlerinde yüzde 20 indirim yapılmasına\" "
                + "ilişkin önerge kabul edildi. Meclis, \"yeni pazar yerinin ilçeye taşınmasına\" dair kararı da onayladı.";
        assertThat(find(text, "Ali Tekin")).isEmpty();
        assertThat(find("Başkan Ali Tekin, \"Bu bütçe kentin bütçesi değildir\" sözlerine ilişkin eleştirileri "
                + "yanıtladı.", "Ali Tekin")).hasSize(1);
    }

    @Test
    void rejectsTheTopicOfAMotionBeforeIleIlgiliOrHakkinda() {
        String text = "Başkan Ali Tekin'in \"sahil yolunda trafiğin azaltılması\" ile ilgili teklifi reddedildi. "
                + "Meclis, \"pazar yerinin ilçeye taşınması\" hakkında araştırma açtı.";
        assertThat(find(text, "Ali Tekin")).isEmpty();
        assertThat(find("Ali Tekin, \"Bu yol yıl sonunda açılacak\" ile ilgili sözlerini yineledi.", "Ali Tekin"))
                .hasSize(1);
    }

    @Test
    void rejectsTheMarksOfAPagesMarkup() {
        String text = "Başkan Ali Tekin konuştu.\n\nYorum yazarken şu etiketleri kullanabilirsiniz: <a href=\"\" "
                + "title=\"\"> <b> <blockquote cite=\"\"> <cite> <code> <del datetime=\"\"> <em> <i> <q cite=\"\"> <s>";
        assertThat(find(text, "Ali Tekin")).isEmpty();
    }

    @Test
    void rejectsAWebOrMailAddressQuotedAlone() {
        String text = "Vali Ali Tekin, \"Herkes başvurabilir, kimse dışarıda kalmayacak\" dedi. Başvurular "
                + "\"https://destek.sinop.bel.tr\" adresinden ya da \"bilgi@sinop.bel.tr\" adresine yapılabiliyor.";
        assertThat(texts(find(text, "Ali Tekin"))).containsExactly("Herkes başvurabilir, kimse dışarıda kalmayacak");
    }

    @Test
    void rejectsWordsWrittenOnBannersButKeepsABannerHeldInProtest() {
        assertThat(texts(Fixtures.direct(find("Salona \"Yarınlar emekçilerin olacaktır elbet\" ve \"Bu kentin suyu "
                + "herkesindir dostlar\" yazılı pankartlar asıldı. Üye Ali Kaya, \"Gidenleri de kalanları da tarih "
                + "elbet yazacaktır\" pankartı ile tepkisini dile getirdi."))))
                .containsExactly("Gidenleri de kalanları da tarih elbet yazacaktır");
    }

    @Test
    void keepsASloganChanted() {
        String text = "Sağlık çalışanları \"Nöbet ücretlerimiz hemen ödensin artık\" sloganları attı.";
        assertThat(texts(Fixtures.direct(find(text)))).containsExactly("Nöbet ücretlerimiz hemen ödensin artık");
    }

    @Test
    void keepsSpeechThatNamesARowOfOfficials() {
        String text = "Başkan Ali Tekin, \"İl Başkanımız Kemal Tuna, Milletvekillerimiz Oya Er, Eren Su ve Gül Ay ile "
                + "Gerze'de toplandık. Katılan Herkese Teşekkür Ederim\" dedi.";
        assertThat(Fixtures.direct(find(text, "Ali Tekin"))).hasSize(1);
    }

    @Test
    void keepsAQuoteWithItsCueGluedToTheClosingMark() {
        String text = "Başkan Ali Tekin, “Yeni hizmet binamız ilçemize uğurlu olsun”dedi.";
        assertThat(texts(Fixtures.direct(find(text, "Ali Tekin"))))
                .containsExactly("Yeni hizmet binamız ilçemize uğurlu olsun");
        String whileSaying = "Başkan Ali Tekin, \"Yeni hizmet binamız ilçemize uğurlu olsun\"derken sözlerine "
                + "\"Emeği geçen herkese teşekkür ederim\" diye devam etti.";
        assertThat(texts(Fixtures.direct(find(whileSaying, "Ali Tekin"))))
                .containsExactly("Yeni hizmet binamız ilçemize uğurlu olsun", "Emeği geçen herkese teşekkür ederim");
    }

    @Test
    void keepsFourWordQuoteInsideNarrative() {
        String text = "Başkan Ali Tekin, uygulamanın \"halkın iradesine açık bir saygısızlık\" olduğunu söyledi.";
        assertThat(texts(Fixtures.direct(find(text, "Ali Tekin"))))
                .containsExactly("halkın iradesine açık bir saygısızlık");
    }

    @Test
    void rejectsLongNameOfALawWithLowerCaseJoiners() {
        String text = "Meclis \"Vergi Kanunu ile Bazı Kanunlarda Değişiklik Yapılmasına Dair Kanun Teklifi\" üzerinde "
                + "görüşmelere başladı.";
        assertThat(find(text)).isEmpty();
    }

    @Test
    void keepsSpeechFullOfNames() {
        String text = "Başkan Ali Tekin, \"Ankara Büyükşehir Belediye Başkanı Mansur Yavaş'a teşekkür ederiz\" dedi.";
        assertThat(texts(find(text, "Ali Tekin")))
                .containsExactly("Ankara Büyükşehir Belediye Başkanı Mansur Yavaş'a teşekkür ederiz");
    }

    @Test
    void rejectsAChargeNamedByAnInfinitiveButKeepsQuotedWordsMadeSomeonesByOlmak() {
        String text = "Başkan hakkında \"kamu görevlisine görevini yaptırmamak için direnmek\" suçundan dava açıldı. "
                + "Amacının \"bütün mahalleleri aynı hizmetle buluşturmak\" olduğunu söyleyen Ali Tekin teşekkür etti.";
        assertThat(texts(Fixtures.direct(find(text, "Ali Tekin"))))
                .containsExactly("bütün mahalleleri aynı hizmetle buluşturmak");
    }

    @Test
    void rejectsAQuotedListOfNamesEvenWithAFullStop() {
        String text = "Adaylar şöyle sıralandı: “Gerze Belediye Başkan Adayı Ali Tekin, Boyabat Belediye Başkan Adayı "
                + "Oya Er, Dikmen Belediye Başkan Adayı Cem Bal.”";
        assertThat(Fixtures.direct(find(text, "Ali Tekin"))).isEmpty();
    }

    @Test
    void takesAShortQuoteThatEndsItsLineWithoutAFullStopForAHeading() {
        String text = "Başkan Tekin'den yanıt! 'Borcu biz yapmadık'\n\n\"Bu kent bizimle büyüyor\"\n\nBaşkan Ali Tekin "
                + "meclis toplantısında konuştu.";
        assertThat(find(text, "Ali Tekin")).isEmpty();
    }

    @Test
    void keepsAHeadingThatTheSpeechRepeatsAsAQuoteThePagePrintsTwice() {
        String text = "Başkan Ali Tekin meclis toplantısında konuştu.\n\n\"Bu yıl yine rekor bekliyoruz\"\n\nSezonu "
                + "değerlendiren Tekin, \"Sezon iyi başladı. Bu yıl yine rekor bekliyoruz.\" dedi.";
        assertThat(texts(Fixtures.direct(find(text, "Ali Tekin"))))
                .containsExactly("Bu yıl yine rekor bekliyoruz", "Sezon iyi başladı. Bu yıl yine rekor bekliyoruz.");
    }

    @Test
    void keepsAHeadingThatNamesItsSpeakerBeforeAColon() {
        String text = "Tekin: “Bu kente daha fazla hizmet edeceğiz”\n\nBaşkan Ali Tekin meclis toplantısında konuştu.";
        assertThat(texts(Fixtures.direct(find(text, "Ali Tekin")))).containsExactly(
                "Bu kente daha fazla hizmet edeceğiz");
    }

    @Test
    void takesTheOrdinalDotOfAnEventsNameForNoSentence() {
        assertThat(find("Başkan Ali Tekin, \"15. Uluslararası Yeni Yıl Pazarı\" açılışına katıldı.", "Ali Tekin"))
                .isEmpty();
    }

    @Test
    void rejectsQuotedWordsInflectedAsANoun() {
        String text = "Milletvekili Ali Tekin, Gerze'deki \"yeni hastanenin temel atma töreni\"ne herkesi davet etti.";
        assertThat(Fixtures.direct(find(text, "Ali Tekin"))).isEmpty();
    }

    @Test
    void rejectsTheQuotedNameOfATable() {
        String text = "Milletvekili Ali Tekin, \"ilçelere göre kişi başına düşen hekim sayısı\" tablosunu paylaştı.";
        assertThat(Fixtures.direct(find(text, "Ali Tekin"))).isEmpty();
    }

    @Test
    void rejectsTheNameOfAnEventHeldButKeepsWordsSaidAboutOne() {
        String text = "Vekiller 'Köy köy anlatma ve dinleme toplantıları' gerçekleştirdi. Başkan Oya Er, 'Bu çok "
                + "verimli bir toplantı' dedi.";
        assertThat(texts(find(text, "Oya Er"))).containsExactly("Bu çok verimli bir toplantı");
    }

    @Test
    void rejectsEveryItemOfAQuotedListThatTheWordAfterItNames() {
        String text = "Başkan Ali Tekin'in, \"kamu görevini kötüye kullanarak zarar verme\", \"resmi belgede "
                + "sahtecilik yaparak ihale alma\" ve \"örgüt adına para toplamak için baskı\" suçlarından "
                + "yargılandığı davada karar çıktı. Tekin, \"Bu kararı hiç beklemiyorduk, itiraz edeceğiz\", \"Yargıya "
                + "her zaman güvendik ve güveneceğiz\" dedi.";
        assertThat(texts(find(text, "Ali Tekin"))).containsExactly("Bu kararı hiç beklemiyorduk, itiraz edeceğiz",
                "Yargıya her zaman güvendik ve güveneceğiz");
    }

    @Test
    void rejectsTheQuotedNameOfACouncilsAgendaItem() {
        String text = "Toplantıda “Komisyonlardan gelen raporların görüşülerek karara bağlanması” maddesinde raporlar "
                + "kabul edildi.";
        assertThat(find(text)).isEmpty();
    }
}
