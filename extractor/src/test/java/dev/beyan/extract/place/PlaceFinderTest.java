package dev.beyan.extract.place;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import dev.beyan.extract.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Places, by rule; every fixture is written for this test. */
class PlaceFinderTest {

    private static List<String> places(String text) {
        return SharedExtractor.get().analyze(text).places().stream()
                .map(p -> p.name() + "/" + p.kind() + "/" + p.province()).toList();
    }

    private static Analysis.Place place(String text, String name) {
        return SharedExtractor.get().analyze(text).places().stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void twoDistrictsOfOneProvinceInAListWhoseCommaWasDroppedAreBothPlaces() {
        String text = "Heyet Aydın'ın Efeler, Kuşadası, Söke Didim ve Nazilli ilçelerini gezecek.";
        assertThat(places(text)).containsExactly("Aydın/province/Aydın", "Efeler/district/Aydın",
                "Kuşadası/district/Aydın", "Söke/district/Aydın", "Didim/district/Aydın", "Nazilli/district/Aydın");
        // "Menderes" is also a given name: outside the list it would open a person's name
        assertThat(places("Heyet İzmir'in Bornova, Menderes Buca ve Foça ilçelerini gezecek."))
                .contains("Menderes/district/İzmir", "Buca/district/İzmir");
    }

    @Test
    void aDistrictsNameAmongManyNamesInTheLocativeThatAreNoPlacesIsOneOfThem() {
        String dams = "Barajların doluluk oranı Gökpınar'da yüzde 30, Sarıpınar'da yüzde 25, Çeşme'de yüzde 12, "
                + "Kocadere'de yüzde 40, Karaağaç'ta yüzde 10 ve Yazıbaşı'nda yüzde 18 oldu.";
        assertThat(places(dams)).isEmpty();
        assertThat(places(dams + " Çeşme'de su kesintisi sürüyor.")).containsExactly("Çeşme/district/İzmir");
        assertThat(places("Yağış en çok Bornova'da, Buca'da, Konak'ta, Karşıyaka'da ve Gökpınar'da görüldü."))
                .containsExactly("Bornova/district/İzmir", "Buca/district/İzmir", "Konak/district/İzmir",
                        "Karşıyaka/district/İzmir");
    }

    @Test
    void findsSuffixedFormsWithEitherApostrophe() {
        String text = "Heyet önce Bayındır'da, sonra Tire’ye geçti. Ödemiş'ten dönüldü.";
        assertThat(places(text)).containsExactly("Bayındır/district/İzmir", "Tire/district/İzmir",
                "Ödemiş/district/İzmir");
    }

    @Test
    void readsADistrictThatLooksLikeASportsWordInAList() {
        String text = "Vali dün Gölcük ve Karamürsel’de yeni konutları gezdi.";
        assertThat(places(text)).containsExactly("Gölcük/district/Kocaeli", "Karamürsel/district/Kocaeli");
    }

    @Test
    void readsBothEndsOfARouteJoinedByAHyphen() {
        String text = "Sakarya'da konuşan Bakan, Sapanca-Karasu arasına yeni bir otoyol yapılacağını söyledi.";
        assertThat(places(text)).containsExactly("Sakarya/province/Sakarya", "Sapanca/district/Sakarya",
                "Karasu/district/Sakarya");
    }

    @Test
    void takesAGendarmerieStationForItsVillage() {
        String text = "Rize Valisi, Bor Jandarma Karakol Komutanlığı'nı ziyaret etti.";
        assertThat(places(text)).containsExactly("Rize/province/Rize");
    }

    @Test
    void keepsANeighbourhoodNamedLikeADistrictElsewhereANeighbourhoodInEveryMention() {
        String text = "Rize'nin Çayeli ilçesinde düzenlenen törende Tire Mahalle Muhtarı Gül Ay konuştu. "
                + "Tire'de yeni bir park açılacak.";
        assertThat(places(text)).containsExactly("Rize/province/Rize", "Çayeli/district/Rize");
    }

    @Test
    void mentionSpanCoversTheNameWithoutTheSuffix() {
        String text = "Heyet önce Bayındır'da incelemelerde bulundu.";
        Analysis.Place p = place(text, "Bayındır");
        assertThat(p.mentions()).hasSize(1);
        assertThat(p.mentions().get(0).of(text)).isEqualTo("Bayındır");
    }

    @Test
    void givesProvinceIdsAsPlateCodesAndDistrictIdsAsGazetteerCodes() {
        Analysis.Place province = place("Toplantı İzmir'de yapıldı.", "İzmir");
        Analysis.Place district = place("Toplantı Aliağa'da yapıldı.", "Aliağa");
        assertThat(province.placeId()).isEqualTo("35");
        assertThat(district.placeId()).isEqualTo("1128");
    }

    @Test
    void findsPlacesInsideOfficesAndBodies() {
        String text = "Kiraz Belediye Başkanı Ahmet Demirtaş, İzmir Büyükşehir Belediyesi'nin desteğine teşekkür etti.";
        assertThat(places(text)).containsExactly("Kiraz/district/İzmir", "İzmir/province/İzmir");
    }

    @Test
    void ignoresLowerCaseWordsThatArePlaceNames() {
        assertThat(places("Bu yıl kiraz hasadı erken başladı, pazar yerinde fiyatlar düştü.")).isEmpty();
    }

    @Test
    void ignoresAmbiguousWordsCapitalisedAtSentenceStart() {
        assertThat(places("Kiraz üreticileri fiyatlardan şikayetçi. Pazar yerinde hareketlilik vardı.")).isEmpty();
    }

    @Test
    void ignoresAWeekdayAfterADate() {
        assertThat(places("Kongre 17 Ağustos Pazar günü Manisa'da yapılacak."))
                .containsExactly("Manisa/province/Manisa");
    }

    @Test
    void acceptsAnAmbiguousNameWithAnOfficeOrInAListOfPlaces() {
        assertThat(places("Başkan, Kiraz, Beydağ ve Tire ilçelerini gezdi.")).contains("Kiraz/district/İzmir");
        assertThat(places("Rize'nin Pazar ilçesinde çay hasadı sürüyor.")).contains("Pazar/district/Rize");
    }

    @Test
    void ignoresDemonymsStreetsAndRegions() {
        String text = "İzmirliler Ankara Caddesi'nde yürüdü. Küçük Menderes havzasında ve Ege'de yağış bekleniyor.";
        assertThat(places(text)).isEmpty();
    }

    @Test
    void countsMerkezOnlyAsTheCentralDistrictOfANamedProvince() {
        assertThat(places("Parti Merkez İlçe Başkanlığı seçimi yapıldı.")).isEmpty();
        assertThat(places("Sinop Merkez ilçesinde okullar tatil edildi."))
                .containsExactly("Sinop/province/Sinop", "Merkez/district/Sinop");
    }

    @Test
    void takesMerkezAfterAProvinceAsItsCentralDistrictWhenASettlementOrARouteFollows() {
        assertThat(places("Sinop Merkez Akören köyünde iki ev yandı.")).contains("Merkez/district/Sinop");
        assertThat(places("Çanakkale Merkez Kepez Beldesi'nde çalışma yapıldı.")).contains("Merkez/district/Çanakkale");
        assertThat(places("Sinop- Merkez-Gerze hattında seferler başladı.")).contains("Merkez/district/Sinop");
        assertThat(places("Sinop Merkez Camii'nde tören yapıldı. Sinop Merkez Şube Müdürü geldi."))
                .containsExactly("Sinop/province/Sinop");
    }

    @Test
    void takesNoPlaceForAProjectNamedAfterItOrForAPluralNounOpeningASentence() {
        assertThat(places("Su için Gerze projesi yapılmıştı. Çobanlar tarafından fark edilen obruk büyüdü. Yol, "
                + "Gerze kavşağında kesildi. Çocuklar Gerze Macera Ormanı'nda buluştu.")).isEmpty();
    }

    @Test
    void resolvesADistrictNameOfSeveralProvincesByTheArticlesProvince() {
        assertThat(places("Zonguldak'ta maden ocağı açıldı. Ereğli Belediyesi de katkı verdi."))
                .contains("Ereğli/district/Zonguldak");
        assertThat(places("Konya'da fuar açıldı. Ereğli Belediyesi de stant kurdu."))
                .contains("Ereğli/district/Konya");
    }

    @Test
    void doesNotTakeASurnameForAPlace() {
        assertThat(places("Gazeteci Ayşe Yıldırım sorularını yöneltti.")).isEmpty();
    }

    @Test
    void listsEachPlaceOnceWithAllItsMentions() {
        String text = "Tire'de başlayan program Tire Belediyesi'nde sürdü.";
        Analysis.Place tire = place(text, "Tire");
        assertThat(SharedExtractor.get().analyze(text).places()).hasSize(1);
        assertThat(tire.mentions()).hasSize(2);
    }

    @Test
    void ignoresAPlaceNameInsideAUniversityName() {
        assertThat(places("Konferans İzmir Katip Çelebi Üniversitesi'nde yapıldı.")).isEmpty();
    }

    @Test
    void findsAPlaceRightAfterAPersonsName() {
        assertThat(places("Eski Başbakan Binali Yıldırım Kırşehir'de konuştu."))
                .containsExactly("Kırşehir/province/Kırşehir");
    }

    @Test
    void acceptsADistrictThatIsAlsoASurnameInTheLocative() {
        assertThat(places("Sergi Bayındır'da açıldı.")).containsExactly("Bayındır/district/İzmir");
        assertThat(places("Sergiyi Bayındır hazırladı.")).isEmpty();
    }

    @Test
    void resolvesAProvinceAlias() {
        assertThat(places("Antep'te fıstık hasadı başladı.")).containsExactly("Gaziantep/province/Gaziantep");
    }

    @Test
    void aDayBeforeAYearIsNoDistrictAndACoveredMarketNoPlace() {
        assertThat(places("Samsun'da anma yapıldı. 19 Mayıs 1919'da başlayan yolculuk anlatıldı.")).containsExactly(
                "Samsun/province/Samsun");
        assertThat(places("Fuar, belediyenin Kapalı Pazaryeri'nde açıldı.")).isEmpty();
    }

    @Test
    void readsTheShortFormOfADistrictNamedForItsMountain() {
        assertThat(places("Yangın Nurdağ'da söndürüldü.")).containsExactly("Nurdağı/district/Gaziantep");
    }

    @Test
    void acceptsAnAmbiguousNameWithASuffixFirstInASentenceOfAnArticleAboutItsProvince() {
        assertThat(places("Rize'de yağış sürüyor. Pazar'da dereler taştı."))
                .containsExactly("Rize/province/Rize", "Pazar/district/Rize");
    }

    @Test
    void findsTheDistrictOfTwoWordsButNotTheHolidayOfTheSameName() {
        assertThat(places("19 Mayıs'ta gençler stadyumu doldurdu.")).isEmpty();
        assertThat(places("Samsun'un 19 Mayıs ilçesinde fındık hasadı başladı."))
                .containsExactly("Samsun/province/Samsun", "19 Mayıs/district/Samsun");
    }

    @Test
    void readsABeldeNamedLikeADistrictElsewhereAsTheBelde() {
        String text = "Çanakkale'de seçim çalışmaları sürüyor. Kepez'de ve Lapseki Çardak'ta mitingler düzenlendi.";
        assertThat(places(text)).containsExactly("Çanakkale/province/Çanakkale", "Lapseki/district/Çanakkale");
    }

    @Test
    void keepsTheProvinceBeforeABuildingNamedAfterADistrict() {
        assertThat(places("Tutuklu gazeteci İstanbul Silivri Cezaevi'nde ziyaret edildi."))
                .containsExactly("İstanbul/province/İstanbul");
        assertThat(places("Muhalefet, tutuklamaları \"Silivri zindanı\" sözleriyle eleştirdi.")).isEmpty();
        assertThat(places("Başkanlar Silivri Marmara Cezaevi'nde ziyaret edildi.")).isEmpty();
    }

    @Test
    void readsAProvinceAndDistrictBeforeAnOfficeWordAsAnAddressNotAName() {
        assertThat(places("Saldırı Mersin Mezitli ilçesinde meydana geldi."))
                .containsExactly("Mersin/province/Mersin", "Mezitli/district/Mersin");
    }

    @Test
    void readsAProvinceInTheFirstPersonPluralPossessive() {
        String text = "Başkan, Konyamızın geleceği için çalışıyoruz dedi.";
        assertThat(places(text)).containsExactly("Konya/province/Konya");
        Analysis.Place konya = SharedExtractor.get().analyze(text).places().get(0);
        Span span = konya.mentions().get(0);
        assertThat(text.substring(span.start(), span.end())).isEqualTo("Konya");
    }

    @Test
    void readsNoPlaceInAUnionOfMunicipalities() {
        assertThat(places("Akdeniz Belediyeler Birliği toplantısı Antalya'da yapıldı."))
                .containsExactly("Antalya/province/Antalya");
    }

    @Test
    void readsTheSurnameOfAPersonNamedInFullAsNoPlace() {
        String text = "Gazeteci Murat Bozkurt olayı yazdı. Bozkurt, yazısında belediyeyi eleştirdi. "
                + "Denizli'nin Bozkurt ilçesinde ise yağmur etkili oldu.";
        List<Analysis.Place> found = SharedExtractor.get().analyze(text).places();
        assertThat(places(text)).containsExactly("Denizli/province/Denizli", "Bozkurt/district/Denizli");
        assertThat(found.get(1).mentions()).hasSize(1);
    }

    @Test
    void readsAProvinceNamedLikeTheSurnameOfAPersonNamedInFullAsNoPlace() {
        String text = "Sendika Başkanı Kemal Tokat açıklama yaptı. Tokat, ücretlerin düşük kaldığını söyledi.";
        assertThat(places(text)).isEmpty();
        assertThat(places("Sendika Başkanı Kemal Tokat, Tokat'ta konuştu.")).containsExactly("Tokat/province/Tokat");
    }

    @Test
    void readsAGivenNameBeforeAnAddressWordAsAPerson() {
        assertThat(places("Toplantıya Fatih Bey ve Aydın Hanım da katıldı, İstanbul'dan gelen heyet dinlendi."))
                .containsExactly("İstanbul/province/İstanbul");
    }

    @Test
    void readsAPlaceInASportsReportAsItsClubUnlessItIsWhereSomethingHappensOrWhereSomeoneGoes() {
        assertThat(places("Konyaspor, Beşiktaş maçının ardından taraftarlarını selamladı.")).isEmpty();
        assertThat(places("Kafile, Trabzon'da oynanan maçın ardından Rize'ye döndü."))
                .containsExactly("Trabzon/province/Trabzon", "Rize/province/Rize");
    }

    @Test
    void readsAPlaceTheArticleUsesAsAClubNameAsTheClubInItsOtherSentencesToo() {
        String text = "Kartal maçının ardından Sarıyer taraftarları sahaya indi. Sezon başındaki sakatlıklar "
                + "Sarıyer'e bir şey kaybettirmedi. Kafile Sarıyer'de toplandı.";
        assertThat(places(text)).containsExactly("Sarıyer/district/İstanbul");
        assertThat(place(text, "Sarıyer").mentions()).hasSize(1);
    }

    @Test
    void readsADistrictThatIsAnOrdinaryWordInAnotherProvincesArticleAsTheWord() {
        assertThat(places("Şenliğe Sinop Avcılar ve Balıkçılar Derneği üyeleri de geldi."))
                .containsExactly("Sinop/province/Sinop");
    }

    @Test
    void readsALocativeFollowedByMoreSuffixesAsWhereSomethingIs() {
        assertThat(places("Beşiktaş maçından önceki hafta takım Trabzon'daydı.")).containsExactly(
                "Trabzon/province/Trabzon");
    }

    @Test
    void readsASpellingWithoutThePlaceNamesDiacriticsAsAnotherWordInATextThatWritesThem() {
        String text = "Yönetmen, Muş'taki çekimlerin ardından Cine Türk kanalında görüşlerini paylaştı.";
        assertThat(places(text)).containsExactly("Muş/province/Muş");
        assertThat(places("Heyet Çine'de incelemelerde bulundu; Aydın'a dönüldü."))
                .containsExactly("Çine/district/Aydın", "Aydın/province/Aydın");
    }

    @Test
    void readsBothEndsOfARoadNamedByTheTownsItJoins() {
        assertThat(places("Sinop-Boyabat yolunda çalışma sürüyor.")).containsExactly("Sinop/province/Sinop",
                "Boyabat/district/Sinop");
        assertThat(places("Yenişehir-İnegöl yolu yıllardır bitmedi.")).containsExactly("Yenişehir/district/Bursa",
                "İnegöl/district/Bursa");
    }

    @Test
    void readsAGivenNameThatStartsLikeASportsWordAsNoSportsReport() {
        assertThat(places("Sinop İl Başkanı Ali Kaya ile Gerze Belediye Başkanı Abdülkadir Macit görüştü."))
                .containsExactly("Sinop/province/Sinop", "Gerze/district/Sinop");
    }

    @Test
    void readsAPlaceNamingAProductAsNoMentionOfIt() {
        assertThat(places("Konukları Sinop'ta Kemalpaşa tatlısı, Oltu taşı tespihler ve Damal bebeği ile karşıladılar."))
                .containsExactly("Sinop/province/Sinop");
        assertThat(places("Sinop'ta Giresun kalite fındığın kilosu 150 liradan alındı.")).containsExactly("Sinop/province/Sinop");
    }

    @Test
    void readsASpellingWithoutDiacriticsAsThePlaceWhenAnOfficeIsNamedAfterIt() {
        assertThat(places("Törene Muş Valisi katıldı; Gumushane İl Başkanı Cem Bal da oradaydı."))
                .containsExactly("Muş/province/Muş", "Gümüşhane/province/Gümüşhane");
    }

    @Test
    void readsAProfessionBeforeANameAsNoPartOfItSoTheSurnameRuleHolds() {
        assertThat(places("Yazar Ayten Kemah yeni kitabını tanıttı. Kemah, şiirlerini de okudu.")).isEmpty();
    }

    @Test
    void readsADistrictWrittenAfterItsProvinceAsAnAddress() {
        assertThat(places("Sonuçlar açıklandı.\nİstanbul - Beşiktaş\nKatılım yüzde 80 oldu."))
                .containsExactly("İstanbul/province/İstanbul", "Beşiktaş/district/İstanbul");
    }

    @Test
    void takesDistrictsNamedLikePluralNounsForTheNounsAlone() {
        assertThat(places("Vali, Rize'yi anlattı: \"Burası Şehzadeler şehri, Efeler diyarı değil.\""))
                .containsExactly("Rize/province/Rize");
        assertThat(places("Manisa'nın Şehzadeler ilçesinde yeni park açıldı.")).contains(
                "Şehzadeler/district/Manisa");
    }

    @Test
    void aDistrictThatStartsLikeAFeatureWordIsNoStreamAfterItsProvince() {
        assertThat(places("Kocaeli Çayırova Belediyesi meclis toplantısı bugün yapıldı."))
                .containsExactly("Kocaeli/province/Kocaeli", "Çayırova/district/Kocaeli");
    }

    @Test
    void aPlaceAfterAUnionsDashedNameNamesItsBranch() {
        assertThat(places("Memur-Sen Sinop İl Başkanı konuştu.")).containsExactly("Sinop/province/Sinop");
        assertThat(places("Eğitim-Bir-Sen Gerze Şube Başkanı konuştu.")).containsExactly("Gerze/district/Sinop");
    }

    @Test
    void aPlaceThatNamesAForumSummitOrConferenceIsPartOfTheEventsName() {
        assertThat(places("Bakan, Sinop Kültür Forumu’nda ve Gerze Deniz Zirvesi'nde konuştu.")).isEmpty();
        assertThat(places("Bakan, Sinop'ta düzenlenen forumda konuştu.")).containsExactly("Sinop/province/Sinop");
    }

    @Test
    void readsAnAmbiguousProvinceAloneOnItsLineInCapitalsAsTheDateline() {
        assertThat(places("ORDU\n\nKöylüler fındık fiyatına tepki gösterdi.")).containsExactly("Ordu/province/Ordu");
        assertThat(places("Ordu ve donanma tatbikata katıldı.")).isEmpty();
    }

    @Test
    void readsAPlaceInAListOfNeighbourhoodsAsANeighbourhood() {
        assertThat(places("Kesintiler Dere, Sinop, Yenice Mah. ile Emek Mahallesinde yapılacak.")).isEmpty();
        assertThat(places("Su kesintisi Atatürk, Sinop ve Yenice mahallelerinde yaşanacak.")).isEmpty();
        assertThat(places("Vali Sinop, Gerze ve Boyabat ilçelerini gezdi."))
                .containsExactly("Sinop/province/Sinop", "Gerze/district/Sinop", "Boyabat/district/Sinop");
    }

    @Test
    void readsThePluralSettlementWordAfterALoneNameAsThatPlacesSettlements() {
        assertThat(places("Ekipler, Gerze köylerinde ve Gerze'nin merkezinde çalıştı."))
                .containsExactly("Gerze/district/Sinop");
        assertThat(places("Muhtarlar, Boyabat mahallelerinin yol sorununu anlattı."))
                .containsExactly("Boyabat/district/Sinop");
        assertThat(places("Kale Mahallesi ile Gerze köylerinde yol yapılacak.")).isEmpty();
    }

    @Test
    void readsTheDistrictAStateHospitalIsNamedAfter() {
        assertThat(places("Sinop'ta doktor eksik; Gerze Devlet Hastanesi'ne uzman atanmadı."))
                .containsExactly("Sinop/province/Sinop", "Gerze/district/Sinop");
        assertThat(places("Sinop'ta Atatürk Devlet Hastanesi'ne uzman atanmadı.")).containsExactly("Sinop/province/Sinop");
    }

    @Test
    void aNameWithItsOwnMuhtarIsAVillageNotTheDistrictOfThatName() {
        assertThat(places("Gerze Belediye Başkanı Oya Er, Demirköy Muhtarı Ece Karasu'yu ziyaret etti."))
                .containsExactly("Gerze/district/Sinop");
        assertThat(places("Demirköy muhtarları toplandı.")).containsExactly("Demirköy/district/Kırklareli");
    }

    @Test
    void aPlaceNamingABattleOrItsFallenIsNoPlace() {
        assertThat(places("Sakarya Meydan Muharebesi ve Çanakkale Zaferi'nin yıl dönümünde Sinop'ta Çanakkale "
                + "Şehitlerini Anma Günü için tören düzenlendi.")).containsExactly("Sinop/province/Sinop");
        assertThat(places("Bakan, Çanakkale'de savaş alanlarını gezdi.")).containsExactly("Çanakkale/province/Çanakkale");
    }

    @Test
    void anAmbiguousNameBeforeTheWordForAQuarryOrAMineIsNoPlace() {
        assertThat(places("Elazığ’da Köylüler Maden Ocağından Şikayetçi. Elazığ'ın Maden ilçesinde toplantı yapıldı."))
                .containsExactly("Elazığ/province/Elazığ", "Maden/district/Elazığ");
        assertThat(places("Elazığ’da Köylüler Maden Ocağından Şikayetçi.")).containsExactly("Elazığ/province/Elazığ");
    }

    @Test
    void keepsTheDistrictANeighbourhoodIsNamedIn() {
        assertThat(places("Tesis, Gerze Yenikent Mahallesi'nde kurulacak; Sinop Caddesi ise kapatıldı."))
                .containsExactly("Gerze/district/Sinop");
    }

    @Test
    void aMotorwayOrARingRoadNamesItsPlacesUnlikeAStreetAnAirportOrAPoliceStation() {
        assertThat(places("Sinop-Samsun Otoyolu ile Gerze Çevre Yolu'nda çalışmalar sürüyor."))
                .containsExactly("Sinop/province/Sinop", "Samsun/province/Samsun", "Gerze/district/Sinop");
        assertThat(places("Samsun Otoyolumuzdan bu hafta 90 bin araç geçti.")).containsExactly("Samsun/province/Samsun");
        assertThat(places("Gerze Yolu üzerindeki Sinop Havalimanı yeniden açıldı.")).isEmpty();
        assertThat(places("Olay Boyabat Karakolu'ndaki nöbet sırasında yaşandı.")).isEmpty();
    }

    @Test
    void readsAProvinceLabellingALineAsThePlace() {
        assertThat(places("Sonuçlar açıklandı.\nOrdu: DSP adayı birinci oldu.\nSinop: CHP adayı kazandı."))
                .containsExactly("Ordu/province/Ordu", "Sinop/province/Sinop");
        assertThat(places("Ordu, tatbikata katıldı.")).isEmpty();
    }

    @Test
    void readsMersinByItsFormerNameIcel() {
        assertThat(places("Kitaplar İçel'deki okullara ulaştırıldı.")).containsExactly("Mersin/province/Mersin");
    }

    @Test
    void villagesAndNeighbourhoodsOfAPlaceAreNoVillageNamedAfterIt() {
        assertThat(places("Fethiye Köy ve Mahalle Muhtarlar Derneği ziyaret etti. Başkan, 'Biz de Fethiye'de hizmete "
                + "devam ederiz' dedi.")).containsExactly("Fethiye/district/Muğla");
    }

    @Test
    void aDistrictNamedLikeADynastyIsAPlaceOnlyWithItsOffice() {
        assertThat(places("Bakan Kayseri'de Selçuklu Dönemine ait eserleri inceledi, Talas Kent Müzesi'ni gezdi."))
                .containsExactly("Kayseri/province/Kayseri");
        assertThat(places("Bakan Kayseri'de Selçuklu Dönemine ait eserleri inceledi. Selçuklu Belediye Başkanı da "
                + "katıldı.")).containsExactly("Kayseri/province/Kayseri", "Selçuklu/district/Konya");
    }

    @Test
    void aNameOwnedByADistrictOrDashedAfterAnotherProvinceIsALocalityThere() {
        assertThat(places("Yangın, Menderes ilçesinin Kuyucak ile Seferihisar ilçesinin Orhanlı mahalleleri arasında "
                + "çıktı.")).containsExactly("Menderes/district/İzmir", "Seferihisar/district/İzmir");
        assertThat(places("Yangınlar İzmir-Kuyucak ve Manisa-Soma'da sürüyor.")).containsExactly(
                "İzmir/province/İzmir", "Manisa/province/Manisa", "Soma/district/Manisa");
    }

    @Test
    void aDistrictNamedLikeACropIsAPlaceOnlyWithItsDistrictWord() {
        assertThat(places("Çeltik üreticileri için toplantı İpsala'da yapıldı. Konya'nın Çeltik ilçesinde de hasat "
                + "başladı.")).containsExactly("İpsala/district/Edirne", "Konya/province/Konya", "Çeltik/district/Konya");
    }

    @Test
    void anOfficeWordThatNamesABuildingWithTheWordAfterItIsNoOffice() {
        assertThat(places("Kurultay Büyük Ankara Kongre Merkezi'nde yapıldı.")).isEmpty();
        assertThat(places("Parti, Sinop Kongre Merkezi'nde toplandı.")).isEmpty();
        assertThat(places("Bakan, Ordu Büyükşehir Belediye Spor Kulübü'nden sporcu gönderdi. Sinop Belediye Başkanı "
                + "da katıldı.")).containsExactly("Sinop/province/Sinop");
    }

    @Test
    void aFeatureWordInLowerCaseAndThePluralNamesPartsOfThePlace() {
        assertThat(places("İddiaya göre Gerze ve Ayancık koylarını yandaşlara pazarladılar.")).containsExactly(
                "Gerze/district/Sinop", "Ayancık/district/Sinop");
        assertThat(places("Sinop'ta Gerze Koyu temizlendi.")).containsExactly("Sinop/province/Sinop");
    }

    @Test
    void aNameInALineOfCapitalsIsTheOrdinaryWordTheTextWritesInLowerCase() {
        assertThat(places("\"HAKKIMIZI SÖKE SÖKE ALACAĞIZ\"\n\nBaşkan, \"Hakkımızı söke söke alacağız\" dedi."))
                .isEmpty();
        assertThat(places("SÖKE'DE TÖREN\n\nTörene çok sayıda kişi katıldı.")).containsExactly("Söke/district/Aydın");
    }

    @Test
    void aGuesthouseNamedAfterADistrictIsNoMentionOfIt() {
        assertThat(places("Toplantı Gerze Öğretmenevi'nde yapıldı.")).isEmpty();
    }

    @Test
    void readsTheDistrictThatNamesAnIndustrialZone() {
        assertThat(places("Sinop Gerze Gıda İhtisas Organize Sanayi Bölgesiyle ilgili yatırımlar konuşuldu."))
                .containsExactly("Sinop/province/Sinop", "Gerze/district/Sinop");
    }

    @Test
    void readsADistrictAfterItsProvinceThatIsAlsoAGivenName() {
        assertThat(places("Belediye başkanlarının listesi:\n\n- Ardahan Göle: Kemal Tuna (CHP)"))
                .containsExactly("Ardahan/province/Ardahan", "Göle/district/Ardahan");
    }

    @Test
    void readsARowOfALeagueTableAsAClub() {
        assertThat(places("Takım O G M B Av P\n\n1.Sinopspor 0 0 0 0 0 0\n\n2.Gerze 1958 FK 0 0 0 0 0 0\n\n"
                + "Vali Kemal Tuna Boyabat'ta konuştu.")).containsExactly("Boyabat/district/Sinop");
    }

    @Test
    void readsADistrictNamedInTwoProvincesInTheProvinceOfAnotherDistrictOfTheArticle() {
        assertThat(places("Törene Hopa Belediye Başkanı Kemal Tuna ve Kemalpaşa Belediye Başkanı Oya Er katıldı."))
                .containsExactly("Hopa/district/Artvin", "Kemalpaşa/district/Artvin");
    }

    @Test
    void aNameThatIsAlsoAWordAfterAnOrdinalNamesARankedUnit() {
        assertThat(places("Törene 2. Ordu Komutanı Korgeneral Ali Kurt ve Sinop Valisi katıldı.")).containsExactly("Sinop/province/Sinop");
    }

    @Test
    void aPlaceOpeningAnOutletsNameIsTheOutlets() {
        assertThat(places("Gerze Haber Ajansı | Gerze Haber\n\nSinop Belediye Meclisi toplandı.")).containsExactly("Sinop/province/Sinop");
    }

    @Test
    void aSurnameBeforeAPlaceNamedFacilityMakesNoPersonOfThePlace() {
        assertThat(places("Ali KURT - SİNOP\nDevlet Bakanı Oya Kara açıklama yaptı.\nKara Sinop Havalimanı'ndaki basın "
                + "toplantısında konuştu.\nKara Sinop Limanı'nda incelemelerde bulunduktan sonra Samsun'a geçti"))
                .containsExactly("Sinop/province/Sinop", "Samsun/province/Samsun");
    }

    @Test
    void aNamedPlateauIsNoDistrictButTheProvincesPlateausAreItsOwn() {
        assertThat(places("Belediye, Rize'de Ayder'e yakın Gerze Yaylası'na yol yaptı.")).containsExactly("Rize/province/Rize");
        assertThat(places("Sinop Yaylalarında turizm sürüyor.")).containsExactly("Sinop/province/Sinop");
    }

    @Test
    void aQuarterNamedLikeADistrictElsewhereIsNoDistrict() {
        assertThat(places("Trabzon'un Ortahisar ilçesine bağlı Gerze semtinde bir arsa satıldı.")).containsExactly(
                "Trabzon/province/Trabzon", "Ortahisar/district/Trabzon");
    }

    @Test
    void aNoteInParenthesesAfterAnItemKeepsItInAListOfNeighbourhoods() {
        assertThat(places("Gerze Belediye Meclisi'nde Kestaneci, Ören (bir bölümü) ve Kepez (bir bölümü) mahallelerinin "
                + "planı onaylandı.")).containsExactly("Gerze/district/Sinop");
    }
}
