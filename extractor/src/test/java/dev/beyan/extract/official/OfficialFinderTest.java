package dev.beyan.extract.official;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Officials, by rule; every fixture is written for this test. The rules read the holders of career posts as they
 * read officials, so these tests see both lists (in order of first mention); {@link FunctionarySplitTest} tests
 * the split.
 */
class OfficialFinderTest {

    private static List<Analysis.Official> officials(String text) {
        Analysis a = SharedExtractor.get().analyze(text);
        return Stream.concat(a.officials().stream(), a.functionaries().stream())
                .sorted(Comparator.comparingInt(o -> o.mentions().get(0).start())).toList();
    }

    private static Analysis.Official only(String text) {
        List<Analysis.Official> found = officials(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void readsATitleBeforeTheNameWithPartyAndProvince() {
        Analysis.Official o = only("CHP Manisa İl Başkanı Kemal Akgündüz basın toplantısı düzenledi.");
        assertThat(o.name()).isEqualTo("Kemal Akgündüz");
        assertThat(o.title()).isEqualTo("İl Başkanı");
        assertThat(o.org()).isEqualTo("CHP");
        assertThat(o.party()).isEqualTo("CHP");
        assertThat(o.province()).isEqualTo("Manisa");
        assertThat(o.district()).isNull();
    }

    @Test
    void undoesThePossessiveOfAPlaceTitle() {
        Analysis.Official o = only("Bursa Valisi Selim Karataş kente yeni atandı.");
        assertThat(o.title()).isEqualTo("Vali");
        assertThat(o.org()).isEqualTo("Bursa Valiliği");
        assertThat(o.province()).isEqualTo("Bursa");
    }

    @Test
    void dropsThePartyFromAPartyTitle() {
        Analysis.Official o = only("MHP Genel Başkanı Orhan Bilgiç grup toplantısında konuştu.");
        assertThat(o.title()).isEqualTo("Genel Başkan");
        assertThat(o.party()).isEqualTo("MHP");
        assertThat(o.province()).isNull();
    }

    @Test
    void givesAMunicipalOfficeItsDistrictAndMunicipality() {
        Analysis.Official o = only("Foça Belediye Başkanı Leyla Sarıgül sahil projesini anlattı.");
        assertThat(o.title()).isEqualTo("Belediye Başkanı");
        assertThat(o.org()).isEqualTo("Foça Belediyesi");
        assertThat(o.province()).isEqualTo("İzmir");
        assertThat(o.district()).isEqualTo("Foça");
        assertThat(o.party()).isNull();
    }

    @Test
    void readsATitleAfterTheNameAsAnApposition() {
        Analysis.Official o = only("Toplantıya Selin Karaca, AK Parti Bolu İl Başkanı olarak katıldı.");
        assertThat(o.name()).isEqualTo("Selin Karaca");
        assertThat(o.title()).isEqualTo("İl Başkanı");
        assertThat(o.party()).isEqualTo("AK Parti");
        assertThat(o.province()).isEqualTo("Bolu");
    }

    @Test
    void marksFormerHolders() {
        Analysis.Official o = only("Eski Adalet Bakanı Nurettin Kaplan anılarını anlattı.");
        assertThat(o.title()).isEqualTo("Adalet Bakanı");
        assertThat(o.org()).isEqualTo("Adalet Bakanlığı");
        assertThat(o.former()).isTrue();
    }

    @Test
    void keepsCandidatesWithTheirCandidateTitle() {
        Analysis.Official o = only("CHP'nin Didim Belediye Başkan adayı Burak Ertaş seçim bürosunu açtı.");
        assertThat(o.title()).isEqualTo("Belediye Başkan Adayı");
        assertThat(o.district()).isEqualTo("Didim");
    }

    @Test
    void properlyCasesNamesPrintedInCapitals() {
        Analysis.Official o = only("ÇORUM BELEDİYE BAŞKANI HALİL İBRAHİM AKSOY MÜJDEYİ VERDİ");
        assertThat(o.name()).isEqualTo("Halil İbrahim Aksoy");
    }

    @Test
    void stripsApostropheSuffixesFromNames() {
        Analysis.Official o = only("Heyet, Tire Belediye Başkanı Oğuz Yalçınkaya'yı makamında ziyaret etti.");
        assertThat(o.name()).isEqualTo("Oğuz Yalçınkaya");
    }

    @Test
    void resolvesSurnameOnlyMentionToFullName() {
        String text = "Kayseri Valisi Ferhat Tunalı açıklama yaptı. Tunalı'ya göre çalışmalar sürüyor. "
                + "Vali Tunalı ayrıca teşekkür etti.";
        Analysis.Official o = only(text);
        assertThat(o.name()).isEqualTo("Ferhat Tunalı");
        assertThat(o.mentions()).hasSize(3);
        assertThat(o.mentions()).allSatisfy(m -> assertThat(m.of(text)).endsWith("Tunalı"));
    }

    @Test
    void givesTheFirstTitleOfAChain() {
        Analysis.Official o = only("Başbakan ve DSP Genel Başkanı Ahmet Yalçınkaya mitingde konuştu.");
        assertThat(o.title()).isEqualTo("Başbakan");
        assertThat(o.party()).isEqualTo("DSP");
    }

    @Test
    void readsTheOfficeNounBeforeTheAppointee() {
        Analysis.Official o = only("DEVA Partisi Bafra İlçe Başkanlığı'na Selim Ocakçı getirildi.");
        assertThat(o.title()).isEqualTo("İlçe Başkanı");
        assertThat(o.party()).isEqualTo("DEVA");
        assertThat(o.district()).isEqualTo("Bafra");
    }

    @Test
    void leavesOutPeopleWithoutOffice() {
        assertThat(officials("Gazeteci Mehmet Toprak ve avukat Zeynep Kılıç davayı izledi.")).isEmpty();
    }

    @Test
    void derivesAStableIdFromTheFoldedName() {
        assertThat(OfficialIds.of("Şenol Aslanoğlu")).isEqualTo("senol-aslanoglu");
        assertThat(OfficialIds.of("İLKER Çağlayan")).isEqualTo("ilker-caglayan");
    }

    @Test
    void keepsTheOfficeForGappedListItems() {
        List<Analysis.Official> found = officials(
                "Foça İlçe Başkanlığına Selim Ocakçı, Urla Mehmet Karadağlı atandı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Selim Ocakçı", "İlçe Başkanı", "Foça"),
                        org.assertj.core.groups.Tuple.tuple("Mehmet Karadağlı", "İlçe Başkanı", "Urla"));
    }

    @Test
    void readsElectionResultLinesInAnArticleAboutMayors() {
        String text = "Belediye başkanlığını kazananlar şöyle: Didim CHP Orhan Yazgan, Söke AK Parti Levent Tuna.";
        List<Analysis.Official> found = officials(text);
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Orhan Yazgan", "CHP", "Didim"),
                        org.assertj.core.groups.Tuple.tuple("Levent Tuna", "AK Parti", "Söke"));
        assertThat(found).allSatisfy(o -> assertThat(o.title()).isEqualTo("Belediye Başkanı"));
    }

    @Test
    void givesAPluralTitleToEveryNameOfTheListAfterTheColon() {
        String text = "Bafra'da partiden ayrılan meclis üyelerinin adları şöyle: Ahmet Uçar, Kemal Sezgin, Nuri Dağlı.";
        assertThat(officials(text)).extracting(Analysis.Official::name)
                .containsExactly("Ahmet Uçar", "Kemal Sezgin", "Nuri Dağlı");
    }

    @Test
    void readsABareBaskanAsTheOfficeNamedInTheSameSentence() {
        String text = "Samsun Büyükşehir Belediye Başkanlığı'na getirilen Halit Doğan, görevi eski başkan Mustafa "
                + "Demirkol'dan aldı.";
        Analysis.Official former = officials(text).stream().filter(o -> o.name().equals("Mustafa Demirkol"))
                .findFirst().orElseThrow();
        assertThat(former.title()).isEqualTo("Büyükşehir Belediye Başkanı");
        assertThat(former.province()).isEqualTo("Samsun");
        assertThat(former.former()).isTrue();
    }

    @Test
    void refinesABareTitleByALaterFullerOne() {
        String text = "Bakan Tekin açıklama yaptı. Milli Eğitim Bakanı Yusuf Tekin okulları gezdi.";
        Analysis.Official o = only(text);
        assertThat(o.title()).isEqualTo("Milli Eğitim Bakanı");
        assertThat(o.mentions()).hasSize(2);
    }

    @Test
    void keepsTheFirstTitleWhenALaterOneOnlyCallsTheMayorACoMayor() {
        Analysis.Official o = only("Gerze Belediye Başkanı Kemal Tuna görevden alındı. Belediye Eş Başkanı Kemal "
                + "Tuna'nın yerine kayyum atandı.");
        assertThat(o.title()).isEqualTo("Belediye Başkanı");
    }

    @Test
    void refinesAShortNameOfAMinistryByItsFullName() {
        String text = "Aile Bakanı Ayşe Tekin kente geldi. Aile ve Sosyal Hizmetler Bakanı Ayşe Tekin okulları gezdi.";
        assertThat(only(text).title()).isEqualTo("Aile ve Sosyal Hizmetler Bakanı");
    }

    @Test
    void followsAParticipleOfTakingOfficeToTheName() {
        Analysis.Official o = only("Bolu Milletvekili seçilen Gelecek Partisi Genel Sekreteri Ayten Koru konuştu.");
        assertThat(o.title()).isEqualTo("Milletvekili");
        assertThat(o.province()).isEqualTo("Bolu");
        assertThat(o.party()).isEqualTo("Gelecek Partisi");
    }

    @Test
    void stopsANameAtTheOrdinaryWordsOfATitleCaseHeadline() {
        Analysis.Official o = only("Kula Belediye Başkanı Erol Tuncer Mazbatasını Aldı\n\nTören yapıldı.");
        assertThat(o.name()).isEqualTo("Erol Tuncer");
    }

    @Test
    void takesThePartyAdjectiveBeforeTheName() {
        Analysis.Official o = only("Seçimi kazanan CHP'li Selin Aktaş, Datça Belediye Başkanı oldu.");
        assertThat(o.party()).isEqualTo("CHP");
        assertThat(o.district()).isEqualTo("Datça");
    }

    @Test
    void doesNotApposeATitleThatBelongsToSomeoneElse() {
        assertThat(officials("Gazeteci Ahmet Uçar, Tire Belediye Başkanı ile görüştü.")).isEmpty();
    }

    @Test
    void needsAVerbOfTakingOfficeToGiveAnOfficeNounAHolder() {
        assertThat(officials("CHP İl Başkanlığı'na yapılan ziyarette Ahmet Uçar konuştu.")).isEmpty();
    }

    @Test
    void readsABareBaskanAfterAnOfficeNounWithoutHolder() {
        Analysis.Official o = only("Bolu İl Başkanlığında mevcut başkan Kemal Sezgin istifa etti.");
        assertThat(o.title()).isEqualTo("İl Başkanı");
        assertThat(o.province()).isEqualTo("Bolu");
    }

    @Test
    void readsATitleInParenthesesAfterTheName() {
        Analysis.Official o = only("Toplantıya Ayten Koru (Gelecek Partisi Bolu Milletvekili) ve Kemal Sezgin katıldı.");
        assertThat(o.name()).isEqualTo("Ayten Koru");
        assertThat(o.title()).isEqualTo("Milletvekili");
        assertThat(o.province()).isEqualTo("Bolu");
    }

    @Test
    void prefersThePlaceNamedWithTheTitleToThePlaceOfTheContext() {
        String text = "Heyet Foça'yı gezdi ve Belediye Başkanı Oğuz Yalçınkaya ile görüştü. "
                + "Bayındır Belediye Başkanı Oğuz Yalçınkaya ise teşekkür etti.";
        Analysis.Official o = only(text);
        assertThat(o.district()).isEqualTo("Bayındır");
        assertThat(o.org()).isEqualTo("Bayındır Belediyesi");
    }

    @Test
    void givesEveryNameTheTitleOfAPluralInflectedTitle() {
        List<Analysis.Official> found = officials(
                "DEM Parti Muş İl Eş Başkanları Serap Demirtaş ve Kadri Oğuz basın açıklaması yaptı.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Serap Demirtaş", "Kadri Oğuz");
        assertThat(found).allSatisfy(o -> {
            assertThat(o.title()).isEqualTo("İl Eş Başkanı");
            assertThat(o.party()).isEqualTo("DEM Parti");
            assertThat(o.province()).isEqualTo("Muş");
        });
    }

    @Test
    void readsDeputyMinistersCoordinatedWithIle() {
        List<Analysis.Official> found = officials("Ticaret Bakan Yardımcıları Sezai Karlı ile Nurcan Ersoy fuarı gezdi.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Sezai Karlı", "Nurcan Ersoy");
        assertThat(found).extracting(Analysis.Official::title).containsOnly("Ticaret Bakan Yardımcısı");
    }

    @Test
    void readsAFirstPersonPluralTitleAsTheOffice() {
        Analysis.Official o = only("Programa İYİ Parti Kars İl Temsilcimiz Sayın Orhan Kılınç da katıldı.");
        assertThat(o.title()).isEqualTo("İl Temsilcisi");
        assertThat(o.party()).isEqualTo("İYİ Parti");
        assertThat(o.province()).isEqualTo("Kars");
    }

    @Test
    void readsTheMunicipalityAsANounBeforeADeputyOffice() {
        Analysis.Official o = only("Akşehir Belediyesi Başkanvekili Nuri Tokgöz meclisi topladı.");
        assertThat(o.title()).isEqualTo("Belediye Başkanvekili");
        assertThat(o.district()).isEqualTo("Akşehir");
    }

    @Test
    void doesNotChainAPluralTitleOverTheCommaThatEndsItsList() {
        List<Analysis.Official> found = officials("Törene AK Parti Rize Milletvekilleri Hasan Er, Ali Kuş, "
                + "Rize Belediye Başkanı Kemal Tuna ve halk katıldı.");
        assertThat(found).filteredOn(o -> o.name().equals("Kemal Tuna")).singleElement()
                .satisfies(o -> assertThat(o.title()).isEqualTo("Belediye Başkanı"));
        assertThat(found).filteredOn(o -> o.title().equals("Milletvekili")).hasSize(2);
    }

    @Test
    void readsThePartysLeaderThroughTheGenitiveOfParti() {
        List<Analysis.Official> found = officials(
                "MHP il yönetimi Ankara'ya gitti. Heyet, partinin lideri Tuncay Erbil ile görüştü.");
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.title()).isEqualTo("Genel Başkan");
            assertThat(o.party()).isEqualTo("MHP");
        });
    }

    @Test
    void readsLiderimizAsThePartyLeaderOfTheSpeakersParty() {
        Analysis.Official o = only("AK Parti'nin kongresinde konuşan delege, \"Liderimiz Kemal Yazıcı bize yol gösterdi\" dedi.");
        assertThat(o.title()).isEqualTo("Genel Başkan");
        assertThat(o.party()).isEqualTo("AK Parti");
    }

    @Test
    void readsATrusteeSpelledKayyim() {
        Analysis.Official o = only("Bakanlık, Sinop kayyımı Selim Oral'ın görev süresini uzattı.");
        assertThat(o.title()).isEqualTo("Kayyum");
        assertThat(o.province()).isEqualTo("Sinop");
    }

    @Test
    void readsNewOfficesTrusteeAndPartyExecutiveMember() {
        List<Analysis.Official> found = officials(
                "Mardin Belediyesi Kayyumu Vali Tuncay Akın ile AK Parti MKYK üyesi Selim Oral görüştü.");
        assertThat(found).extracting(Analysis.Official::title).containsExactly("Kayyum", "MKYK Üyesi");
        assertThat(found.get(0).org()).isEqualTo("Mardin Belediyesi");
        assertThat(found.get(0).province()).isEqualTo("Mardin");
        assertThat(found.get(1).party()).isEqualTo("AK Parti");
    }

    @Test
    void readsALocativeListOfCandidates() {
        String text = "DEVA Partisi belediye başkan adaylarını açıkladı. Buna göre parti, Tire'de Selim Aksoy, "
                + "Kiraz'da Mahmut Er ve Bayındır'da Cem Tan ile seçime girecek.";
        List<Analysis.Official> found = officials(text);
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Selim Aksoy", "Mahmut Er", "Cem Tan");
        assertThat(found).allSatisfy(o -> {
            assertThat(o.title()).isEqualTo("Belediye Başkan Adayı");
            assertThat(o.party()).isEqualTo("DEVA");
            assertThat(o.province()).isEqualTo("İzmir");
        });
        assertThat(found).extracting(Analysis.Official::district).containsExactly("Tire", "Kiraz", "Bayındır");
    }

    @Test
    void readsABeldeAfterItsDistrictInACandidateList() {
        String text = "CHP'nin Adıyaman adayları belli oldu: Besni'de Oya Kılıç, Besni Şambayat'ta Adnan Sarı.";
        List<Analysis.Official> found = officials(text);
        assertThat(found).extracting(Analysis.Official::org).containsExactly("Besni Belediyesi", "Şambayat Belediyesi");
        assertThat(found).extracting(Analysis.Official::district).containsOnly("Besni");
    }

    @Test
    void givesEveryCoCandidateOfAListItemTheItemsCandidacy() {
        List<Analysis.Official> found = officials("DSP belediye başkan adaylarını açıkladı. Adaylar şöyle:\n\n"
                + "Sinop’ta Kemal Bülbül Nesibe Kaya\n\nBolu’da Ali Er ve Oya Su\n\nKars’ta Cem Tan Abdullah Yılmaz");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::province).containsExactly(
                tuple("Kemal Bülbül", "Sinop"), tuple("Nesibe Kaya", "Sinop"), tuple("Ali Er", "Bolu"),
                tuple("Oya Su", "Bolu"), tuple("Cem Tan", "Kars"), tuple("Abdullah Yılmaz", "Kars"));
        assertThat(found).extracting(Analysis.Official::party).containsOnly("DSP");
    }

    @Test
    void readsNoCandidateInAListOfNeighbourhoodsThatVote() {
        assertThat(officials("Ara seçimde muhtar adayları yarışacak. Seçim yapılacak mahalleler şunlar:\n\n"
                + "- Gerze: Yenice Mahallesi\n- Boyabat: Kavak Mahallesi\n- Ayancık: Çamlı Mahallesi")).isEmpty();
    }

    @Test
    void readsNamesRunTogetherAfterAPluralTitleAsItemsOfTheList() {
        List<Analysis.Official> found = officials("Törene DSP Sinop Milletvekilleri Kemal Bülbül Nesibe Kaya, Ali Er "
                + "ve Oya Su katıldı.");
        assertThat(found).extracting(Analysis.Official::name)
                .containsExactly("Kemal Bülbül", "Nesibe Kaya", "Ali Er", "Oya Su");
        assertThat(found).extracting(Analysis.Official::title).containsOnly("Milletvekili");
    }

    @Test
    void keepsARegisteredFourWordNameWholeInAListAfterAPluralTitle() {
        List<Analysis.Official> found = officials("Açılışa AK Parti Kahramanmaraş Milletvekilleri Ömer Oruç Bilal "
                + "Debgici, Ali Er ve Oya Su katıldı.");
        assertThat(found).extracting(Analysis.Official::name)
                .containsExactly("Ömer Oruç Bilal Debgici", "Ali Er", "Oya Su");
    }

    @Test
    void needsCandidacyForALocativeListOfNames() {
        assertThat(officials("Yaz boyunca Tire'de Selim Aksoy, Kiraz'da Mahmut Er konser verdi.")).isEmpty();
    }

    @Test
    void readsOneLocativeBeforeANameAsNoList() {
        assertThat(officials("Belediye başkan adayları belli oldu. Tire'de Selim Aksoy halkla buluştu.")).isEmpty();
    }

    @Test
    void givesTheFirstOfTwoTitlesInARowWithoutAComma() {
        Analysis.Official o = only("Toplantıya AK Parti Gençlik Kolları Başkanı Yalova Milletvekili Selim Yurt katıldı.");
        assertThat(o.title()).isEqualTo("Gençlik Kolları Başkanı");
        assertThat(o.party()).isEqualTo("AK Parti");
    }

    @Test
    void givesAPersonTheRegistersOfficeOfAPlaceTheArticleNames() {
        Analysis.Official o = only("Bayındır'da düzenlenen festivale CHP'li Davut Sakarsu da katıldı.");
        assertThat(o.title()).isEqualTo("Belediye Başkanı");
        assertThat(o.district()).isEqualTo("Bayındır");
        assertThat(o.source()).isEqualTo(Analysis.Official.FROM_REGISTRY);
    }

    @Test
    void leavesARegisteredNameAloneWhenTheTextOnlyMentionsItInPassing() {
        assertThat(officials("Bayındır'da Davut Sakarsu'nun on yıllık dönemi tartışıldı.")).isEmpty();
    }

    @Test
    void leavesARegisteredNameAloneWhenTheArticleIsNotAboutItsPlace() {
        assertThat(officials("Festivale Davut Sakarsu da katıldı.")).isEmpty();
    }

    @Test
    void prefersTheTitleInTheTextToTheRegister() {
        Analysis.Official o = only("Bayındır'da eski Vali Davut Sakarsu konuştu.");
        assertThat(o.title()).isEqualTo("Vali");
        assertThat(o.source()).isEqualTo(Analysis.Official.FROM_TEXT);
    }

    @Test
    void readsAnOfficeAsThePredicateOfAVerbOfBecoming() {
        Analysis.Official o = only("Seçimlere iki ay kala Selin Aksoy Tire Belediye Başkan adayı gösterildi.");
        assertThat(o.name()).isEqualTo("Selin Aksoy");
        assertThat(o.title()).isEqualTo("Belediye Başkan Adayı");
        assertThat(o.district()).isEqualTo("Tire");
    }

    @Test
    void readsTheGenitiveSubjectOfANominalisedVerbOfBecoming() {
        List<Analysis.Official> found = officials("Yazar Kemal Tuna’nın Gerze belediye başkanı adayı olarak "
                + "açıklandığı toplantıda DSP, Oya Er'in Sinop İl Başkanı seçildiğini duyurdu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(tuple("Kemal Tuna", "Belediye Başkan Adayı", "Gerze"),
                        tuple("Oya Er", "İl Başkanı", null));
    }

    @Test
    void readsNoPredicateWithoutAVerbOfBecoming() {
        assertThat(officials("Ahmet Kaya Tire Belediye Başkanı ile görüştü.")).isEmpty();
    }

    @Test
    void givesACandidateThePartyThatNominatesHimInTheSentence() {
        Analysis.Official o = only("DEVA Partisi genel merkezinin açıklamasıyla Selin Aksoy Tire Belediye Başkan adayı gösterildi.");
        assertThat(o.party()).isEqualTo("DEVA");
    }

    @Test
    void givesABareDeputyHeadTheInstitutionNamedBeforeIt() {
        Analysis.Official o = only("Bolu Belediyesi'nin meclis toplantısı, Başkanvekili Ayten Kor yönetiminde yapıldı.");
        assertThat(o.title()).isEqualTo("Başkanvekili");
        assertThat(o.org()).isEqualTo("Bolu Belediyesi");
        assertThat(o.province()).isEqualTo("Bolu");
        Analysis.Official tbmm = only("TBMM Genel Kurulu dün toplandı. Oturumu Başkanvekili Selim Oral yönetti.");
        assertThat(tbmm.org()).isEqualTo("TBMM");
        assertThat(tbmm.province()).isNull();
    }

    @Test
    void givesABareHeadTheMetropolitanMunicipalityOfTheProvinceNamedBefore() {
        Analysis.Official o = only("Sivas'ta Vali, Büyükşehir Belediyesi'ni ziyaret ederek Başkan Kemal Tuna ile görüştü.");
        assertThat(o.province()).isEqualTo("Sivas");
        assertThat(o.org()).isEqualTo("Sivas Büyükşehir Belediyesi");
    }

    @Test
    void keepsAPlaceNamedSurnameInsideALongName() {
        Analysis.Official o = only("Başkan Ahmet Metin Genç ile görüşüldü.");
        assertThat(o.name()).isEqualTo("Ahmet Metin Genç");
    }

    @Test
    void givesASuccessorTheOfficeOfThePersonHeReplaces() {
        String text = "İYİ Parti Bolu İl Başkanı Kemal Tuna görevden alındı. Tuna'nın yerine Selim Aktaş, "
                + "Gerede İlçe Başkanı Ali Uz yerine ise Cem Tan atandı.";
        List<Analysis.Official> found = officials(text);
        assertThat(found).extracting(Analysis.Official::name)
                .containsExactlyInAnyOrder("Kemal Tuna", "Selim Aktaş", "Ali Uz", "Cem Tan");
        Analysis.Official ak = found.stream().filter(o -> o.name().equals("Selim Aktaş")).findFirst().orElseThrow();
        assertThat(ak.title()).isEqualTo("İl Başkanı");
        assertThat(ak.party()).isEqualTo("İYİ Parti");
        assertThat(ak.province()).isEqualTo("Bolu");
        Analysis.Official tan = found.stream().filter(o -> o.name().equals("Cem Tan")).findFirst().orElseThrow();
        assertThat(tan.title()).isEqualTo("İlçe Başkanı");
        assertThat(tan.district()).isEqualTo("Gerede");
    }

    @Test
    void readsNoSuccessorWithoutAVerbOfAppointment() {
        String text = "Bolu Valisi Kemal Tuna konuştu. Tuna'nın yerine Selim Aktaş'ı görmek isteyenler vardı.";
        assertThat(officials(text)).extracting(Analysis.Official::name).containsExactly("Kemal Tuna");
    }

    @Test
    void doesNotGiveTheOfficeOfTheReplacedToTheOneReplaced() {
        Analysis.Official o = only("Yerine kayyum atanan Mardin Büyükşehir Belediye Eş Başkanı Selim Oral konuştu.");
        assertThat(o.title()).isEqualTo("Büyükşehir Belediye Eş Başkanı");
    }

    @Test
    void takesThePartyJoinedOverThePartyLeft() {
        Analysis.Official o = only("CHP'den istifa ederek AK Parti'ye geçen Bolu Belediye Başkanı Selim Oral rozet taktı.");
        assertThat(o.party()).isEqualTo("AK Parti");
    }

    @Test
    void readsAWingHeadNamedWithItsPartyAsNational() {
        String text = "Toplantıda AK Parti Kadın Kolları Başkanı Ayşe Er ile Kars İl Başkanı Selim Oral görüştü.";
        assertThat(officials(text)).filteredOn(o -> o.name().equals("Ayşe Er")).singleElement()
                .satisfies(o -> assertThat(o.province()).isNull());
    }

    @Test
    void readsAWingHeadOfThePartysHeadquartersAsNational() {
        String text = "Kars'taki programa AK Parti Genel Merkez Kadın Kolları Başkanı Ayşe Er ile İl Başkanı "
                + "Selim Oral katıldı.";
        assertThat(officials(text)).filteredOn(o -> o.name().equals("Ayşe Er")).singleElement()
                .satisfies(o -> assertThat(o.province()).isNull());
    }

    @Test
    void readsTheLocalPapersEpithetBetweenATitleAndItsHolder() {
        Analysis.Official o = only("Partinin Genel Başkan Yardımcısı, Kars Milletvekili, hemşehrimiz Selim Oral dün "
                + "gazetemizi ziyaret etti.");
        assertThat(o.name()).isEqualTo("Selim Oral");
        assertThat(o.title()).isEqualTo("Genel Başkan Yardımcısı");
    }

    @Test
    void endsANameBeforeAPlaceThatNamesALandmark() {
        Analysis.Official o = only("Sinop Belediye Başkanı Selim Oral Marmara Denizi'ndeki kirliliği inceledi.");
        assertThat(o.name()).isEqualTo("Selim Oral");
    }

    @Test
    void givesAMayorWithoutADistrictTheProvinceOfTheArticle() {
        Analysis.Official o = only("Kars il binasında Belediye Başkanı Selim Oral basın toplantısı yaptı.");
        assertThat(o.province()).isEqualTo("Kars");
        assertThat(o.district()).isNull();
    }

    @Test
    void readsATitleAcrossAnAbbreviationInParentheses() {
        List<Analysis.Official> found = officials(
                "DEM Parti Mersin Büyükşehir Belediyesi (MBB) Eşbaşkan adayları Ayşe Er ve Kemal Tuna konuştu.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Ayşe Er", "Kemal Tuna");
        assertThat(found).allSatisfy(o -> {
            assertThat(o.title()).isEqualTo("Büyükşehir Belediye Eşbaşkan Adayı");
            assertThat(o.province()).isEqualTo("Mersin");
        });
    }

    @Test
    void followsAParticipialClauseFromTheOfficeToItsHolder() {
        Analysis.Official o = only(
                "CHP'den Aksu Belediye Başkanı seçilen, geçen kasımda istifa ederek AKP'ye katılan Selim Oral konuştu.");
        assertThat(o.name()).isEqualTo("Selim Oral");
        assertThat(o.title()).isEqualTo("Belediye Başkanı");
        assertThat(o.district()).isEqualTo("Aksu");
        assertThat(o.party()).isEqualTo("AK Parti");
    }

    @Test
    void aCapitalisedWordAfterTheCommaOfTheParticipleOpensTheClauseNotTheName() {
        Analysis.Official o = only(
                "MHP'den Kepez Belediye Başkanı seçilen, Ocak ayında istifa ederek CHP'ye geçen Oya Demirtaş konuştu.");
        assertThat(o.name()).isEqualTo("Oya Demirtaş");
        assertThat(o.district()).isEqualTo("Kepez");
        assertThat(o.party()).isEqualTo("CHP");
    }

    @Test
    void aPartyInTheDativeAfterATitleIsWhereTheOfficeGoesNotTheHoldersParty() {
        assertThat(officials("BELEDİYE BAŞKANI CHP'YE HIZLI GEÇİŞ YAPTI")).isEmpty();
    }

    @Test
    void readsAGivenNameWrittenAsItsInitialAsPartOfTheName() {
        Analysis.Official o = only("Törene Sinop eski Belediye Başkanlarından K. Selim Aydemir da katıldı.");
        assertThat(o.name()).isEqualTo("K. Selim Aydemir");
        assertThat(o.former()).isTrue();
    }

    @Test
    void skipsAbbreviatedProfessionsButNotARankWordInACase() {
        assertThat(only("Gerze Belediye Başkanı Dt. Oya Kaplan konuştu.").name()).isEqualTo("Oya Kaplan");
        assertThat(officials("Bakan Topçu'ya Vali Selim Er bilgi verdi.")).extracting(Analysis.Official::name,
                Analysis.Official::title).contains(org.assertj.core.groups.Tuple.tuple("Selim Er", "Vali"));
    }

    @Test
    void skipsAProfessionBetweenTheTitleAndTheName() {
        Analysis.Official o = only("Büyükşehir Belediye Başkan Adayımız Mühendis Kemal Tuna projelerini anlattı.");
        assertThat(o.name()).isEqualTo("Kemal Tuna");
        assertThat(o.title()).isEqualTo("Büyükşehir Belediye Başkan Adayı");
    }

    @Test
    void readsANominationToldWithTheVerb() {
        List<Analysis.Official> found = officials(
                "CHP, Bodrum için Mustafa Kaya'yı aday gösterdi. DEVA ise Tire'de Ayşe Er'i aday gösterdiklerini açıkladı.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Mustafa Kaya", "Ayşe Er");
        assertThat(found).extracting(Analysis.Official::party).containsExactly("CHP", "DEVA");
        assertThat(found).extracting(Analysis.Official::district).containsExactly("Bodrum", "Tire");
        assertThat(found).extracting(Analysis.Official::title).containsOnly("Belediye Başkan Adayı");
    }

    @Test
    void readsABareCandidateWithItsPartyOrPlaceOnly() {
        List<Analysis.Official> found = officials(
                "AK Parti'nin Bodrum adayı Selim Oral sahaya indi. Seçimin favori adayı Kemal Tuna da konuştu.");
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Selim Oral");
            assertThat(o.title()).isEqualTo("Belediye Başkan Adayı");
            assertThat(o.party()).isEqualTo("AK Parti");
            assertThat(o.district()).isEqualTo("Bodrum");
        });
    }

    @Test
    void givesEachListedNameThePlaceInItsPositionUnderAPluralTitle() {
        List<Analysis.Official> found = officials("DEM Partili Muş, Siirt ve Iğdır belediye başkanları "
                + "Kemal Tuna, Ayşe Er ve Selim Oral yerine kayyum atandı.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Kemal Tuna", "Ayşe Er", "Selim Oral");
        assertThat(found).extracting(Analysis.Official::province).containsExactly("Muş", "Siirt", "Iğdır");
        assertThat(found).extracting(Analysis.Official::party).containsOnly("DEM Parti");
        assertThat(found).extracting(Analysis.Official::title).containsOnly("Belediye Başkanı");
    }

    @Test
    void readsTheColloquialVekilOnlyWithItsParty() {
        Analysis.Official o = only("Toplantıda DEM'li vekil Ayşe Tan ile halkın vekili olduğunu söyleyen Kemal Er konuştu.");
        assertThat(o.name()).isEqualTo("Ayşe Tan");
        assertThat(o.title()).isEqualTo("Milletvekili");
        assertThat(o.party()).isEqualTo("DEM Parti");
    }

    @Test
    void readsAParliamentaryCommitteeAsPartOfTheOffice() {
        Analysis.Official o = only(
                "Ziyarette TBMM Plan ve Bütçe Komisyonu Başkanı, AK Parti Sivas Milletvekili Kemal Tuna da vardı.");
        assertThat(o.title()).isEqualTo("Plan ve Bütçe Komisyonu Başkanı");
        assertThat(o.org()).isEqualTo("TBMM");
        assertThat(o.province()).isNull();
        assertThat(o.party()).isEqualTo("AK Parti");
    }

    @Test
    void readsTheFormerAdjectiveInsideTheCompoundOfAnOffice() {
        Analysis.Official mayor = only("Konya Büyükşehir Belediyesi eski Başkanı Halil Ekincioğlu yeni görevine başladı.");
        assertThat(mayor.title()).isEqualTo("Büyükşehir Belediye Başkanı");
        assertThat(mayor.province()).isEqualTo("Konya");
        assertThat(mayor.former()).isTrue();
        Analysis.Official minister = only("Tarım eski Bakanı Refik Doğanay kitabını tanıttı.");
        assertThat(minister.title()).isEqualTo("Tarım Bakanı");
        assertThat(minister.former()).isTrue();
    }

    @Test
    void readsTheHeadsOfNationalStateBodiesAsNationalOffices() {
        List<Analysis.Official> found = officials("Yargıtay Başkanı Selçuk Önal, Merkez Bankası Başkanı Derya Akın ve "
                + "Emniyet Genel Müdürü Tarık Balcı törende konuştu.");
        assertThat(found).extracting(Analysis.Official::title)
                .containsExactly("Yargıtay Başkanı", "Merkez Bankası Başkanı", "Emniyet Genel Müdürü");
        assertThat(found).allSatisfy(o -> assertThat(o.province()).isNull());
    }

    @Test
    void readsAPartysDeputySecretaryGeneral() {
        Analysis.Official o = only("Yeşil Sol Parti Genel Sekreter Yardımcısı Nuray Telli açıklama yaptı.");
        assertThat(o.title()).isEqualTo("Genel Sekreter Yardımcısı");
        assertThat(o.party()).isEqualTo("Yeşil Sol Parti");
    }

    @Test
    void readsWordsBeforeAnOrganisationsOrCouncilsNounAsItsNameAndMediaWordsAsNoName() {
        assertThat(officials("Genel Başkan Vekili ve aynı zamanda İslam Ülkeleri Teşkilatı Danışma Konseyi Başkanı "
                + "konuştu.")).isEmpty();
        Analysis.Official o = only("AK Parti Rize Milletvekili Selim Aksoy Sosyal Medya üzerinden gençlere seslendi.");
        assertThat(o.name()).isEqualTo("Selim Aksoy");
    }

    @Test
    void readsANameBeforeASchoolSquareOrAssociationAsItsNamesake() {
        assertThat(officials("Oylar Vali Kemal Tuna İlkokulu'nda kullanıldı. Belediye başkanları Cumhuriyet "
                + "Meydanı ve Gül Ay Derneği'ni ziyaret etti.")).isEmpty();
    }

    @Test
    void readsCapitalisedWordsBeforeAPossessiveOfficeNounAsABodyNotAPerson() {
        Analysis.Official o = only("AK Parti Genel Başkan Yardımcısı ve Seçim İşleri Başkanı Nalan Erdem konuştu.");
        assertThat(o.name()).isEqualTo("Nalan Erdem");
        assertThat(o.title()).isEqualTo("Genel Başkan Yardımcısı");
    }

    @Test
    void readsAUnitOfAPartyNamedBeforeItsHeadAsAPartyOffice() {
        Analysis.Official o = only("CHP Tanıtım ve Medya Başkanı Selin Ertan yeni kampanyayı duyurdu.");
        assertThat(o.title()).isEqualTo("Tanıtım ve Medya Başkanı");
        assertThat(o.party()).isEqualTo("CHP");
        assertThat(o.org()).isEqualTo("CHP");
    }

    @Test
    void readsAPartyUnitWhoseNameWordsAreNeverNamesAsAPartyOffice() {
        Analysis.Official organiser = only("MHP Teşkilat Başkanı Oğuz Demirci il başkanlarıyla görüştü.");
        assertThat(organiser.title()).isEqualTo("Teşkilat Başkanı");
        assertThat(organiser.party()).isEqualTo("MHP");
        Analysis.Official local = only("Toplantıya AK Parti Yerel Yönetimler Başkanı Sena Işıkdağ da katıldı.");
        assertThat(local.title()).isEqualTo("Yerel Yönetimler Başkanı");
        assertThat(local.province()).isNull();
        assertThat(only("CHP İl Teşkilat Başkanı Rana Öztürk konuştu.").title()).isEqualTo("İl Teşkilat Başkanı");
    }

    @Test
    void readsTheAbbreviationOfAMetropolitanMunicipalityWithItsProvince() {
        Analysis.Official o = only("İBB Başkanı Selim Yücel metro hattını açtı.");
        assertThat(o.title()).isEqualTo("Büyükşehir Belediye Başkanı");
        assertThat(o.province()).isEqualTo("İstanbul");
        assertThat(o.org()).isEqualTo("İstanbul Büyükşehir Belediyesi");
    }

    @Test
    void readsTheDeputiesOfTheNationalPoliceAndGendarmerieChiefs() {
        assertThat(officials("Törene Emniyet Genel Müdür Yardımcısı Oya Tekin ile Jandarma Genel Komutan Yardımcısı "
                + "Selim Ural katıldı.")).extracting(Analysis.Official::title, Analysis.Official::province).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Emniyet Genel Müdür Yardımcısı", null),
                org.assertj.core.groups.Tuple.tuple("Jandarma Genel Komutan Yardımcısı", null));
    }

    @Test
    void readsAnAmbassadorAsANationalOffice() {
        Analysis.Official o = only("Türkiye'nin Londra Büyükelçisi Oya Tuncel görüşmeye katıldı.");
        assertThat(o.title()).isEqualTo("Büyükelçi");
        assertThat(o.name()).isEqualTo("Oya Tuncel");
    }

    @Test
    void givesNoEarlierPartyToAnOfficeOfAPartyTheRegisterDoesNotKnow() {
        List<Analysis.Official> found = officials("CHP İl Başkanı Canan Öz konuştu. Toplantıya XYP Genel Başkan "
                + "Yardımcısı Rıza Tekin ile İşçi Partisi Genel Başkanı Nuri Sezer de katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Canan Öz", "CHP"),
                org.assertj.core.groups.Tuple.tuple("Rıza Tekin", null),
                org.assertj.core.groups.Tuple.tuple("Nuri Sezer", null));
    }

    @Test
    void writesAMinistryPrintedInCapitalsInTitleCase() {
        assertThat(only("ULAŞTIRMA Bakanı Kemal Durmaz yeni hattı açtı.").title()).isEqualTo("Ulaştırma Bakanı");
    }

    @Test
    void keepsADiscourseWordAtTheStartOfASentenceOutOfAName() {
        assertThat(only("Yani Belediye Başkanı Oya Kartal haklıydı.").name()).isEqualTo("Oya Kartal");
        assertThat(only("Yani Oya Kartal, Belediye Başkanı olarak haklıydı.").name()).isEqualTo("Oya Kartal");
    }

    @Test
    void readsAPartyInParenthesesAfterTheName() {
        Analysis.Official o = only("Meclis Üyesi Sinan Okur (İYİ Parti), önergenin reddedildiğini söyledi.");
        assertThat(o.party()).isEqualTo("İYİ Parti");
        assertThat(only("Foça Belediye Başkanı Leyla Sarıgül (CHP) sahili gezdi.").party()).isEqualTo("CHP");
    }

    @Test
    void givesNoPartyToAnOfficeOfAnotherBodyNamedLikeAPartyOffice() {
        List<Analysis.Official> found = officials("CHP İl Başkanı Canan Öz konuştu. Ardından Manisa Büyükşehir "
                + "Belediyesi Genel Sekreteri Okan Acar sunum yaptı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Canan Öz", "CHP"),
                org.assertj.core.groups.Tuple.tuple("Okan Acar", null));
    }

    @Test
    void readsThePlaceInParenthesesAfterEachNameAsItsJurisdiction() {
        List<Analysis.Official> found = officials("İYİ Parti il başkanları Nedim Sarp (Kars) ve Oya Kılıç (Ardahan) "
                + "ortak bildiri yayımladı. Toplantıya MHP Milletvekili Rauf Dal (Sivas) de katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::province).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Nedim Sarp", "Kars"),
                org.assertj.core.groups.Tuple.tuple("Oya Kılıç", "Ardahan"),
                org.assertj.core.groups.Tuple.tuple("Rauf Dal", "Sivas"));
        assertThat(found).extracting(Analysis.Official::party).containsExactly("İYİ Parti", "İYİ Parti", "MHP");
    }

    @Test
    void readsABareDeputyHeadAsAnOffice() {
        Analysis.Official o = only("Başkan Yardımcısı Tülin Sezer açılış kurdelesini kesti.");
        assertThat(o.title()).isEqualTo("Başkan Yardımcısı");
    }

    @Test
    void readsAPlaceNameAfterGivenNamesAsTheSurname() {
        String text = "Tekkeköy Belediye Başkanı Ayşe Nur Bafra, Atakum Belediye Başkanı Cem Er ile görüştü. "
                + "Ali Rıza Ordu'da konuştu.";
        assertThat(officials(text)).extracting(Analysis.Official::name).containsExactly("Ayşe Nur Bafra", "Cem Er");
        assertThat(SharedExtractor.get().analyze(text).places()).extracting(Analysis.Place::name)
                .containsExactly("Tekkeköy", "Atakum", "Ordu");
    }

    @Test
    void givesEveryLineOfAListThePluralTitleOfItsHeading() {
        List<Analysis.Official> found = officials("MHP, dört ile yeni il başkanı atadı.\nAtanan İl Başkanları:\n"
                + "- Sinop: Kerem Aksoy\n- Bartın: Nazlı Demir Güneşdoğdu\nParti, atamaların hayırlı olmasını diledi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::province).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "İl Başkanı", "MHP", "Sinop"),
                org.assertj.core.groups.Tuple.tuple("Nazlı Demir Güneşdoğdu", "İl Başkanı", "MHP", "Bartın"));
    }

    @Test
    void readsLinesOfAMunicipalityAndItsHolderUnderAHeadingThatNamesTheOffice() {
        List<Analysis.Official> found = officials("Bakanlık üç belediyeye görevlendirme yaptı. Atanan kayyumlar "
                + "şöyle:\n\n1- Sinop İl Belediyesi Derya Öztoprak Vali Yardımcısı\n\n2 -Bolu-Mengen İlçe Belediyesi "
                + "Kerem Aksoy Kaymakam\n\n3- Kars Sarıkamış İlçe Belediyesi Tülin Ekşioğlu\n\nGörevliler işe başladı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province,
                Analysis.Official::district).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Derya Öztoprak", "Kayyum", "Sinop", null),
                org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "Kayyum", "Bolu", "Mengen"),
                org.assertj.core.groups.Tuple.tuple("Tülin Ekşioğlu", "Kayyum", "Kars", "Sarıkamış"));
    }

    @Test
    void readsLinesOfANameAloneUnderAHeadingThatNamesTheirOfficeWithoutThePartyTheyLeft() {
        List<Analysis.Official> found = officials("Gölbaşı Belediyesi’nde CHP’den üç meclis üyesi istifa etti."
                + "\n\nAyrılan meclis üyeleri\n\nAyrılan üyelerin adları:\n\nKerem Aksoy\n\nTülin Ekşioğlu"
                + "\n\nÜyeler açıklama yaptı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::district).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "Belediye Meclis Üyesi", null, "Gölbaşı"),
                org.assertj.core.groups.Tuple.tuple("Tülin Ekşioğlu", "Belediye Meclis Üyesi", null, "Gölbaşı"));
    }

    @Test
    void givesACandidateTheOnePartyOfAnArticleThatPresentsCandidates() {
        String text = "AK Parti Sinop İl Başkanı Kerem Aksoy, aday tanıtım toplantısını il binasında yaptı. "
                + "Konuşmanın ardından Gerze Belediye Başkan Adayı Tülin Ekşioğlu kürsüye çıktı.";
        assertThat(officials(text)).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "AK Parti"),
                org.assertj.core.groups.Tuple.tuple("Tülin Ekşioğlu", "AK Parti"));
        assertThat(officials("AK Parti Sinop İl Başkanı Kerem Aksoy, CHP'yi eleştirdi. Gerze Belediye Başkan Adayı "
                + "Tülin Ekşioğlu kürsüye çıktı.").get(1).party()).isNull();
    }

    @Test
    void readsADeputysOfficeAsANounWholeNotAsTheChairBeforeIt() {
        assertThat(only("Sinop Belediye Başkan Vekilliğine meclis üyesi Kerem Aksoy seçildi.").title())
                .isEqualTo("Belediye Başkan Vekili");
        assertThat(only("Birlik başkan vekilliğine Sinop Belediye Başkanı Kerem Aksoy seçildi.").title())
                .isEqualTo("Belediye Başkanı");
    }

    @Test
    void readsASurnameBeforeAPlaceInALocativeAsThePersonAndWhereTheyAre() {
        List<Analysis.Official> found = officials("Vali Aksoy ve Başkan Şimşek Kuşadası'nda sahili gezdi. "
                + "Aydın Valisi Kerem Aksoy ile Kuşadası Belediye Başkanı Tülin Şimşek yeni iskeleyi açtı.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Kerem Aksoy", "Tülin Şimşek");
    }

    @Test
    void keepsAHeadlinesNameWhoseWordsNoLexiconKnowsWhereTheTextWritesItAgain() {
        List<Analysis.Official> found = officials("CHP Genel Başkan Yardımcısı Zerrin Karaöztepe Sinop'ta\n\n"
                + "Zerrin Karaöztepe, il başkanlığında basın toplantısı düzenledi.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Zerrin Karaöztepe");
    }

    @Test
    void readsTheHolderAfterTheBodysAbbreviationInParentheses() {
        assertThat(only("Sunumu İl Afet ve Acil Durum Müdürü (AFAD) Derya Öztoprak yaptı.").title())
                .isEqualTo("İl Afet ve Acil Durum Müdürü");
    }

    @Test
    void readsGendarmerieCommandsAndTheirDeputiesBeforeARank() {
        List<Analysis.Official> found = officials("Sinop'taki törende İl Jandarma Komutan Yardımcısı Albay Kerem "
                + "Aksoy ile Gerze İlçe Jandarma Karakol Komutanı Binbaşı Tülin Ekşioğlu çelenk sundu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "İl Jandarma Komutan Yardımcısı"),
                org.assertj.core.groups.Tuple.tuple("Tülin Ekşioğlu", "İlçe Jandarma Karakol Komutanı"));
    }

    @Test
    void doesNotChainAListOfTitlesToTheHeadOfAnAssociation() {
        assertThat(officials("Kongreye DSP Sinop İl Başkanı, Sinop Balıkçılar Derneği Başkanı Kerem Aksoy katıldı."))
                .isEmpty();
    }

    @Test
    void readsAWordAfterAPluralTitleAsTheNameOfAnEventNotAsASurname() {
        assertThat(officials("DSP'nin İl Başkanları Toplantısı, dün Genel Başkan Kerem Aksoy'un açış konuşmasıyla başladı."))
                .extracting(Analysis.Official::name).containsExactly("Kerem Aksoy");
    }

    @Test
    void readsATitleForetoldForANameAsNoOfficeHeld() {
        assertThat(only("İl Başkanı, \"Bu ilin yeni Valisi Sayın Kerem Aksoy olacak\" dedi. Sinop Belediye Başkan "
                + "Adayı Kerem Aksoy meydanda konuştu.").title()).isEqualTo("Belediye Başkan Adayı");
    }

    @Test
    void readsAPartyNamedWithoutItsPossessive() {
        assertThat(only("İftara Saadet Parti Sinop İl Başkanı Kerem Aksoy katıldı.").party()).isEqualTo("Saadet Partisi");
    }

    @Test
    void givesThePartyOfItsFoundersToATitleAfterThem() {
        List<Analysis.Official> found = officials("Sinop’u dün DEVA Partisi kurucuları ve eski Milletvekilleri Kerem Aksoy ve "
                + "Tülin Ekşioğlu ziyaret etti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party, Analysis.Official::former)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "DEVA", true),
                        org.assertj.core.groups.Tuple.tuple("Tülin Ekşioğlu", "DEVA", true));
    }

    @Test
    void readsTheSubjectBeforeAConverbsClauseAsTheOneElected() {
        assertThat(only("Salonu dolduran delegelerin önünde Tülin Ekşioğlu, 80 oyun 78’ini alarak yeni ilçe başkanı "
                + "olarak seçildi.").name()).isEqualTo("Tülin Ekşioğlu");
    }

    @Test
    void keepsTheTitleWrittenWithTheNameOverAnOfficeTakenOnButNotAFormerOne() {
        assertThat(only("Sinop Belediye Başkan Vekilliğine Sinop Valisi Kerem Aksoy atandı.").title())
                .isEqualTo("Vali");
        assertThat(only("Gerze İlçe Başkanlığına eski meclis üyesi Tülin Ekşioğlu atandı.").title())
                .isEqualTo("İlçe Başkanı");
    }

    @Test
    void readsTheExecutiveBoardsOfAPartysWingsAndBoardsByTheirInitials() {
        assertThat(officials("CHP Kadın Kolları MYK Üyesi Tülin Ekşioğlu ile İYİ Parti GİK üyesi Kerem Aksoy katıldı."))
                .extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tülin Ekşioğlu", "Kadın Kolları MYK Üyesi"),
                        org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "GİK Üyesi"));
    }

    @Test
    void readsARegisteredNameOfGivenNamesAloneAsTheStartOfALongerName() {
        assertThat(only("Bölgede bulunan Gerze Kaymakamı Yunus Emre Akpınar'ın verdiği bilgilere göre yangın söndü.")
                .name()).isEqualTo("Yunus Emre Akpınar");
    }

    @Test
    void givesAMetropolitanMayorNamedWithoutAPlaceTheMetropolitanMunicipalityTheArticleNames() {
        List<Analysis.Official> found = officials("Büyükşehir Belediye Başkanı Kerem Aksoy misafirlerini ağırladı.\n"
                + "Nevşehir İl Başkanı Tülin Ekşioğlu, Kayseri Büyükşehir Belediyesi'ni ziyaret etti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::province).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "Kayseri"),
                org.assertj.core.groups.Tuple.tuple("Tülin Ekşioğlu", "Nevşehir"));
    }

    @Test
    void takesThePartyThatGovernsTheOfficesBody() {
        assertThat(officials("CHP yönetimindeki Gerze Belediye Başkanı Kerem Aksoy ile AK Parti yönetimli Boyabat "
                + "Belediye Başkanı Tülin Ekşioğlu görüştü.")).extracting(Analysis.Official::name, Analysis.Official::party)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "CHP"),
                        org.assertj.core.groups.Tuple.tuple("Tülin Ekşioğlu", "AK Parti"));
    }

    @Test
    void endsANameBeforeAMinistryAndLeavesAParticipleOfElectionOutOfIt() {
        List<Analysis.Official> found = officials("Gerze Belediye Başkanı Kerem Aksoy İçişleri Bakanlığı'nca görevden "
                + "alındı.\nTekrar İl Başkanı Seçilen Tülin Ekşioğlu, teşekkür etti.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Kerem Aksoy", "Tülin Ekşioğlu");
    }

    @Test
    void readsAnHonorificBeforeASurnameAloneAfterATitleAsTheGivenName() {
        List<Analysis.Official> found = officials("Yemeğe Gerze Belediye Başkanı Gazi Yıldız ve Boyabat Belediye Başkanı "
                + "Arif Kaya katıldı. Törende Gazi Mustafa Kemal Atatürk anıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::district).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Gazi Yıldız", "Gerze"),
                org.assertj.core.groups.Tuple.tuple("Arif Kaya", "Boyabat"));
    }

    @Test
    void readsTheSurnameAloneAfterABareBaşkanAsItsHolderButNotInATitleCaseHeadline() {
        List<Analysis.Official> found = officials("Yeni Başkan Belli Oldu\n\nSahil yolunda çalışma başladı. "
                + "Başkan Tekdal, yolun yaz başında açılacağını söyledi. Tekdal'a göre bütçe hazır.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tekdal", "Başkan"));
    }

    @Test
    void endsANameBeforeAWordInTheLocativeAfterItsSurname() {
        Analysis.Official o = only("Genel Başkan Murat Kalkanoğlu Karadeniz’de sel bölgesini gezdi.");
        assertThat(o.name()).isEqualTo("Murat Kalkanoğlu");
    }

    @Test
    void givesNoHolderToATitleInTheGenitive() {
        List<Analysis.Official> found = officials("Sayın Bakan’ın Karadeniz’in diğer illerine de bakmasını bekliyoruz, "
                + "dedi Vali Ali Tekin.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Ali Tekin");
    }

    @Test
    void givesNoHolderToATitleInAnotherCaseButReadsAPossessiveAfterTheApostrophe() {
        List<Analysis.Official> found = officials("Bakan'a Vali Ali Tekin ve Oya Er eşlik etti. Vali'yi Cem Bal "
                + "karşıladı. Genel Başkan'ım Sayın Kemal Demir'e teşekkür ederim. DSP'ye ve Genel Başkan'ı Eren Su'ya "
                + "sesleniyorum.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ali Tekin", "Vali"),
                org.assertj.core.groups.Tuple.tuple("Kemal Demir", "Genel Başkan"),
                org.assertj.core.groups.Tuple.tuple("Eren Su", "Genel Başkan"));
    }

    @Test
    void readsTheClosedPartiesOlderNewsNames() {
        List<Analysis.Official> found = officials("Demokratik Toplum Partisi (DTP) Sinop Milletvekili Kerem Aksoy, "
                + "kapatılan DEP'in eski Milletvekili Tülin Ekşioğlu ile birlikte geldi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "DTP"),
                org.assertj.core.groups.Tuple.tuple("Tülin Ekşioğlu", "DEP"));
    }

    @Test
    void readsTopçuAsASurnameAndAsAServiceOnlyBeforeARank() {
        List<Analysis.Official> found = officials("Törende konuşan eski başkan Kerem Topçu, 'Kapım herkese açık' dedi. "
                + "Garnizon Komutanı Topçu Yüzbaşı Ali Kaya da katıldı.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Kerem Topçu", "Ali Kaya");
    }

    @Test
    void givesAnMpsTitleToTheBareNamesListedRightAfterThem() {
        List<Analysis.Official> found = officials("Törene AK Parti Sinop Milletvekili Kerem Aksoy, Tülin Ekşioğlu ve "
                + "Derya Yılmaz, Gerze Belediye Başkanı Ali Kaya katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::province).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "Milletvekili", "AK Parti", "Sinop"),
                org.assertj.core.groups.Tuple.tuple("Tülin Ekşioğlu", "Milletvekili", "AK Parti", "Sinop"),
                org.assertj.core.groups.Tuple.tuple("Derya Yılmaz", "Milletvekili", "AK Parti", "Sinop"),
                org.assertj.core.groups.Tuple.tuple("Ali Kaya", "Belediye Başkanı", null, "Sinop"));
    }

    @Test
    void givesAnOfficeHeldByManyToTheBareNamesListedRightAfterIt() {
        List<Analysis.Official> found = officials("Törene Gerze Belediye Başkan Yardımcısı Kerem Aksoy ve Tülin "
                + "Ekşioğlu, Sinop Valisi Ali Kaya ve Kaymakam Derya Yılmaz ile Mehmet Tekin katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                tuple("Kerem Aksoy", "Belediye Başkan Yardımcısı"),
                tuple("Tülin Ekşioğlu", "Belediye Başkan Yardımcısı"),
                tuple("Ali Kaya", "Vali"), tuple("Derya Yılmaz", "Kaymakam"));
    }

    @Test
    void aNameInACaseAfterTheCommaOfTheSubjectIsNoItemOfItsList() {
        List<Analysis.Official> found = officials("DSP Genel Başkan Yardımcısı Kerem Aksoy, Tülin Ekşioğlu’nun "
                + "tutuklanmasına tepki gösterdi. Törene DSP Sinop Milletvekili Ali Kaya, Derya Yılmaz ve Oya Tekin'e "
                + "eşlik etti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                tuple("Kerem Aksoy", "Genel Başkan Yardımcısı"), tuple("Ali Kaya", "Milletvekili"),
                tuple("Derya Yılmaz", "Milletvekili"), tuple("Oya Tekin", "Milletvekili"));
    }

    @Test
    void readsTheSubjectElectedOrAppointedToAnOfficeInTheDative() {
        List<Analysis.Official> found = officials("Üç adayın yarıştığı seçimde Kerem Aksoy, ikinci turun ardından AK Parti "
                + "Sinop İl Gençlik Kolları Başkanlığı'na seçildi. Tülin Ekşioğlu, Gerze İlçe Başkanlığına atandı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "İl Gençlik Kolları Başkanı"),
                org.assertj.core.groups.Tuple.tuple("Tülin Ekşioğlu", "İlçe Başkanı"));
    }

    @Test
    void readsBothClerksACouncilElects() {
        List<Analysis.Official> found = officials("Gerze Belediye Meclisinin dünkü oturumunda meclis katipliğine Kerem "
                + "Aksoy ve Tülin Ekşioğlu seçildi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kerem Aksoy", "Meclis Katibi", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Tülin Ekşioğlu", "Meclis Katibi", "Gerze"));
    }

    @Test
    void givesThePartyJoinedInThePredicateToEverySubject() {
        List<Analysis.Official> found = officials("CHP'den seçilen Ereğli Belediye Başkanı Suat Tan ve bağımsız "
                + "Karapınar Belediye Başkanı Gül Ay AK Parti'ye geçti. Belediye Başkanı Eren Su, Gül Ay'ın "
                + "DEVA'ya katıldığını söyledi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Suat Tan", "AK Parti"),
                org.assertj.core.groups.Tuple.tuple("Gül Ay", "AK Parti"),
                org.assertj.core.groups.Tuple.tuple("Eren Su", null));
    }

    @Test
    void givesASingularCoChairsTitleToBothNamesJoinedAfterIt() {
        List<Analysis.Official> found = officials("Yürüyüşe DEM Parti Van İl Eş Başkanı Veysel Dal ve Gül Kara ile "
                + "Vali Oya Er katıldı. Bağlar Belediye Eş Başkanı Cem Yılmaz ve Vali Ali Kaya da geldi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Veysel Dal", "İl Eş Başkanı"),
                org.assertj.core.groups.Tuple.tuple("Gül Kara", "İl Eş Başkanı"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "Vali"),
                org.assertj.core.groups.Tuple.tuple("Cem Yılmaz", "Belediye Eş Başkanı"),
                org.assertj.core.groups.Tuple.tuple("Ali Kaya", "Vali"));
    }

    @Test
    void readsAWingsSpokesperson() {
        List<Analysis.Official> found = officials("Zafer Partisi Gençlik Kolları Sözcüsü Ayşe Nur Tan, gençlerin "
                + "sorunlarını anlattı. CHP Sinop İl Kadın Kolları Sözcüsü Oya Er de konuştu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ayşe Nur Tan", "Gençlik Kolları Sözcüsü", null),
                        org.assertj.core.groups.Tuple.tuple("Oya Er", "Kadın Kolları Sözcüsü", "Sinop"));
    }

    @Test
    void readsARegisteredNameThatEndsInAProvinceWhole() {
        List<Analysis.Official> found = officials("Ziyarete AK Parti İzmir Milletvekili Ceyda Bölünmez Çankırı ve "
                + "İlçe Başkanı Oya Er de katıldı.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Ceyda Bölünmez Çankırı", "Oya Er");
    }

    @Test
    void readsNoNameInADistrictAndItsNeighbourhoodAfterAnOfficeInLowerCase() {
        List<Analysis.Official> found = officials("Programda en genç muhtar Gerze Yenice Mahallesi Muhtarı Oya Er de "
                + "konuştu.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Oya Er");
    }

    @Test
    void readsPinningOnAPartysBadgeAsJoiningItUnlessSomeoneElseGetsIt() {
        List<Analysis.Official> found = officials("Sinop Gerze Yenice Mahallesi Muhtarı Suat Tan, MHP rozeti taktı. "
                + "Bolu Mengen Belediye Başkanı Gül Ay da törende DEVA rozetini takarak konuştu. Cumhurbaşkanı Eren Su, "
                + "Ordu Gölköy Belediye Başkanı Oya Er'e Yeniden Refah Partisi rozeti taktı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Suat Tan", "MHP"),
                org.assertj.core.groups.Tuple.tuple("Gül Ay", "DEVA"),
                org.assertj.core.groups.Tuple.tuple("Eren Su", null),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "Yeniden Refah Partisi"));
    }

    @Test
    void readsTheFormerTermBetweenAPartyAdjectiveAndTheOffice() {
        List<Analysis.Official> found = officials("CHP'li bir önceki dönem belediye başkanı Suat Tan, Sinop'ta "
                + "konuştu. İYİ Partili önceki dönem Gerze Belediye Başkanı Gül Ay da katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party, Analysis.Official::former)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Suat Tan", "CHP", true),
                        org.assertj.core.groups.Tuple.tuple("Gül Ay", "İYİ Parti", true));
    }

    @Test
    void readsJoiningThePartysRanksAsJoiningTheParty() {
        List<Analysis.Official> found = officials("Sinop Gerze Belediye Başkanı Suat Tan, Bolu Mengen Belediye Başkanı "
                + "Gül Ay ve Ordu Gölköy Belediye Başkanı Eren Su AK Parti saflarına katıldı. DEVA saflarına katılan "
                + "Belediye Başkanı Oya Er de konuştu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Suat Tan", "AK Parti"),
                org.assertj.core.groups.Tuple.tuple("Gül Ay", "AK Parti"),
                org.assertj.core.groups.Tuple.tuple("Eren Su", "AK Parti"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "DEVA"));
    }

    @Test
    void takesThePartyJoinedAtAnyMentionOfTheHolder() {
        List<Analysis.Official> found = officials("Suat Tan da AK Parti'ye katıldı.\nCHP'li Sinop Belediye Başkanı "
                + "Suat Tan rozetini aldı. Bolu Belediye Başkanı Gül Ay'ın DEVA'ya geçmesinin ardından Kars Belediye "
                + "Başkanı Eren Su, CHP'ye geçen Oya Er'i kutladı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Suat Tan", "AK Parti"),
                org.assertj.core.groups.Tuple.tuple("Gül Ay", "DEVA"),
                org.assertj.core.groups.Tuple.tuple("Eren Su", null));
    }

    @Test
    void takesThePartyJoinedAfterLeavingAnUnnamedOne() {
        List<Analysis.Official> found = officials("Bolu Belediye Başkanı Gül Ay'ın istifa edip, DEVA'ya geçmesi "
                + "konuşuldu. Kars Belediye Başkanı Eren Su'nun istifa ederek CHP'ye katılması tepki çekti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Gül Ay", "DEVA"),
                org.assertj.core.groups.Tuple.tuple("Eren Su", "CHP"));
    }

    @Test
    void readsFormerBeforeAPartysAdjectiveAsAPartyLeftNotAnOfficeLeft() {
        List<Analysis.Official> found = officials("DEVA Genel Başkanı Ali Er, eski DSP'li Gerze Belediye Başkanı "
                + "Suat Tan'a rozet taktı. DEVA'ya katılan Suat Tan teşekkür etti. Eski CHP'li Boyabat Belediye "
                + "Başkanı Gül Ay ise sessiz kaldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party, Analysis.Official::former)
                .containsExactly(tuple("Ali Er", "DEVA", false), tuple("Suat Tan", "DEVA", false),
                        tuple("Gül Ay", null, false));
    }

    @Test
    void readsNoPartyFromAMoveNotMade() {
        List<Analysis.Official> found = officials("Sinop Belediye Başkanı Kemal Tuna, DSP'ye geçeceği yönündeki "
                + "haberleri yalanladı. Bolu Belediye Başkanı Gül Ay da DEVA'ya katılmayacağını söyledi. Kars "
                + "Belediye Başkanı Eren Su'nun CHP'ye geçebileceği konuşuluyor.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", null),
                org.assertj.core.groups.Tuple.tuple("Gül Ay", null),
                org.assertj.core.groups.Tuple.tuple("Eren Su", null));
    }

    @Test
    void takesThePartyOfAnAdjectiveBeforeAnyMention() {
        List<Analysis.Official> found = officials("Sinop Belediye Başkanı Kemal Tuna dün konuştu. Vali Oya Er, "
                + "“Bu yolu DSP'li Kemal Tuna ile birlikte açtık” dedi. Gerze Belediye Başkanı Selim Yurt da geldi; "
                + "AK Partili Yurt, yolun bittiğini söyledi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", null),
                org.assertj.core.groups.Tuple.tuple("Selim Yurt", "AK Parti"));
    }

    @Test
    void placesACouncilGroupNamedWithItsProvince() {
        List<Analysis.Official> found = officials("Mecliste CHP Sinop Grup Sözcüsü Selim Yurt, DSP Sinop Grup "
                + "Sözcüsü Oya Er'e yanıt verdi. CHP Grup Başkanvekili Eren Su ise Ankara'da konuştu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Selim Yurt", "Grup Sözcüsü", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Oya Er", "Grup Sözcüsü", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Eren Su", "Grup Başkanvekili", null));
    }

    @Test
    void placesTheGroupsOfTheCouncilNamedByItsMunicipalitysInitialsAndItsActingMayorInItsProvince() {
        List<Analysis.Official> found = officials("İBB Meclisi'nin oturumu yapıldı. Gündem Bayrampaşa Belediyesi'ndeki "
                + "seçimdi. Soru veren BBP Grup Başkanvekili Cem Bal'a İBB Başkanvekili Nuri Tan yanıt verdi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province,
                Analysis.Official::district).containsExactly(
                tuple("Cem Bal", "Grup Başkanvekili", "İstanbul", null),
                tuple("Nuri Tan", "Büyükşehir Belediye Başkanvekili", "İstanbul", null));
    }

    @Test
    void chainsNoTitleOverASurnameBeforeACoordinator() {
        List<Analysis.Official> found = officials("Düzce Belediye Başkanı Faruk Öz ziyaret edildi. Heyet, Belediye "
                + "Başkanı Öz ve İl Başkanı Hasan Tan'dan bilgi aldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                tuple("Faruk Öz", "Belediye Başkanı"), tuple("Hasan Tan", "İl Başkanı"));
    }

    @Test
    void placesAGroupOfAProvincialCouncilInItsProvince() {
        Analysis.Official o = only("CHP Sinop İl Genel Meclisi Grup Başkanvekili Selim Yurt bir mesaj yayımladı.");
        assertThat(o.title()).isEqualTo("Grup Başkanvekili");
        assertThat(o.province()).isEqualTo("Sinop");
    }

    @Test
    void readsAProvinceBeforeItsDistrictAsOnePlaceOfAPluralTitle() {
        List<Analysis.Official> found = officials(
                "Mersin Tarsus Belediyesi Eş Başkanları Ayla Demir ve Kadri Oğuz gözaltına alındı.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Ayla Demir", "Kadri Oğuz");
        assertThat(found).allSatisfy(o -> assertThat(o.district()).isEqualTo("Tarsus"));
    }

    @Test
    void readsThePartyOrganisationsSecretariesAndBoards() {
        List<Analysis.Official> found = officials("DSP Sinop İl Sekreteri Kemal Tuna, DSP Gerze İlçe Yönetim Kurulu "
                + "Üyesi Oya Er ve Saadet Partisi Sinop İl Teşkilat Başkanı Cem Bal basın toplantısı düzenledi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::district).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "İl Sekreteri", "DSP", null),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "İlçe Yönetim Kurulu Üyesi", "DSP", "Gerze"),
                org.assertj.core.groups.Tuple.tuple("Cem Bal", "İl Teşkilat Başkanı", "Saadet Partisi", null));
    }

    @Test
    void readsAFounderAndThePartyNamedInTheGenitiveWithoutApostrophe() {
        List<Analysis.Official> found = officials("Kongrede Demokratik Sol Partinin Kurucu Genel Başkanı Selim Yurt "
                + "anıldı. Sinop Belediyesi Kurucu Başkanı Eren Su da konuştu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::province).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Selim Yurt", "Kurucu Genel Başkan", "DSP", null),
                org.assertj.core.groups.Tuple.tuple("Eren Su", "Kurucu Başkan", null, "Sinop"));
    }

    @Test
    void leavesARankOutOfTheHoldersName() {
        Analysis.Official o = only("Törene Gerze İlçe Jandarma Komutanı Yüzbaşı Kemal Tuna da katıldı.");
        assertThat(o.name()).isEqualTo("Kemal Tuna");
        assertThat(o.title()).isEqualTo("İlçe Jandarma Komutanı");
        assertThat(o.district()).isEqualTo("Gerze");
    }

    @Test
    void passesOverAPartyInTheAccusativeWrittenWithoutApostrophe() {
        Analysis.Official o = only("DSP Sinop il örgütü Milliyetçi Hareket Partisini şikâyet etti. İl Başkanı Kemal "
                + "Tuna açıklama yaptı.");
        assertThat(o.party()).isEqualTo("DSP");
    }

    @Test
    void readsAPartyJoinedInTheDativeWrittenWithoutApostrophe() {
        Analysis.Official o = only("Sinop Belediye Meclis Üyesi Kemal Tuna dün Demokratik Sol Partiye katıldı.");
        assertThat(o.party()).isEqualTo("DSP");
    }

    @Test
    void keepsThePartyAMayorWasElectedFromToTheMayor() {
        List<Analysis.Official> found = officials("DSP Gerze İlçe Kongresi yapıldı. Toplantıda CHP'den seçilen Belediye "
                + "Başkanı Kemal Tuna da vardı. İlçe Başkanı Oya Er yeniden seçildi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "CHP"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "DSP"));
    }

    @Test
    void givesAColleagueNamedWithOurTitleInAQuoteTheSpeakersParty() {
        List<Analysis.Official> found = officials("DSP Sinop Milletvekili Kemal Tuna, “Bugün köyleri gezdik. "
                + "Milletvekilimiz Sayın Selim Yurt da bizimleydi. Belediye Başkanımız Eren Su yolları anlattı” dedi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Selim Yurt", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Eren Su", null));
    }

    @Test
    void givesASpeakerWhoCallsAPartysOfficerOursThatParty() {
        List<Analysis.Official> found = officials("DSP Genel Başkanı Ali Er Sinop'a geldi. Gerze Belediye Başkanı "
                + "Kemal Tuna, “Genel Başkanımız Sayın Ali Er bugün bizimle; milletvekillerimiz Sn.Selim Yurt ve "
                + "Sn.Oya Su da geldi” dedi. Sinop Valisi Cem Ak, “Genel Başkanımız Ali Er'e hoş geldiniz diyoruz” dedi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).contains(
                tuple("Ali Er", "DSP"), tuple("Kemal Tuna", "DSP"), tuple("Selim Yurt", "DSP"), tuple("Oya Su", "DSP"),
                tuple("Cem Ak", null));
    }

    @Test
    void givesAMayorAPartysChairOrSpokespersonCallsOursTheirParty() {
        List<Analysis.Official> found = officials("Gerze Belediye Başkanı Kemal Tuna gözaltına alındı. DSP Sözcüsü "
                + "Ali Er, “Belediye Başkanımız Kemal Tuna hakkındaki karara itiraz ettik” dedi. Sinop Valisi Cem Su, "
                + "“Belediye Başkanımız Oya Tan ile yolları gezdik” dedi. Boyabat Belediye Başkanı Oya Tan da katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                tuple("Kemal Tuna", "DSP"), tuple("Ali Er", "DSP"), tuple("Cem Su", null), tuple("Oya Tan", null));
    }

    @Test
    void givesCouncilMembersAPartySpeakingCallsOursInAListTheirParty() {
        List<Analysis.Official> found = officials("DSP yazılı bir açıklama yaptı. DSP'nin açıklaması şöyle: “Gerze "
                + "Belediye Meclis Üyelerimiz Kemal Tuna, Oya Su ve Cem Tekin bu sabah gözaltına alındı.” Sinop Valisi "
                + "Ali Er de “Meclis Üyelerimiz Eda Kuş ve Can Tan ile çalışıyoruz” dedi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                tuple("Kemal Tuna", "DSP"), tuple("Oya Su", "DSP"), tuple("Cem Tekin", "DSP"), tuple("Ali Er", null),
                tuple("Eda Kuş", null), tuple("Can Tan", null));
    }

    @Test
    void endsTheSurnameOfAOnePersonOfficesHolderBeforeANameInACase() {
        List<Analysis.Official> found = officials("Cumhurbaşkanı Erdoğan Tuna'yı Beştepe'de kabul etti. Milletvekili "
                + "Kaya Demir'e de teşekkür etti.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Erdoğan", "Kaya Demir");
    }

    @Test
    void endsARegisteredFullNameBeforeAnotherSurnameInACase() {
        List<Analysis.Official> found = officials("İstanbul Büyükşehir Belediye Başkanı Ekrem İmamoğlu konuştu. "
                + "Seçimde Ekrem İmamoğlu Tuna'yı geçti.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Ekrem İmamoğlu");
    }

    @Test
    void givesACandidateTheSpeakersCallOursInAQuoteTheirParty() {
        List<Analysis.Official> found = officials("DSP Sinop Milletvekili Kemal Tuna, “Köyleri tek tek gezdik. "
                + "Cumhurbaşkanı adayımız Selim Yurt seçimi kazanacak” dedi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Selim Yurt", "DSP"));
    }

    @Test
    void givesCoMayorsNamedWithOurTitleInAQuoteTheSpeakersPartyEachOfThem() {
        List<Analysis.Official> found = officials("DEM Parti Siirt Milletvekili Kemal Tuna, şunları söyledi: “Kurtalan "
                + "Belediye Eşbaşkanlarımız Oya Er ve Selim Yurt bu sabah gözaltına alındı. Halkın iradesine sahip "
                + "çıkacağız” dedi. Kurtalan Belediye Başkanı Gül Ay ile Eşbaşkan Eren Su ise konuşmadı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "DEM Parti"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "DEM Parti"),
                org.assertj.core.groups.Tuple.tuple("Selim Yurt", "DEM Parti"),
                org.assertj.core.groups.Tuple.tuple("Gül Ay", null),
                org.assertj.core.groups.Tuple.tuple("Eren Su", null));
    }

    @Test
    void endsANameBeforeTheMonumentOrSquareNamedAfterSomeoneElse() {
        List<Analysis.Official> found = officials("Gerze Belediye Başkanı Selim Karamehmetoğlu Atatürk Anıtı'na "
                + "çiçek bıraktı. Vali Ali Kaya Atatürk Meydanı'ndaki törene katıldı. Tören Recep Tayyip Erdoğan "
                + "Stadyumu'nda sürdü.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Selim Karamehmetoğlu", "Ali Kaya");
    }

    @Test
    void readsAnOfficeAfterARoomNamedInTheLocativeNotAsAChambersOffice() {
        Analysis.Official o = only("Heyet, meclis odasında Vali Selim Durakoğlu ile görüştü.");
        assertThat(o.title()).isEqualTo("Vali");
        assertThat(officials("Toplantıya Ziraat Odası Başkanı Kemal Tuna katıldı.")).isEmpty();
    }

    @Test
    void placesAMayorTheTextNamesWithoutAPlaceFromTheRegisterOfMayors() {
        Analysis.Official o = only("Büyükşehir Belediye Başkanı Vahap Seçer yeni yıl için kutlama yayımladı.");
        assertThat(o.province()).isEqualTo("Mersin");
        assertThat(o.source()).isEqualTo(Analysis.Official.FROM_TEXT);
    }

    @Test
    void placesAMetropolitanMayorTheTextCallsPlainMayorFromTheRegister() {
        Analysis.Official o = only("Yeni yıl mesajını Belediye Başkanı Vahap Seçer paylaştı.");
        assertThat(o.title()).isEqualTo("Büyükşehir Belediye Başkanı");
        assertThat(o.province()).isEqualTo("Mersin");
        assertThat(o.source()).isEqualTo(Analysis.Official.FROM_TEXT);
    }

    @Test
    void placesABareChairFromTheRegisterWhenTheArticleNamesTheRegistersPlace() {
        Analysis.Official named = only("Başkan Vahap Seçer, Mersin'de yeni parkın açılışını yaptı.");
        assertThat(named.province()).isEqualTo("Mersin");
        assertThat(named.title()).isEqualTo("Büyükşehir Belediye Başkanı");
        Analysis.Official elsewhere = only("Başkan Vahap Seçer, Sinop'ta yeni parkın açılışını izledi.");
        assertThat(elsewhere.title()).isEqualTo("Başkan");
        assertThat(elsewhere.province()).isNull();
    }

    @Test
    void readsADistrictsPoliceChiefGarrisonCommanderAndDeputyChiefProsecutor() {
        List<Analysis.Official> found = officials("Boyabat'taki törene Garnizon Komutanı Topçu Yüzbaşı Oya Er, "
                + "İlçe Emniyet Amiri Kemal Tuna ve Cumhuriyet Başsavcı Vekili Selim Yurt katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Oya Er", "Garnizon Komutanı"),
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "İlçe Emniyet Amiri"),
                org.assertj.core.groups.Tuple.tuple("Selim Yurt", "Cumhuriyet Başsavcı Vekili"));
        assertThat(found.get(0).district()).isEqualTo("Boyabat");
    }

    @Test
    void givesAPartyOfficeAfterItsHoldersNameInACaseThatHoldersParty() {
        List<Analysis.Official> found = officials("DEVA Partisi Genel Başkanı Kemal Tuna, DEM Partili Oya Er ile "
                + "görüştü. Tuna'ya Genel Başkan Yardımcıları Selim Yurt ve Gül Ay eşlik etti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "DEVA"),
                org.assertj.core.groups.Tuple.tuple("Selim Yurt", "DEVA"),
                org.assertj.core.groups.Tuple.tuple("Gül Ay", "DEVA"));
    }

    @Test
    void givesAGroupCountedWithItsPartyAdjectiveThePartyOfEachHolderNamedLater() {
        List<Analysis.Official> found = officials("Gül Çiftci açıklama yaptı. Kentteki 5 CHP'li belediye başkanı "
                + "tutuklu bulunuyor. Çiftci, Şile Belediye Başkanı Orhan Kaya ve Beyoğlu Belediye Başkanı Ali Er'in "
                + "durumunu anlattı.");
        assertThat(found).extracting(Analysis.Official::party).containsOnly("CHP");
        List<Analysis.Official> inGenitive = officials("Gül Çiftci, kentteki 5 CHP'li belediye başkanının tutuklu "
                + "bulunmasına tepki gösterdi. Şile Belediye Başkanı Orhan Kaya da aralarında.");
        assertThat(inGenitive).extracting(Analysis.Official::party).containsOnly("CHP");
    }

    @Test
    void readsAnAnnouncedListOfAppointmentsAndAnOfficeTakenUpAsADuty() {
        List<Analysis.Official> found = officials("DSP İl Başkanı Ali Kaya yeni atamaları duyurdu:\n\n"
                + "Gerze İlçe Kadın Kolları Başkanlığı'na Oya Ekin,\n\nBoyabat İlçe Kadın Kolları Başkanlığı'na Gül Tan."
                + "\n\nSeçime tek aday olarak giren Ayla Er, yeni dönemde Ayancık ilçe gençlik kolları başkanlığı "
                + "görevini üstlendi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ali Kaya", "İl Başkanı", null),
                        org.assertj.core.groups.Tuple.tuple("Oya Ekin", "İlçe Kadın Kolları Başkanı", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Gül Tan", "İlçe Kadın Kolları Başkanı", "Boyabat"),
                        org.assertj.core.groups.Tuple.tuple("Ayla Er", "İlçe Gençlik Kolları Başkanı", "Ayancık"));
    }

    @Test
    void givesTheChairElectedAtAWingsCongressTheWingsChair() {
        Analysis.Official o = only("DSP Sinop Gençlik Kolları'nın 4'üncü Olağan Genel Kurulu'nda Kemal Tuna "
                + "başkanlığa seçildi.");
        assertThat(o.title()).isEqualTo("İl Gençlik Kolları Başkanı");
        assertThat(o.party()).isEqualTo("DSP");
        assertThat(only("Toplantıya DSP Genel Başkanı Sn. Oya Er katıldı.").name()).isEqualTo("Oya Er");
    }

    @Test
    void readsTheChairsAWingsElectionsBringInWithTheArticlesParty() {
        List<Analysis.Official> found = officials("DSP Sinop Kadın Kolları kongresini yaptı. Gerze'deki Kadın Kolları "
                + "oylamasında oyların çoğunu alan Oya Ekin başkanlığa getirildi. Boyabat'taki Kadın Kolları oylamasında "
                + "Gül Tan başkanlık görevini üstlendi. Ayancık'ta ise Ayla Er, DSP Kadın Kolları İlçe Başkanlığına "
                + "seçildi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                        Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oya Ekin", "İlçe Kadın Kolları Başkanı", "DSP", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Gül Tan", "İlçe Kadın Kolları Başkanı", "DSP", "Boyabat"),
                        org.assertj.core.groups.Tuple.tuple("Ayla Er", "İlçe Kadın Kolları Başkanı", "DSP", "Ayancık"));
    }

    @Test
    void readsTheHeadOfAProvincesOrDistrictsDirectorateNamedByItsWords() {
        List<Analysis.Official> found = officials("Toplantıya Sinop İl Tarım ve Orman Müdürü Oya Er ile Gerze İlçe "
                + "Gençlik ve Spor Müdürü Gül Ay katıldı. DSP Gerze İlçe Başkanı Ali Kaya da oradaydı.");
        assertThat(found).extracting(Analysis.Official::title, Analysis.Official::province, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("İl Tarım ve Orman Müdürü", "Sinop", null),
                        org.assertj.core.groups.Tuple.tuple("İlçe Gençlik ve Spor Müdürü", "Sinop", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("İlçe Başkanı", "Sinop", "Gerze"));
        List<Analysis.Official> agencies = officials("Toplantıya AFAD İl Müdürü Kemal Tuna, DSİ Bölge Müdürü Selim "
                + "Yurt, Defterdar Eren Su ve Devlet Hastanesi Başhekimi Mert Can katıldı.");
        assertThat(agencies).extracting(Analysis.Official::title)
                .containsExactly("AFAD İl Müdürü", "DSİ Bölge Müdürü", "Defterdar", "Başhekim");
    }

    @Test
    void readsTheMembersOfAPartysBoardListedAfterAColon() {
        List<Analysis.Official> found = officials("DSP Gerze İlçe Kongresi yapıldı. Kongrede ilçe yönetim kuruluna şu "
                + "isimler seçildi: “Oya Ekin, Feriduncan Çilingir, Ayla Er ve Selim Yurt.”");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Oya Ekin", "Feriduncan Çilingir",
                "Ayla Er", "Selim Yurt");
        assertThat(found).allSatisfy(o -> {
            assertThat(o.title()).isEqualTo("İlçe Yönetim Kurulu Üyesi");
            assertThat(o.party()).isEqualTo("DSP");
        });
    }

    @Test
    void readsAnElectionBoardsChairAndAMayorsTitleWithoutItsMarker() {
        List<Analysis.Official> found = officials("Tutanağı İlçe Seçim Kurulu Başkanı Hakim Deniz Arslan imzaladı. "
                + "Gerze Belediye Başkan Refaettin Karaca göreve başladı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Deniz Arslan", "İlçe Seçim Kurulu Başkanı"),
                org.assertj.core.groups.Tuple.tuple("Refaettin Karaca", "Belediye Başkanı"));
    }

    @Test
    void readsTheHeadOfAMinistrysGeneralDirectorateButNotACompanysGeneralManager() {
        List<Analysis.Official> found = officials("Toplantıya Türk Telekom Genel Müdürü Ali Kaya ve Karayolları Genel "
                + "Müdürü Oya Er ile Sağlık Bakanlığı Halk Sağlığı Genel Müdürü Eren Su ve SGK Başkanı Gül Ay katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Oya Er", "Karayolları Genel Müdürü"),
                org.assertj.core.groups.Tuple.tuple("Eren Su", "Halk Sağlığı Genel Müdürü"),
                org.assertj.core.groups.Tuple.tuple("Gül Ay", "SGK Başkanı"));
    }

    @Test
    void readsTheHeadOfAMetropolitanWaterUtilityNamedByItsInitials() {
        List<Analysis.Official> found = officials("Kayseri Su ve Kanalizasyon İdaresi (KASKİ) Genel Müdürü Ali Kaya "
                + "ile İZSU Genel Müdür Yardımcısı Oya Er barajları gezdi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                tuple("Ali Kaya", "KASKİ Genel Müdürü"), tuple("Oya Er", "İZSU Genel Müdür Yardımcısı"));
        assertThat(found.get(0).province()).isEqualTo("Kayseri");
    }

    @Test
    void formerInCapitalsIsNoUtilitysInitials() {
        assertThat(officials("ESKİ GENEL MÜDÜR ALİ KAYA TOPLANTIYA KATILDI.")).isEmpty();
    }

    @Test
    void readsACandidacyForAMetropolitanMunicipalityNamedByItsInitials() {
        Analysis.Official o = only("Toplantıda İBB adayı Mert Aslan ile görüşüldü.");
        assertThat(o.title()).isEqualTo("Büyükşehir Belediye Başkan Adayı");
        assertThat(o.province()).isEqualTo("İstanbul");
        assertThat(only("ABB Başkan adayı Oya Er projelerini anlattı.").org()).isEqualTo("Ankara Büyükşehir Belediyesi");
    }

    @Test
    void readsTheFormerHolderOfAnOfficeNamedAsANounTheyWereRemovedFromOrLeft() {
        List<Analysis.Official> found = officials("MHP Kütahya İl Başkanlığı görevinden alınan Sedat Karaman "
                + "itiraz etti. Geçen ay CHP Tokat İl Başkanlığından istifa eden Murat Okur yeni parti "
                + "kuracak. Rize Valiliği'nden Sinop Valiliği'ne atanan Gül Ay göreve başladı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                        Analysis.Official::province, Analysis.Official::former)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sedat Karaman", "İl Başkanı", "MHP", "Kütahya", true),
                        org.assertj.core.groups.Tuple.tuple("Murat Okur", "İl Başkanı", "CHP", "Tokat", true),
                        org.assertj.core.groups.Tuple.tuple("Gül Ay", "Vali", null, "Sinop", false));
    }

    @Test
    void makesACandidacyNamedWithAMetropolitanProvinceAloneMetropolitan() {
        List<Analysis.Official> found = officials("DSP, Samsun için Kemal Tuna'yı aday gösterdi. DSP'nin Sinop adayı "
                + "Oya Er, Gerze için de Selim Yurt'u aday gösterdiklerini söyledi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::org)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "Büyükşehir Belediye Başkan Adayı",
                                "Samsun Büyükşehir Belediyesi"),
                        org.assertj.core.groups.Tuple.tuple("Oya Er", "Belediye Başkan Adayı", "Sinop Belediyesi"),
                        org.assertj.core.groups.Tuple.tuple("Selim Yurt", "Belediye Başkan Adayı", "Gerze Belediyesi"));
    }

    @Test
    void readsACandidacyToldAsThePredicateOfACopula() {
        List<Analysis.Official> found = officials("Genel Başkan Oya Er, partisinin Samsun Büyükşehir Belediye Başkan "
                + "(SBB) adayının Atakum Belediye Başkanı Kemal Tuna olduğunu duyurdu. Gerze Belediye Başkan Adayı ise "
                + "Selim Yurt oldu. DSP'nin Sinop adayının Eren Su olacağı konuşuluyor.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district,
                Analysis.Official::province).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Oya Er", "Genel Başkan", null, null),
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "Belediye Başkanı", "Atakum", "Samsun"),
                org.assertj.core.groups.Tuple.tuple("Selim Yurt", "Belediye Başkan Adayı", "Gerze", "Sinop"),
                org.assertj.core.groups.Tuple.tuple("Eren Su", "Belediye Başkan Adayı", null, "Sinop"));
    }

    @Test
    void givesTheFirstOfLongCommaChainedTitlesToTheHolder() {
        Analysis.Official o = only("DSP Sinop Milletvekili, TBMM İdare Amiri, Genel Merkez Basın Yayın "
                + "Başkan Yardımcısı Kemal Tuna köyleri gezdi.");
        assertThat(o.name()).isEqualTo("Kemal Tuna");
        assertThat(o.title()).isEqualTo("Milletvekili");
        assertThat(o.province()).isEqualTo("Sinop");
        assertThat(o.party()).isEqualTo("DSP");
    }

    @Test
    void readsTheLateHolderOfAnOffice() {
        Analysis.Official o = only("Törende Demokratik Sol Parti (DSP) Kurucu Genel Başkanı merhum Kemal Tuna anıldı.");
        assertThat(o.name()).isEqualTo("Kemal Tuna");
        assertThat(o.title()).isEqualTo("Kurucu Genel Başkan");
        assertThat(o.party()).isEqualTo("DSP");
    }

    @Test
    void takesThePartyJoinedInAClauseAroundABareMention() {
        List<Analysis.Official> found = officials("Meclis, AKP'ye geçen Suat Tan'ın başkanlığında toplandı. Sinop "
                + "Belediye Başkanı Suat Tan konuştu. Vali Eren Su, Bolu Belediye Başkanı Gül Ay'ın CHP'den "
                + "istifa ederek DEVA'ya katılmasını değerlendirdi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Suat Tan", "AK Parti"),
                org.assertj.core.groups.Tuple.tuple("Eren Su", null),
                org.assertj.core.groups.Tuple.tuple("Gül Ay", "DEVA"));
    }

    @Test
    void readsTheNameOfTheChairBeforeBaskanligi() {
        Analysis.Official o = only("Komisyon, AK Parti Bolu Milletvekili Kemal Kars Başkanlığı’nda toplandı.");
        assertThat(o.name()).isEqualTo("Kemal Kars");
        assertThat(o.title()).isEqualTo("Milletvekili");
    }

    @Test
    void skipsTheServiceAndRankBetweenACommandAndItsHolder() {
        Analysis.Official o = only("Toplantıya İl Jandarma Komutanı Jandarma Albay Kemal Tuna katıldı.");
        assertThat(o.name()).isEqualTo("Kemal Tuna");
        assertThat(o.title()).isEqualTo("İl Jandarma Komutanı");
    }

    @Test
    void givesTheOfficeHandedOverToTheOtherPersonOfTheHandover() {
        List<Analysis.Official> found = officials("Yeni MHP Sinop İl Başkanı Kemal Tuna, il binasındaki törende görevi Oya "
                + "Er'den devraldı. Bolu Valisi Eren Su ise görevini Gül Ay'a devretti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "İl Başkanı", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Oya Er", "İl Başkanı", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Eren Su", "Vali", "Bolu"),
                        org.assertj.core.groups.Tuple.tuple("Gül Ay", "Vali", "Bolu"));
    }

    @Test
    void readsTheContendersOfARaceForAPartyChair() {
        List<Analysis.Official> found = officials("CHP Sinop İl Kongresi yapıldı. Kongrede il başkanlığı için "
                + "görevdeki başkan Kemal Tuna ile Oya Er yarıştı. Gerze'de de ilçe başkanlığı için Gül Ay ve Eren Su "
                + "yarıştı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "İl Başkanı", null),
                        org.assertj.core.groups.Tuple.tuple("Oya Er", "İl Başkan Adayı", null),
                        org.assertj.core.groups.Tuple.tuple("Gül Ay", "İlçe Başkan Adayı", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Eren Su", "İlçe Başkan Adayı", "Gerze"));
        assertThat(found.get(1).party()).isEqualTo("CHP");
    }

    @Test
    void readsTheAbbreviationOfAMetropolitanMunicipality() {
        Analysis.Official o = only("Açıklamayı İZBB Başkanı Kemal Tuna okudu.");
        assertThat(o.title()).isEqualTo("Büyükşehir Belediye Başkanı");
        assertThat(o.province()).isEqualTo("İzmir");
    }

    @Test
    void takesAProvinceAfterANameInACapitalHeadlineForThePlace() {
        String text = "BAKAN TUNA SİNOP MİTİNGİNE KATILDI\n\nBakan Kemal Tuna, Sinop'ta halka seslendi.\n"
                + "Gençlik Kolları Başkanı Oya Aydın";
        assertThat(officials(text)).extracting(Analysis.Official::name).containsExactly("Kemal Tuna", "Oya Aydın");
        assertThat(SharedExtractor.get().analyze(text).places()).extracting(Analysis.Place::name)
                .contains("Sinop");
    }

    @Test
    void givesAPartyGroupOfficeAndTheChairTheCouncilTheArticleReportsOn() {
        List<Analysis.Official> found = officials("Gerze Belediye Meclisi'nin mart oturumu yapıldı. Toplantıda AK "
                + "Parti Grup Başkanvekili Kemal Tuna ile CHP Grup Sözcüsü Oya Er söz aldı. Başkan Selim Yurt yanıt verdi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::province, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "Sinop", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Oya Er", "Sinop", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Selim Yurt", "Sinop", "Gerze"));
        Analysis.Official member = only("Rize Belediye Meclisi toplandı. Başkanın Ankara'daki temaslarını eleştiren "
                + "muhalefete AK Partili Belediye Meclis Üyesi Eren Su yanıt verdi.");
        assertThat(member.province()).isEqualTo("Rize");
        List<Analysis.Official> inParliament = officials("TBMM Genel Kurulu'nda CHP Grup Başkanvekili Kemal Tuna konuştu.");
        assertThat(inParliament.get(0).province()).isNull();
    }

    @Test
    void givesTheSpeakerAtAPartysMeetingThatParty() {
        String text = "Başkan Tuna'dan sert sözler\n\nDSP Grup Toplantısı'nda konuşan Cumhurbaşkanı Kemal Tuna, "
                + "Vali Oya Er ile görüştüklerini söyledi. CHP'nin toplantısında Bakan Eren Su da konuştu.";
        assertThat(officials(text)).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", null),
                org.assertj.core.groups.Tuple.tuple("Eren Su", null));
    }

    @Test
    void readsTheActingChairAndTheExecutivesOfAPartysProvinceOrDistrict() {
        List<Analysis.Official> found = officials("Toplantıya AK Parti Sinop İl Başkan Vekili Kemal Tuna, CHP Gerze "
                + "İlçe Başkanvekili Oya Er ve MHP Sinop il yöneticisi Eren Su katıldı.");
        assertThat(found).extracting(Analysis.Official::title, Analysis.Official::party, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("İl Başkan Vekili", "AK Parti", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("İlçe Başkanvekili", "CHP", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("İl Yöneticisi", "MHP", "Sinop"));
    }

    @Test
    void readsTheCandidatesOfACongressFromTheirVotes() {
        List<Analysis.Official> found = officials("DSP Gerze İlçe Başkanlığı olağan kongresi yapıldı. Kemal Tuna 112 oy "
                + "alarak DSP Gerze ilçe başkanlığına seçilirken, Oya Er 48, Eren Su 9 oy aldı. Sinop il kongresinde ise "
                + "görevdeki başkan Gül Ay 203 oy, Selim Yurt ise 57 oy aldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "İlçe Başkanı"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "İlçe Başkan Adayı"),
                org.assertj.core.groups.Tuple.tuple("Eren Su", "İlçe Başkan Adayı"),
                org.assertj.core.groups.Tuple.tuple("Gül Ay", "Başkan"),
                org.assertj.core.groups.Tuple.tuple("Selim Yurt", "İl Başkan Adayı"));
        assertThat(found).filteredOn(o -> o.title().contains("Aday"))
                .allSatisfy(o -> assertThat(o.party()).isEqualTo("DSP"));
    }

    @Test
    void readsACouncilGroupNamedInThePossessive() {
        Analysis.Official o = only("Toplantıda CHP Grubu Başkanvekili ve Gerze Belediye Başkanı Kemal Tuna konuştu.");
        assertThat(o.title()).isEqualTo("Grup Başkanvekili");
        assertThat(o.party()).isEqualTo("CHP");
    }

    @Test
    void givesThePartyBeforeAListOfHoldersOfOneOfficeToEachHolder() {
        List<Analysis.Official> found = officials("Mahkeme, CHP'li Tepebaşı Belediye Başkanı Arda Kaya, Odunpazarı "
                + "Belediye Başkanı Sevgi Tan ve Vali Mert Önal ile görüştü.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Arda Kaya", "CHP"),
                org.assertj.core.groups.Tuple.tuple("Sevgi Tan", "CHP"),
                org.assertj.core.groups.Tuple.tuple("Mert Önal", null));
    }

    @Test
    void doesNotChainATitleRightAfterANameOnToTheNextName() {
        List<Analysis.Official> found = officials("Kars Belediye Başkanı Umut Bey'in yerine Kars Valisi Deniz Acar "
                + "Belediye Başkan Vekili, Sarıkamış Belediye Başkanı Eda Kılınç'ın yerine Kaymakam Can Uz atandı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).contains(
                org.assertj.core.groups.Tuple.tuple("Deniz Acar", "Vali"),
                org.assertj.core.groups.Tuple.tuple("Eda Kılınç", "Belediye Başkanı"));
    }

    @Test
    void readsPartyAdvisersAndBoardMembersAsPartyOffices() {
        List<Analysis.Official> found = officials("Toplantıya İYİ Parti Genel Başkan Danışmanı Rıfat Oral ve "
                + "Genel İdare Kurulu Üyesi Leman Aksu katıldı.");
        assertThat(found).extracting(Analysis.Official::title, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Genel Başkan Danışmanı", "İYİ Parti"),
                org.assertj.core.groups.Tuple.tuple("Genel İdare Kurulu Üyesi", "İYİ Parti"));
    }

    @Test
    void readsTheBlocksOfAnElectionResultAsCandidates() {
        List<Analysis.Official> found = officials("Seçim sonuçları belli oldu.\nBAĞIMSIZ- AYLA KURTOĞLU\n"
                + "İstanbul - Beşiktaş\nAldığı Oy- 13.967\nTİP- KEMAL ZAN\nHatay\nAldığı Oy- 15.688");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::district, Analysis.Official::province).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ayla Kurtoğlu", "Belediye Başkan Adayı", null, "Beşiktaş", "İstanbul"),
                org.assertj.core.groups.Tuple.tuple("Kemal Zan", "Büyükşehir Belediye Başkan Adayı", "TİP", null,
                        "Hatay"));
    }

    @Test
    void placesAProvincialOfficeInTheProvinceOfTheDistrictTheArticleIsAbout() {
        List<Analysis.Official> found = officials("Sorgun Kaymakamı Eda Tuna muhtarlarla buluştu. Programa İl Genel "
                + "Meclis Üyesi Cem Bal da katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::province).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Eda Tuna", "Yozgat"),
                org.assertj.core.groups.Tuple.tuple("Cem Bal", "Yozgat"));
    }

    @Test
    void readsActingGovernorsAndTheDisciplinaryBoard() {
        List<Analysis.Official> found = officials("Pazaryeri Kaymakam Vekili Okan Sezer, Bilecik Vali Vekili Sinan "
                + "Efe ve İYİ Parti Merkez Disiplin Kurulu Üyesi Ümran Aksoy görüştü.");
        assertThat(found).extracting(Analysis.Official::title).containsExactly("Kaymakam Vekili", "Vali Vekili",
                "Merkez Disiplin Kurulu Üyesi");
    }

    @Test
    void givesTheMayorsOfAGroupThatJoinedAPartyThePartyJoined() {
        List<Analysis.Official> found = officials("Dört belediye başkanı DEVA'ya geçti.\nİYİ Parti'den istifa eden "
                + "Bafra Belediye Başkanı Selim Oral ile bağımsız Gerze Belediye Başkanı Nur Akın rozet taktı. "
                + "Törende MHP Samsun İl Başkanı Ferhat Yalın da vardı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Selim Oral", "DEVA"),
                org.assertj.core.groups.Tuple.tuple("Nur Akın", "DEVA"),
                org.assertj.core.groups.Tuple.tuple("Ferhat Yalın", "MHP"));
    }

    @Test
    void givesAPartysCandidatesNamedWithoutPartyThePartyOfThePluralHeading() {
        List<Analysis.Official> found = officials("Sinop'ta DSP belediye başkan adayları açıklandı. Boyabat Belediye "
                + "Başkan Adayı Kenan Ulu ve Gerze Belediye Başkan Adayı Sevgi Tan kürsüye çıktı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kenan Ulu", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Sevgi Tan", "DSP"));
    }

    @Test
    void leavesCandidatesWithoutPartyWhenTwoPartiesPresentTheirs() {
        List<Analysis.Official> found = officials("CHP adayları ile MHP adayları aynı gün tanıtıldı. Boyabat Belediye "
                + "Başkan Adayı Kenan Ulu konuştu.");
        assertThat(found).extracting(Analysis.Official::party).containsOnlyNulls();
    }

    @Test
    void placesABeldeMayorInTheDistrictOfHisTown() {
        Analysis.Official o = only("Tokat'ın Karayaka Beldesi Belediye Başkanı Sevgi Tan, dün partisinden "
                + "ayrıldığını duyurdu.");
        assertThat(o.title()).isEqualTo("Belde Belediye Başkanı");
        assertThat(o.district()).isEqualTo("Erbaa");
    }

    @Test
    void readsNumberedListLinesWithANoteInParenthesesAndAJointPartnersParty() {
        List<Analysis.Official> found = officials("DSP'nin Sinop ilçe belediye başkan adayları şöyle:\n\n"
                + "  1. Gerze: Kemal Tuna (Doğum yeri: Boyabat, 1971)\n"
                + "  2. Ayancık: Oya Er (Doğum yeri: Ayancık, 1980)\n"
                + "  3. Dikmen: MHP - Selim Yurt\n");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::district).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "Belediye Başkan Adayı", "DSP", "Gerze"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "Belediye Başkan Adayı", "DSP", "Ayancık"),
                org.assertj.core.groups.Tuple.tuple("Selim Yurt", "Belediye Başkan Adayı", "MHP", "Dikmen"));
    }

    @Test
    void aHeadingOfMayorsNamedAsCandidatesListsCandidacies() {
        List<Analysis.Official> found = officials("DSP'nin Sinop'ta aday gösterdiği belediye başkanları şöyle:\n\n"
                + "* GERZE: KEMAL TUNA\n\n* AYANCIK: AV. OYA ER\n");
        assertThat(found).extracting(Analysis.Official::title).containsOnly("Belediye Başkan Adayı");
        assertThat(officials("Sinop'ta görevdeki belediye başkanları şöyle:\n\n* GERZE: KEMAL TUNA\n\n"
                + "* AYANCIK: OYA ER\n")).extracting(Analysis.Official::title).containsOnly("Belediye Başkanı");
    }

    @Test
    void readsCandidateItemsOfProvinceCommaDistrictOneSentenceEach() {
        List<Analysis.Official> found = officials("Partinin belediye başkan adaylarının isimleri şöyle: Sinop, Gerze-Oya "
                + "Tekin. Sinop, Boyabat-Kemal Ural. Samsun Büyükşehir-Selim Karaca. Rize-Ayten Duru.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province,
                Analysis.Official::district).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Oya Tekin", "Belediye Başkan Adayı", "Sinop", "Gerze"),
                org.assertj.core.groups.Tuple.tuple("Kemal Ural", "Belediye Başkan Adayı", "Sinop", "Boyabat"),
                org.assertj.core.groups.Tuple.tuple("Selim Karaca", "Büyükşehir Belediye Başkan Adayı", "Samsun", null),
                org.assertj.core.groups.Tuple.tuple("Ayten Duru", "Belediye Başkan Adayı", "Rize", null));
    }

    @Test
    void readsNoListOfSentencesOutsideACandidacyOrAHeading() {
        assertThat(officials("Sinop, Gerze-Oya Tekin. Sinop, Boyabat-Kemal Ural.")).isEmpty();
    }

    @Test
    void readsADistrictThatIsAGivenNameBeforeABeldeAsAnAddressNotAName() {
        Analysis.Official o = only("Şırnak İdil Sırtköy Belde Belediye Başkanı Nuri Aslan partiye katıldı.");
        assertThat(o.name()).isEqualTo("Nuri Aslan");
        assertThat(o.title()).isEqualTo("Belde Belediye Başkanı");
        assertThat(o.district()).isEqualTo("İdil");
    }

    @Test
    void readsListLinesOfProvinceDistrictAndBeldeWithThePartyInParentheses() {
        List<Analysis.Official> found = officials("Belediye başkanlarının listesi şöyle:\n- Sinop Gerze: Kemal Sezer "
                + "(CHP)\n- Tokat Erbaa Karayaka Beldesi: Sevgi Tan (İYİ Parti)\n- Tokat Merkez Çamlıbel Beldesi: "
                + "Nedim Kaya (DP)\n- Tokat Pazar: Uşak Yeter (DP)\n");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::province, Analysis.Official::district).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Belediye Başkanı", "CHP", "Sinop", "Gerze"),
                org.assertj.core.groups.Tuple.tuple("Sevgi Tan", "Belediye Başkanı", "İYİ Parti", "Tokat", "Erbaa"),
                org.assertj.core.groups.Tuple.tuple("Nedim Kaya", "Belediye Başkanı", "Demokrat Parti", "Tokat", "Merkez"),
                org.assertj.core.groups.Tuple.tuple("Uşak Yeter", "Belediye Başkanı", "Demokrat Parti", "Tokat", "Pazar"));
        assertThat(SharedExtractor.get().analyze("Belediye başkanlarının listesi şöyle:\n- Sinop Gerze: Kemal Sezer "
                + "(CHP)\n- Tokat Pazar: Uşak Yeter (DP)\n").places()).extracting(Analysis.Place::name)
                .doesNotContain("Uşak");
    }

    @Test
    void takesAProvinceAndOneOfItsDistrictsForAnAddressNotAName() {
        assertThat(officials("Ardahan Göle ve Bingöl Merkez için Vali Nuri Sağ açıklama yaptı."))
                .extracting(Analysis.Official::name).containsExactly("Nuri Sağ");
    }

    @Test
    void givesTheOfficeAppointedToNotTheOneLeft() {
        Analysis.Official o = only("Sinop Valiliği'nden Rize Valiliği'ne atanan Kemal Sezer göreve başladı.");
        assertThat(o.title()).isEqualTo("Vali");
        assertThat(o.province()).isEqualTo("Rize");
    }

    @Test
    void takesTheActingPartyNotTheOneCriticisedForABarePartyOffice() {
        List<Analysis.Official> found = officials("Meydanda eylem yapan DSP il örgütü, MHP'yi halka şikâyet etti.\n"
                + "İl Başkanı Kemal Sezer basın açıklaması yaptı. DEVA'dan da tepki geldi. Genel Başkan Oya Er konuştu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "DEVA"));
    }

    @Test
    void givesABareCouncilChairTheMunicipalCouncilTheArticleIsAbout() {
        Analysis.Official chair = only("Gerze Belediye Meclisi dün toplandı. Bütçe kabul edildi.\n\nMeclis "
                + "Başkanvekili Ali Tekin oturumu yönetti.");
        assertThat(chair.title()).isEqualTo("Meclis Başkanvekili");
        assertThat(chair.district()).isEqualTo("Gerze");
        Analysis.Official speaker = only("TBMM Genel Kurulu toplandı. Meclis Başkanvekili Ali Tekin oturumu yönetti.");
        assertThat(speaker.org()).isEqualTo("TBMM");
        assertThat(speaker.district()).isNull();
    }

    @Test
    void endsANameBeforeAProvinceWithASurnamesEnding() {
        assertThat(officials("Genel Başkan Kemal Demir Kocaeli'yi ziyaret etti. Bakan Oya Er Tekirdağ'ı gezdi."))
                .extracting(Analysis.Official::name).containsExactly("Kemal Demir", "Oya Er");
    }

    @Test
    void namesAnOfficialWrittenWithAnInitialByTheFullFormTheTextGives() {
        List<Analysis.Official> found = officials("Gerze Belediye Başkanı K. Selim Aydemir esnafı ziyaret etti. "
                + "Kemal Selim Aydemir, yeni çarşının yıl sonunda açılacağını söyledi.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Kemal Selim Aydemir");
    }

    @Test
    void readsNoNameInTheResidenceOfAnOffice() {
        assertThat(officials("Taziyeler Vali Konağı’nın bahçesinde kabul edildi. Sinop Valisi Oya Er gelenleri "
                + "ağırladı.")).extracting(Analysis.Official::name).containsExactly("Oya Er");
    }

    @Test
    void keepsTheArticlesWordsForParliamentsChair() {
        assertThat(officials("TBMM Genel Kurulu, Meclis Başkanvekili Ali Tekin başkanlığında toplandı. TBMM "
                + "Başkanvekili Oya Er de konuştu.")).extracting(Analysis.Official::title, Analysis.Official::org)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Meclis Başkanvekili", "TBMM"),
                        org.assertj.core.groups.Tuple.tuple("TBMM Başkanvekili", "TBMM"));
    }

    @Test
    void givesABareCouncilChairTheMunicipalityOfADatedSitting() {
        Analysis.Official chair = only("Gerze Belediye 2025 yılı Mart ayı olağan meclis toplantısı Meclis "
                + "Başkanvekili Ali Tekin başkanlığında yapıldı.");
        assertThat(chair.title()).isEqualTo("Meclis Başkanvekili");
        assertThat(chair.district()).isEqualTo("Gerze");
    }

    @Test
    void readsACouncilsDeputyChairRankedWithANumber() {
        assertThat(officials("Sinop Belediye Meclisi toplandı. Oturumu Meclis 1. Başkanvekili Selim Oral, ardından "
                + "Meclis 2. Başkan Vekili Oya Tan yönetti."))
                .extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Selim Oral", "Meclis 1. Başkanvekili"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Meclis 2. Başkan Vekili"));
    }

    @Test
    void readsZafersInitialsAsTheParty() {
        assertThat(only("Kongreye ZP Sinop İl Başkanı Selim Oral katıldı.").party()).isEqualTo("Zafer Partisi");
    }

    @Test
    void givesTheFirstOfTwoOfficesJoinedByASlash() {
        Analysis.Official o = only("Toplantıya Kars Valisi/Belediye Başkan Vekili Selim Oral katıldı.");
        assertThat(o.title()).isEqualTo("Vali");
        assertThat(o.province()).isEqualTo("Kars");
    }

    @Test
    void readsTheAbbreviatedActingMayorWithoutTakingItsVAsAnInitial() {
        Analysis.Official o = only("Açılışı Gerze Belediye Başkan V. Selim Oral yaptı.");
        assertThat(o.name()).isEqualTo("Selim Oral");
        assertThat(o.title()).isEqualTo("Belediye Başkanvekili");
        assertThat(only("Açılışı Başkan M. Selim Oral yaptı.").name()).isEqualTo("M. Selim Oral");
    }

    @Test
    void readsTheShortMetropolitanMayoralty() {
        Analysis.Official o = only("Sinop'ta açılışa Büyükşehir Başkanı Selim Oral katıldı.");
        assertThat(o.title()).isEqualTo("Büyükşehir Belediye Başkanı");
    }

    @Test
    void givesACouncilChairNamedRightAfterItsMunicipalityThatMunicipalitysCouncil() {
        Analysis.Official chair = only("Oturum Gerze Belediyesi Meclis Başkanvekili Ali Tekin başkanlığında yapıldı.");
        assertThat(chair.title()).isEqualTo("Meclis Başkanvekili");
        assertThat(chair.district()).isEqualTo("Gerze");
    }

    @Test
    void findsTheCouncilAcrossAnAbbreviationOrAMonthAndGivesItsOfficesTheCouncilsPlace() {
        List<Analysis.Official> found = officials("Kayseri Büyükşehir Belediyesi (KBB) Meclisi toplandı. Meclis Başkan "
                + "Vekili Orhan Tekeli oturumu açtı. CHP Grup Sözcüsü Deniz Kalaycı söz aldı. İmar ve Bayındırlık "
                + "Komisyonu Başkanı Yavuz Erkan raporu okudu.");
        assertThat(found).extracting(Analysis.Official::title, Analysis.Official::province, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Meclis Başkan Vekili", "Kayseri", null),
                        org.assertj.core.groups.Tuple.tuple("Grup Sözcüsü", "Kayseri", null),
                        org.assertj.core.groups.Tuple.tuple("İmar ve Bayındırlık Komisyonu Başkanı", "Kayseri", null));
        Analysis.Official group = only("Gerze Belediyesi ocak ayı meclis toplantısında DSP Grup Başkanvekili Filiz "
                + "Yurt bütçeyi eleştirdi.");
        assertThat(group.district()).isEqualTo("Gerze");
        Analysis.Official committee = only("TBMM Plan ve Bütçe Komisyonu Başkanı Yavuz Erkan bütçeyi sundu.");
        assertThat(committee.province()).isNull();
    }

    @Test
    void readsAMunicipalCouncilsRankedDeputyChair() {
        Analysis.Official first = only("Oylamayı Sivas Belediye Meclis Birinci Başkanvekili Tuncay Oral yaptı.");
        assertThat(first.title()).isEqualTo("Meclis Birinci Başkanvekili");
        assertThat(first.province()).isEqualTo("Sivas");
        Analysis.Official second = only("Rize Belediye Meclisi toplandı. Meclis İkinci Başkan Vekili Gül Ay oylamayı "
                + "yaptı.");
        assertThat(second.title()).isEqualTo("Meclis İkinci Başkan Vekili");
        assertThat(second.province()).isEqualTo("Rize");
    }

    @Test
    void readsAPassiveNominationAsACandidacy() {
        List<Analysis.Official> found = officials("Oral geçen yıl Gerze Belediye Başkan Aday Adayıydı; partisi onun "
                + "yerine Ayşe Tan'ın aday gösterilmesine karar verdi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .contains(org.assertj.core.groups.Tuple.tuple("Ayşe Tan", "Belediye Başkan Adayı", "Gerze"));
    }

    @Test
    void readsTheNewHolderOfABarePartyOfficeWithPartyAndDistrictNamedLater() {
        List<Analysis.Official> found = officials("Yapılan seçimde Kemal Sezer yeni ilçe başkanı olarak seçildi.\n"
                + "Toplantıya DSP il yöneticileri katıldı. CHP Gerze İlçe Başkanı Oya Er çelenk gönderdi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::district).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "İlçe Başkanı", "DSP", "Gerze"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "İlçe Başkanı", "CHP", "Gerze"));
    }

    @Test
    void endsANameBeforeAPlaceThatStartsTheNameOfABody() {
        List<Analysis.Official> found = officials("Vali Tekin Gerze Kaymakamlığını gezdi. Vali Ali Tekin sonra "
                + "limana gitti.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Ali Tekin");
    }

    @Test
    void distributesAPluralTitleOverTheListAfterItsComma() {
        List<Analysis.Official> found = officials("Toplantıda DSP Sinop milletvekili adayları, Kemal Sezer, Oya Er "
                + "ve Cem Bal da konuştu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::province).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Milletvekili Adayı", "DSP", "Sinop"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "Milletvekili Adayı", "DSP", "Sinop"),
                org.assertj.core.groups.Tuple.tuple("Cem Bal", "Milletvekili Adayı", "DSP", "Sinop"));
    }

    @Test
    void readsNumberedDashLinesOfCandidatesWithTheirPresentOffice() {
        List<Analysis.Official> found = officials("DSP'nin 4 il belediye başkan adayları açıklandı.\n\nAdayları "
                + "açıklanan iller\n\n  1. Sinop – Kemal Sezer\n  2. Tokat – Milletvekili Oya Er\n  3. Rize – Mevcut "
                + "belediye başkanı Cem Bal\n  4. Ordu – Prof. Dr. Ayla Tan\n");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::province).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Belediye Başkan Adayı", "DSP", "Sinop"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "Milletvekili", "DSP", null),
                org.assertj.core.groups.Tuple.tuple("Cem Bal", "Belediye Başkanı", "DSP", "Rize"),
                org.assertj.core.groups.Tuple.tuple("Ayla Tan", "Büyükşehir Belediye Başkan Adayı", "DSP", "Ordu"));
    }

    @Test
    void givesTheMembersOfAGroupThatJoinedThoseNamedAsLeavingTheirParty() {
        List<Analysis.Official> found = officials("İki milletvekili DSP'ye katıldı.\nCHP'den istifa eden Kemal Sezer "
                + "ile DEVA Partisi'nden istifa eden Oya Er'e rozetlerini Genel Başkan Cem Bal taktı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party)
                .contains(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Milletvekili", "DSP"),
                        org.assertj.core.groups.Tuple.tuple("Oya Er", "Milletvekili", "DSP"));
    }

    @Test
    void givesTheTitleOfAnAppointingParticipleToEachOfItsSubjects() {
        List<Analysis.Official> found = officials("Seçimlerde DSP listesinden Gerze Belediye Meclis Üyesi olarak "
                + "seçilen Kemal Sezer ve Oya Er istifa etti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Belediye Meclis Üyesi", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Oya Er", "Belediye Meclis Üyesi", "Gerze"));
    }

    @Test
    void readsLinesOfAListOfWingChairsWithNamesNoRegisterKnows() {
        List<Analysis.Official> found = officials("DSP İLÇE GENÇLİK KOLLARI BAŞKANLARI\nGerze Gençlik Kolları Başkanı "
                + "Melih Özkaraaslan\nBoyabat Gençlik Kolları Başkanı Onur Gökalın\nGölcük Gençlik Kolları Başkanı "
                + "Emre Sarıca\n");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::district).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Melih Özkaraaslan", "Gerze"),
                org.assertj.core.groups.Tuple.tuple("Onur Gökalın", "Boyabat"),
                org.assertj.core.groups.Tuple.tuple("Emre Sarıca", "Gölcük"));
    }

    @Test
    void linksATitleToTheNameRightAfterItsParticipleOfAppointment() {
        List<Analysis.Official> found = officials("Bakan, Gerze Belediyesine geçerek kararnameyle Başkan Vekili atanan "
                + "Kemal Sezer'den bilgi aldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Başkan Vekili", "Gerze"));
    }

    @Test
    void givesTheMembersOfAPartysDelegationTheParty() {
        List<Analysis.Official> found = officials("DSP, Sinop'ta saha çalışması başlattı.\n\nÜç kişilik heyet; Rize "
                + "Milletvekili Kemal Sezer, Ordu Milletvekili Oya Er ve Tokat Milletvekili Cem Bal'dan oluşacak. "
                + "Sinop Valisi Ayla Tan da heyeti kabul etti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Cem Bal", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Ayla Tan", null));
    }

    @Test
    void keepsTheTextsSpellingOfCompoundTitles() {
        assertThat(officials("Gerze Belediye Başkan Vekili Kemal Sezer ile DEM Parti Sinop İl Eşbaşkanı Oya Er görüştü."))
                .extracting(Analysis.Official::title).containsExactly("Belediye Başkan Vekili", "İl Eşbaşkanı");
        assertThat(officials("Gerze Belediye Başkanvekili Kemal Sezer ile DEM Parti Sinop İl Eş Başkanı Oya Er görüştü."))
                .extracting(Analysis.Official::title).containsExactly("Belediye Başkanvekili", "İl Eş Başkanı");
    }

    @Test
    void readsLocativeListItemsAfterCompoundsAndSurnamesThatAreCommonWords() {
        List<Analysis.Official> found = officials("DSP'den Akçaabat'ta Osman Nuri Ekim, Köprübaşı'nda Ali Tekin ve "
                + "Şalpazarı'nda Cem Bal aday olarak gösterildi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Osman Nuri Ekim", "Belediye Başkan Adayı", "Akçaabat"),
                        org.assertj.core.groups.Tuple.tuple("Ali Tekin", "Belediye Başkan Adayı", "Köprübaşı"),
                        org.assertj.core.groups.Tuple.tuple("Cem Bal", "Belediye Başkan Adayı", "Şalpazarı"));
    }

    @Test
    void readsATitleWordAsTheSurnameOfAGivenNameAfterATitleOrInAList() {
        assertThat(officials("DSP Sinop Milletvekili Oya Bakan, Gerze için açıklama yaptı."))
                .extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oya Bakan", "Milletvekili"));
        assertThat(officials("DSP Genel Başkan Yardımcıları Ali Kaya, Oya Bakan, Sinop Milletvekili Deniz Er ve "
                + "Gerze Belediye Başkanı Kemal Sezer toplantıya katıldı."))
                .extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ali Kaya", "Genel Başkan Yardımcısı"),
                        org.assertj.core.groups.Tuple.tuple("Oya Bakan", "Genel Başkan Yardımcısı"),
                        org.assertj.core.groups.Tuple.tuple("Deniz Er", "Milletvekili"),
                        org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Belediye Başkanı"));
    }

    @Test
    void readsATitleWordAsTheSurnameWhenAQuoteOrFullStopClosesTheName() {
        assertThat(officials("Sinop Vali Yardımcısı Oya Bakan \"Kayıtlar yarın başlıyor\" dedi."))
                .extracting(Analysis.Official::name).containsExactly("Oya Bakan");
        assertThat(officials("Sinop'ta konuşan Cem Başkan \"Yol yarın açılıyor\" dedi.")).isEmpty();
    }

    @Test
    void readsConsulsEnvoysAndAMinistrysSpokesperson() {
        assertThat(officials("Gerze'deki Fransa Başkonsolosu Oya Er, Sinop Fahri Konsolosu Cem Bal, BM Daimi "
                + "Temsilcisi Ali Kaya ve Dışişleri Bakanlığı Sözcüsü Deniz Tan görüştü."))
                .extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oya Er", "Başkonsolos"),
                        org.assertj.core.groups.Tuple.tuple("Cem Bal", "Fahri Konsolos"),
                        org.assertj.core.groups.Tuple.tuple("Ali Kaya", "Daimi Temsilci"),
                        org.assertj.core.groups.Tuple.tuple("Deniz Tan", "Dışişleri Bakanlığı Sözcüsü"));
    }

    @Test
    void aPluralOfficeInACaseOwnsTheNameAfterItAndTitlesNoOne() {
        assertThat(officials("Vali, milletvekillerinin Cem Bal hakkındaki sözlerine ve belediye başkanlarının "
                + "Özel Kalem Müdürlüğü'ne yaptığı başvurulara yanıt verdi.")).isEmpty();
    }

    @Test
    void keepsTheAgencyInTheOfficeOfItsHeadsDeputy() {
        assertThat(officials("Törene TOKİ Başkan Yardımcısı Oya Er ile AFAD Başkan Yardımcıları Cem Bal ve Ali Kaya "
                + "katıldı.")).extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oya Er", "TOKİ Başkan Yardımcısı"),
                        org.assertj.core.groups.Tuple.tuple("Cem Bal", "AFAD Başkan Yardımcısı"),
                        org.assertj.core.groups.Tuple.tuple("Ali Kaya", "AFAD Başkan Yardımcısı"));
    }

    @Test
    void aUnionsHeadCalledBaskanLaterIsStillNoOfficial() {
        assertThat(officials("Eğitim-Bir-Sen Sinop Şube Başkanı Cem Bal açıklama yaptı. Başkan Bal, okulların "
                + "hazır olduğunu söyledi. Ziraat Odası Başkanı ile Gerze Belediye Başkanı Oya Er de konuştu. "
                + "Başkan Er yolları gezdi.")).extracting(Analysis.Official::name).containsExactly("Oya Er");
    }

    @Test
    void initialsDefinedAfterAUnionsNameStandForTheUnion() {
        assertThat(officials("Sinop Öğretmenler Sendikası (SÖS) açıklama yaptı. SÖS Genel Sekreteri Oya Er ile "
                + "CHP Genel Sekreteri Ali Kaya konuştu.")).extracting(Analysis.Official::name)
                .containsExactly("Ali Kaya");
    }

    @Test
    void chairsOfUnionsChambersAndAssociationsAreNotOfficials() {
        assertThat(officials("Memur-Sen Genel Başkanı Oya Er ve DİSK Genel Sekreteri Ali Kaya açıklama yaptı.")).isEmpty();
        assertThat(officials("Sinop Muhtarlar Federasyonu Başkan Vekili Cem Bal ile Memur-Sen Sinop İl Temsilcisi "
                + "Deniz Tan görüştü.")).isEmpty();
        assertThat(officials("Kaymakam Oya Er, köyde Muhtarlar Dernek Başkanımız Ali Tekin ile görüştü."))
                .extracting(Analysis.Official::name).containsExactly("Oya Er");
        assertThat(officials("Gerze Esnaf Odası Başkanı Nuri Ekim ile DSP Sinop İl Başkanı Oya Er görüştü."))
                .extracting(Analysis.Official::name).containsExactly("Oya Er");
    }

    @Test
    void aBodysInitialsInParenthesesBeforeItsOfficeStillMakeItACivilBody() {
        assertThat(officials("Sinop Balıkçılar Derneği (SİBAD) Eş Başkanı Nuri Ekim ile DSP Sinop İl Başkanı Oya Er "
                + "görüştü.")).extracting(Analysis.Official::name).containsExactly("Oya Er");
        assertThat(officials("Demokratik Sol Parti (DSP) Genel Başkanı Ali Er geldi."))
                .extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(tuple("Ali Er", "DSP"));
    }

    @Test
    void readsAPartysShortNameWithThePossessiveOfPartisi() {
        assertThat(officials("DEM Partisi Sözcüsü Ali Er ile İYİ Partisi Sinop İl Başkanı Oya Su görüştü."))
                .extracting(Analysis.Official::name, Analysis.Official::party)
                .containsExactly(tuple("Ali Er", "DEM Parti"), tuple("Oya Su", "İYİ Parti"));
    }

    @Test
    void readsTheSmallPartiesOfOppositionRallies() {
        assertThat(officials("Mitinge ESP Eş Genel Başkanı Ali Er, TÖP Sözcüsü Oya Su ve EHP Genel Başkanı Cem Tan da "
                + "katıldı.")).extracting(Analysis.Official::name, Analysis.Official::party)
                .containsExactly(tuple("Ali Er", "ESP"), tuple("Oya Su", "TÖP"), tuple("Cem Tan", "EHP"));
    }

    @Test
    void readsProvincialAdministrationAndParliamentaryOfficesAsWritten() {
        assertThat(officials("Sinop İl Genel Meclisi Başkanı Kemal Sezer ve İl Özel İdaresi Genel Sekreteri Oya Er "
                + "ile TBMM İdare Amiri Ali Kaya toplantıya katıldı."))
                .extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "İl Genel Meclisi Başkanı", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Oya Er", "İl Özel İdaresi Genel Sekreteri", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Ali Kaya", "İdare Amiri", null));
    }

    @Test
    void distributesPluralTitlesOfPartyBoardsWingsAndCoHeads() {
        assertThat(officials("MHP Merkez Yürütme Kurulu Üyeleri Kemal Sezer, Oya Tan ve Ali Kaya konuştu."))
                .extracting(Analysis.Official::title, Analysis.Official::party).containsOnly(
                        org.assertj.core.groups.Tuple.tuple("Merkez Yürütme Kurulu Üyesi", "MHP"));
        assertThat(officials("DSP Kadın Kolları Genel Başkan Yardımcıları Oya Tan ve Ayşe Bal katıldı."))
                .extracting(Analysis.Official::title).containsExactly("Kadın Kolları Genel Başkan Yardımcısı",
                        "Kadın Kolları Genel Başkan Yardımcısı");
        assertThat(officials("Gerze Belediye Meclisi toplantısı, Eş Başkanlar Kemal Sezer ve Oya Tan başkanlığında "
                + "yapıldı.")).extracting(Analysis.Official::title, Analysis.Official::district).containsOnly(
                        org.assertj.core.groups.Tuple.tuple("Eş Başkan", "Gerze"));
    }

    @Test
    void readsAPluralTitleInTheAblativeAsTheTitleOfTheNamesAfterIt() {
        assertThat(officials("DSP Sinop milletvekillerinden Oya Er ve Ali Kaya toplantıya katıldı."))
                .extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oya Er", "Milletvekili", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Ali Kaya", "Milletvekili", "Sinop"));
    }

    @Test
    void readsTheChairElectedAtAPartyCongressFromThePredicate() {
        assertThat(officials("DSP Gerze ilçe teşkilatında Kemal Sezer, yeniden başkanlığa seçildi."))
                .extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                        Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "İlçe Başkanı", "DSP", "Gerze"));
        assertThat(officials("DSP Sinop'ta delegelerin oylarını alan Oya Tan teşkilatın yeni başkanı seçildi."))
                .extracting(Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("İl Başkanı", "Sinop"));
        assertThat(officials("Gerze Muhtarlar Derneği kongresinde Kemal Sezer yeniden başkan seçildi.")).isEmpty();
    }

    @Test
    void aBareBaşkanAfterAPartysCongressChairsThatOrganisation() {
        assertThat(officials("DSP Sinop 8. Olağan İl Kongresi’ne tek liste giren Başkan Kemal Sezer, güven tazeledi."))
                .extracting(Analysis.Official::title, Analysis.Official::party, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("İl Başkanı", "DSP", "Sinop"));
        assertThat(officials("DSP Gerze İlçe Kongresi yapıldı. Kongrede konuşan Başkan Kemal Sezer, teşekkür etti."))
                .extracting(Analysis.Official::title, Analysis.Official::party, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("İlçe Başkanı", "DSP", "Gerze"));
        assertThat(officials("DSP Gerze İlçe Kongresi’nde mevcut başkan Kemal Sezer tek aday olarak yeniden seçildi."))
                .extracting(Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("İlçe Başkanı", "Gerze"));
    }

    @Test
    void readsTheNamesAfterAPluralTitleInTheAblativeWithTheirVotes() {
        assertThat(officials("DSP Sinop İl Kongresinde il başkan adaylarından Kemal Sezer 120 oy, Oya Tan 200 oy aldı."))
                .extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "İl Başkan Adayı"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "İl Başkan Adayı"));
    }

    @Test
    void aHolderOfSeveralChainedTitlesTakesTheFirstGiven() {
        assertThat(officials("TBMM Divan Katip Üyesi olarak görev yapan ve aynı zamanda DSP Sinop Milletvekili olan "
                + "Oya Er, açıklama yaptı.")).extracting(Analysis.Official::title).containsExactly("Divan Katip Üyesi");
        assertThat(officials("Sinop Belediye Başkan Vekili, İmar Komisyonu Başkanı ve Gerzespor Başkan Yardımcısı olan "
                + "Kemal Sezer tutuklandı.")).extracting(Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Belediye Başkan Vekili", "Sinop"));
    }

    @Test
    void aProvinceClosingAListedNameAfterATitleIsItsLastSurname() {
        assertThat(officials("Toplantıya DSP Genel Sekreteri Ali Kaya, Sinop Milletvekili Ayşe Bölünmez Çankırı, "
                + "İl Kadın Kolları Başkanı Oya Tan ve İl Jandarma Komutanı Kıdemli Albay Cem Bal katıldı."))
                .extracting(Analysis.Official::name, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ali Kaya", null),
                        org.assertj.core.groups.Tuple.tuple("Ayşe Bölünmez Çankırı", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Cem Bal", "Sinop"));
    }

    @Test
    void readsMinistriesWhoseNamesHoldWordsThatAreNeverNamesAndTermNumbersBeforeThem() {
        assertThat(officials("Kongreye 65. Dönem Ulaştırma, Denizcilik ve Haberleşme Bakanı Cem Bal katıldı."))
                .extracting(Analysis.Official::title)
                .containsExactly("Ulaştırma, Denizcilik ve Haberleşme Bakanı");
    }

    @Test
    void aListedMinistryNameEndsTheMinistersTitleWhateverStandsBeforeIt() {
        // "Sanayi" is also a word of industrial zones, which never starts a name; "Oya Tan ve" is a person, not a word
        // of the ministry
        assertThat(officials("Fuara Sanayi ve Teknoloji Bakanı Cem Bal katıldı. Törene DSP Genel Başkanvekili Oya Tan "
                + "ve Milli Eğitim Bakanı Deniz Er de katıldı.")).extracting(Analysis.Official::name,
                        Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cem Bal", "Sanayi ve Teknoloji Bakanı"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Genel Başkanvekili"),
                        org.assertj.core.groups.Tuple.tuple("Deniz Er", "Milli Eğitim Bakanı"));
    }

    @Test
    void theItemsOfAListUnderAPluralTitleMayCarryTheirOwnHonorifics() {
        assertThat(officials("Törene Rize milletvekilleri Deniz Er, Av. Ayşe Kurt ve Prof. Dr. Ali Kaya katıldı."))
                .extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Deniz Er", "Milletvekili"),
                        org.assertj.core.groups.Tuple.tuple("Ayşe Kurt", "Milletvekili"),
                        org.assertj.core.groups.Tuple.tuple("Ali Kaya", "Milletvekili"));
    }

    @Test
    void readsAWingChairOfADistrictOrganisation() {
        assertThat(officials("DSP Gerze İlçe Teşkilatı Gençlik Kolları Başkanı Cem Bal açıklama yaptı."))
                .extracting(Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("İlçe Gençlik Kolları Başkanı", "Gerze"));
    }

    @Test
    void successorsInASentenceOpeningWithYerlerineTakeTheOfficeOfThoseNamedBefore() {
        assertThat(officials("Sinop Valiliğinde vali yardımcıları Ali Kaya ve Oya Tan görevden alındı. Yerlerine Cem Bal "
                + "ve Deniz Er atandı.")).extracting(Analysis.Official::name, Analysis.Official::title)
                .contains(org.assertj.core.groups.Tuple.tuple("Cem Bal", "Vali Yardımcısı"),
                        org.assertj.core.groups.Tuple.tuple("Deniz Er", "Vali Yardımcısı"));
    }

    @Test
    void endsANameBeforeAnHonorificInAnyCase() {
        Analysis.Official o = only("İl Başkanı, Genel Başkanımız Sayın Kemal Tuna Beyefendinin selamlarını iletti.");
        assertThat(o.name()).isEqualTo("Kemal Tuna");
    }

    @Test
    void readsTheVotesOfAMuhtarsElection() {
        List<Analysis.Official> found = officials("Sinop'un Gerze ilçesine bağlı Yenice Mahallesi'ndeki muhtarlık "
                + "seçiminde 4 aday yarıştı. Oylar iki okulda kullanıldı. Sayım sonunda Kemal Tuna 512 oy alarak muhtar "
                + "seçildi. Diğer adaylar ise; Oya Er 498, Selim Yurt 120 ve Gül Ay 35 oy aldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "Muhtar", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Oya Er", "Muhtar Adayı", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Selim Yurt", "Muhtar Adayı", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Gül Ay", "Muhtar Adayı", "Gerze"));
        assertThat(officials("Seçimde Kemal Tuna 512 oy aldı.")).isEmpty();
    }

    @Test
    void candidatesNamedAfterAPartysAnnouncementAreItsCandidates() {
        List<Analysis.Official> found = officials("DSP Genel Başkanı Kemal Tuna, Sinop'ta üç ilçenin belediye başkan "
                + "adaylarını açıkladı. Gerze Belediye Başkan Adayı Oya Er, Boyabat Belediye Başkan Adayı Selim Yurt oldu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "DSP"), org.assertj.core.groups.Tuple.tuple("Oya Er", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Selim Yurt", "DSP"));
        assertThat(officials("DSP Genel Başkanı Kemal Tuna dün Sinop'u gezdi. Gerze Belediye Başkan Adayı Oya Er de "
                + "oradaydı.")).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "DSP"), org.assertj.core.groups.Tuple.tuple("Oya Er", null));
    }

    @Test
    void aTitleBeforeASurnameInACaseDoesNotChainToTheNextHolder() {
        List<Analysis.Official> found = officials("Sinop Valisi Ali Çelik ve Bakan Kemal Tunalı kente geldi. "
                + "Bakan Tunalı'ya Vali Ali Çelik bir plaket verdi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ali Çelik", "Vali"), org.assertj.core.groups.Tuple.tuple("Kemal Tunalı", "Bakan"));
    }

    @Test
    void whoSpeaksForAPartysGroupIsItsMember() {
        Analysis.Official o = only("Oturumda DSP Grubu adına söz alan Meclis Üyesi Kemal Tuna bütçeyi eleştirdi.");
        assertThat(o.party()).isEqualTo("DSP");
    }

    @Test
    void aPartyBeforeAListOfItsDeputiesAndOfficersIsEachOnes() {
        List<Analysis.Official> found = officials("Sinop'ta üyelerle buluşan DSP Meclis Grup Başkanvekili Kemal Tuna, "
                + "Rize Milletvekili Oya Er, Ordu Milletvekili Selim Yurt ve Sinop Milletvekili Gül Ay açıklama yaptı.");
        assertThat(found).extracting(Analysis.Official::party).containsOnly("DSP");
        assertThat(officials("Törene DSP İl Başkanı Kemal Tuna, Gerze Belediye Başkanı Oya Er ve Sinop Valisi "
                + "Selim Yurt katıldı.")).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "DSP"), org.assertj.core.groups.Tuple.tuple("Oya Er", null),
                org.assertj.core.groups.Tuple.tuple("Selim Yurt", null));
    }

    @Test
    void deputiesAndMayorsAttendingAPartysOwnMeetingAreThatPartys() {
        List<Analysis.Official> found = officials("DSP Sinop İl Başkanı Kemal Sezer basın toplantısı düzenledi. "
                + "Toplantıya milletvekilleri Ali Kaya, Oya Tan, Gerze Belediye Başkanı Cem Bal ve Sinop Valisi "
                + "Deniz Er katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "DSP"), org.assertj.core.groups.Tuple.tuple("Ali Kaya", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Oya Tan", "DSP"), org.assertj.core.groups.Tuple.tuple("Cem Bal", "DSP"),
                org.assertj.core.groups.Tuple.tuple("Deniz Er", null));
        assertThat(officials("DSP ve MHP il başkanları toplantı yaptı. Toplantıya Gerze Belediye Başkanı Cem Bal katıldı."))
                .extracting(Analysis.Official::party).containsOnlyNulls();
    }

    @Test
    void readsLinesOfOfficeDashAndHolderUnderAGroupThatJoinedAParty() {
        List<Analysis.Official> found = officials("DSP'ye katılan başkanların listesi şöyle açıklandı:\n"
                + "Sinop Gerze Belediye Başkanı – Cem Bal (MHP)\n"
                + "Sinop Boyabat Yenikent Belde Belediye Başkanı – Ali Kaya (DEVA)\n");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::district).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Cem Bal", "Belediye Başkanı", "DSP", "Gerze"),
                org.assertj.core.groups.Tuple.tuple("Ali Kaya", "Belde Belediye Başkanı", "DSP", "Boyabat"));
    }

    @Test
    void readsLinesOfOfficeColonAndHolderButNoSubheadInCapitals() {
        List<Analysis.Official> found = officials("Görevden alınan ilçe başkanları şöyle:\n\n"
                + "Gerze İlçe Başkanı: Cem Bal\nBoyabat İlçe Başkanı: Ali Kaya\n");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cem Bal", "İlçe Başkanı", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Ali Kaya", "İlçe Başkanı", "Boyabat"));
        assertThat(officials("Vali konuştu.\n\nGERZE BELEDİYE BAŞKANI: YOLLARIMIZ YENİLENECEK\n\nToplantı sürdü."))
                .isEmpty();
    }

    @Test
    void readsTheActingChairAndTheBoardWrittenInFull() {
        assertThat(officials("Toplantıya DSP Genel Başkan Vekili Kemal Sezer ve DSP Merkez Karar ve Yönetim Kurulu "
                + "Üyesi Oya Tan katıldı.")).extracting(Analysis.Official::title)
                .containsExactly("Genel Başkan Vekili", "Merkez Karar ve Yönetim Kurulu Üyesi");
    }

    @Test
    void aLawIsNoPersonThoughItStartsWithAGivenName() {
        String text = "Gerze Belediye Başkanı Kemal Sezer açıklama yaptı. 4982 sayılı Bilgi Edinme Kanunu kapsamında "
                + "bir talep olmadığı belirtilen açıklamada, \"Bu tür talepler olursa bilgileri paylaşırız\" denildi.";
        assertThat(SharedExtractor.get().analyze(text).statements()).extracting(s -> s.speaker() == null ? null
                : s.speaker().name()).doesNotContain("Bilgi Edinme Kanunu");
    }

    @Test
    void readsLocativeListItemsWithNamesNoRegisterKnowsAndAParticle() {
        assertThat(officials("DSP'nin ilçe belediye başkan adayları Gerze'de Cem Bal, Boyabat'ta Gürkanberk Bülek "
                + "ve Ayancık'ta da Oya Tan olarak açıklandı.")).extracting(Analysis.Official::name,
                        Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cem Bal", "Belediye Başkan Adayı", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Gürkanberk Bülek", "Belediye Başkan Adayı", "Boyabat"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Belediye Başkan Adayı", "Ayancık"));
    }

    @Test
    void aBodyWhoseNameStartsWithAGivenNameIsNoHolderInAChainOfTitles() {
        assertThat(officials("DSP Rize Milletvekili ve TBMM Barış Komisyonu DSP Grup Sözcüsü Cem Bal, açıklama yaptı."))
                .extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cem Bal", "Milletvekili", "Rize"));
    }

    @Test
    void aFormerOfficeAfterVeContinuesTheChainOfACurrentOne() {
        Analysis.Official o = only("Kongreye AK Parti MKYK Üyesi ve eski Bakan Selma Doğaner de katıldı.");
        assertThat(o.title()).isEqualTo("MKYK Üyesi");
        assertThat(o.party()).isEqualTo("AK Parti");
        assertThat(o.former()).isFalse();
    }

    @Test
    void aPartyOfficeChainsOverVeToACouncilSeatInLowerCase() {
        Analysis.Official o = only("Mecliste MHP Grup Başkanvekili ve meclis üyesi Tuncay Erol söz aldı.");
        assertThat(o.title()).isEqualTo("Grup Başkanvekili");
        assertThat(o.party()).isEqualTo("MHP");
    }

    @Test
    void aClauseOfAnotherDutyAfterVeRunsOnToTheHolder() {
        Analysis.Official o = only("Törende Gerze Kaymakamı ve daha önce Samsun'da vali yardımcısı olarak görev yapan "
                + "Nihat Özer de konuştu.");
        assertThat(o.name()).isEqualTo("Nihat Özer");
        assertThat(o.title()).isEqualTo("Kaymakam");
        assertThat(o.district()).isEqualTo("Gerze");
        assertThat(officials("Vali ve törene katılan Nihat Özer konuştu.")).isEmpty();
    }

    @Test
    void aMembershipOfABodyInLowerCaseContinuesTheChain() {
        Analysis.Official o = only("Heyete DEVA Partisi Genel Sekreteri ve Divan üyesi Leyla Aksoy başkanlık etti.");
        assertThat(o.name()).isEqualTo("Leyla Aksoy");
        assertThat(o.title()).isEqualTo("Genel Sekreter");
        assertThat(o.party()).isEqualTo("DEVA");
    }

    @Test
    void aSecondTitleInLowerCaseDoesNotBreakTheChain() {
        assertThat(officials("Toplantıya ABB Başkanı ve DSP'nin cumhurbaşkanı adayı Oya Tan da katıldı."))
                .extracting(Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Büyükşehir Belediye Başkanı", "Ankara"));
    }

    @Test
    void aChiefProsecutorNamedWithADistrictIsTheDistrictsAndWithAProvinceTheProvinces() {
        assertThat(officials("Toplantıya Ünye Kaymakamı Oya Tan ve Ünye Cumhuriyet Başsavcısı Ali Er katıldı. "
                + "Sinop Cumhuriyet Başsavcısı Ayşe Kaya açıklama yaptı."))
                .extracting(Analysis.Official::name, Analysis.Official::org, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oya Tan", "Ünye Kaymakamlığı", "Ünye"),
                        org.assertj.core.groups.Tuple.tuple("Ali Er", "Ünye Cumhuriyet Başsavcılığı", "Ünye"),
                        org.assertj.core.groups.Tuple.tuple("Ayşe Kaya", "Sinop Cumhuriyet Başsavcılığı", null));
    }

    @Test
    void aMunicipalitysGeneralSecretaryIsTheMunicipalitysNotAPartys() {
        Analysis.Official o = only("Ordu Büyükşehir Belediyesi Genel Sekreteri Cem Bal projeyi anlattı.");
        assertThat(o.org()).isEqualTo("Ordu Büyükşehir Belediyesi");
        assertThat(o.province()).isEqualTo("Ordu");
        assertThat(o.district()).isNull();
        assertThat(o.party()).isNull();
    }

    @Test
    void aListUnderAPluralTitleEndsWithTheItemAfterVe() {
        assertThat(officials("Ünye Belediye Başkan Yardımcıları Cem Bal, Oya Tan ve Ali Er, Sahil Güvenlik Karadeniz "
                + "Grup Komutanı Binbaşı Ayşe Kaya törene katıldı."))
                .extracting(Analysis.Official::name)
                .containsExactly("Cem Bal", "Oya Tan", "Ali Er", "Ayşe Kaya");
    }

    @Test
    void commandersOfMilitaryUnitsHaveNoProvince() {
        assertThat(officials("Sinop'taki törene Sahil Güvenlik Marmara Grup Komutanı Binbaşı Cem Bal ile 5. Piyade "
                + "Tugay Komutanı Tuğgeneral Oya Tan katıldı."))
                .extracting(Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Grup Komutanı", null),
                        org.assertj.core.groups.Tuple.tuple("Tugay Komutanı", null));
    }

    @Test
    void aMunicipalitysSittingIsItsCouncilsForTheGroupOffices() {
        Analysis.Official o = only("Gerze Belediyesinin kasım ayı oturumunda DSP Grup Başkanvekili Cem Bal bütçeyi "
                + "eleştirdi.");
        assertThat(o.province()).isEqualTo("Sinop");
        assertThat(o.district()).isEqualTo("Gerze");
    }

    @Test
    void aBareWingChairAfterADistrictOrganisationsWordsIsTheDistricts() {
        assertThat(officials("DSP Gerze İlçe Gençlik Kolları'nın programına İlçe Başkanı Cem Bal ile Kadın Kolları "
                + "Başkanı Oya Tan katıldı. DSP Sinop İl Başkanı Ali Er ile Gençlik Kolları Başkanı Ayşe Kaya da "
                + "oradaydı."))
                .extracting(Analysis.Official::name, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cem Bal", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("Ali Er", null),
                        org.assertj.core.groups.Tuple.tuple("Ayşe Kaya", null));
    }

    @Test
    void theCentreOfAnEventThatReachedFurtherIsNotTheContextOfAProvincialOffice() {
        List<Analysis.Official> found = officials("SİNOP'ta deprem konutlarının kurası çekildi. Vali Ali Er, Bolu "
                + "merkezli depremlerden etkilenen ailelere konut verildiğini söyledi. Törene DSP İl Başkanı Oya Su da "
                + "katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::province)
                .containsExactly(tuple("Ali Er", "Sinop"), tuple("Oya Su", "Sinop"));
    }

    @Test
    void aGuestDeputysProvinceIsNotTheContextOfAProvincialOffice() {
        assertThat(officials("Kongre Boyabat'ta yapıldı. Kongreye DSP Rize Milletvekili Cem Bal ile DSP İl Başkanı "
                + "Oya Tan katıldı."))
                .extracting(Analysis.Official::name, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cem Bal", "Rize"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Sinop"));
    }

    @Test
    void coChairsBecomingTheOfficeAsAPluralPredicateEachHoldIt() {
        assertThat(officials("Oya Tan, DSP'nin Sinop örgütünün yeni il başkanı oldu. Cem Bal ve Ali Er, DSP'nin Rize "
                + "örgütünün yeni il başkanları oldu."))
                .extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oya Tan", "İl Başkanı", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Cem Bal", "İl Başkanı", "Rize"),
                        org.assertj.core.groups.Tuple.tuple("Ali Er", "İl Başkanı", "Rize"));
    }

    @Test
    void anOrdinalElectoralDistrictDoesNotEndAChainOfTitles() {
        assertThat(officials("Açıklamayı TBMM DSP Grup Başkanvekili Sinop 2'nci Bölge Milletvekili Adayı Oya Tan "
                + "yaptı.")).extracting(Analysis.Official::title).containsExactly("Grup Başkanvekili");
    }

    @Test
    void readsAWingNamedBeforeItsLevel() {
        assertThat(officials("DSP Ünye Gençlik Kolları İlçe Başkanı Cem Bal ile DSP Kadın Kolları İl Başkanı Oya Tan "
                + "açıklama yaptı."))
                .extracting(Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gençlik Kolları İlçe Başkanı", "Ünye"),
                        org.assertj.core.groups.Tuple.tuple("Kadın Kolları İl Başkanı", null));
    }

    @Test
    void readsBranchHeadsByTheirFieldAndDeputyAndActingDirectors() {
        assertThat(officials("Sinop İl Tarım ve Orman Müdürü Oya Er, Bitki Sağlığı ve Hayvancılık Şube Müdürü Cem "
                + "Bal, İl Sağlık Müdür Yardımcısı Ali Kaya ve İl Milli Eğitim Müdür Vekili Gül Ay köyleri gezdi."))
                .extracting(Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("İl Tarım ve Orman Müdürü", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Bitki Sağlığı ve Hayvancılık Şube Müdürü", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("İl Sağlık Müdür Yardımcısı", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("İl Milli Eğitim Müdür Vekili", "Sinop"));
        assertThat(officials("Sinop'taki okulları İl Milli Eğitim Müdürü Oya Er ile Şube Müdürleri Cem Bal ve Ali "
                + "Kaya gezdi.")).extracting(Analysis.Official::title)
                .containsExactly("İl Milli Eğitim Müdürü", "Şube Müdürü", "Şube Müdürü");
    }

    @Test
    void readsTheHeadOfAMunicipalServiceUnitAsAnOfficeOfTheMunicipality() {
        List<Analysis.Official> found = officials("Kaynarca Belediyesi Fen İşleri Müdürü Nur Tan ile Park ve Bahçeler "
                + "Müdür Yardımcısı Cem Bal fidan dikti. Sakarya Büyükşehir Belediyesi İtfaiye Dairesi Başkanı Oya Er "
                + "de oradaydı.");
        assertThat(found).extracting(Analysis.Official::title, Analysis.Official::org, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fen İşleri Müdürü", "Kaynarca Belediyesi",
                                "Kaynarca"),
                        org.assertj.core.groups.Tuple.tuple("Park ve Bahçeler Müdür Yardımcısı", "Kaynarca Belediyesi",
                                "Kaynarca"),
                        org.assertj.core.groups.Tuple.tuple("İtfaiye Dairesi Başkanı",
                                "Sakarya Büyükşehir Belediyesi", null));
        assertThat(officials("Pazar yerini belediyenin zabıta müdürü Ali Kaya denetledi."))
                .extracting(Analysis.Official::title).containsExactly("Zabıta Müdürü");
    }

    @Test
    void aRegionalDirectorServesNoOneProvince() {
        assertThat(officials("Sinop'taki yol çalışmasını Karayolları 7. Bölge Müdürü Cem Bal inceledi."))
                .extracting(Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Karayolları 7. Bölge Müdürü", null));
    }

    @Test
    void readsTwoUnlistedWordsRightAfterATitleAsAName() {
        assertThat(officials("Törene Sinop Valisi Tümerkan Zırhlı, Gerze Kaymakamı Oya Er ve protokol üyeleri katıldı."))
                .extracting(Analysis.Official::name).containsExactly("Tümerkan Zırhlı", "Oya Er");
        assertThat(officials("Toplantıda Bakan Tezcanlı Sinop-Gerze yolunu anlattı. Tanıtım Toplantısı sürdü."))
                .extracting(Analysis.Official::name).containsExactly("Tezcanlı");
        assertThat(officials("Meclis Üyesi Oya Er, Başkan Vekili Olarak Göreve Geldi\nOylamada 20 oy aldı."))
                .extracting(Analysis.Official::name).containsExactly("Oya Er");
    }

    @Test
    void aSurnameInACaseThatTheArticleGivesToSomeoneElseEndsTheName() {
        assertThat(officials("Toplantıyı Vali Oya Kaplan açtı. Muhtar Cemil Yıldırım Kaplan'a şikayetlerini iletti."))
                .extracting(Analysis.Official::name).containsExactly("Oya Kaplan", "Cemil Yıldırım");
    }

    @Test
    void aPartysCentralDistrictIsInTheProvinceBeforeItThatIsNoDeputysProvince() {
        Analysis.Official o = officials("AK Parti Sinop İl Başkanı Oya Er, Rize Milletvekili Cem Bal ve Merkez İlçe "
                + "Başkanı Ali Tan ile esnafı gezdi.").get(2);
        assertThat(o.name()).isEqualTo("Ali Tan");
        assertThat(o.province()).isEqualTo("Sinop");
        // "Merkez İlçe" names the party's unit, not a place, so it stays in the title
        assertThat(o.title()).isEqualTo("Merkez İlçe Başkanı");
        assertThat(o.district()).isNull();
    }

    @Test
    void aSurnameTheArticleGivesToSomeoneElseBeforeIleEndsANameThatIsWhole() {
        assertThat(officials("Toplantıyı Vali Oya Kaplan açtı. Muhtar Cemil Yalçınkaya Kaplan ile fotoğraf çektirdi."))
                .extracting(Analysis.Official::name).containsExactly("Oya Kaplan", "Cemil Yalçınkaya");
        // a given name before the surname leaves the name whole: "Mehmet Ali Kaplan" is one person
        assertThat(officials("Toplantıyı Vali Oya Kaplan açtı. Muhtar Mehmet Ali Kaplan ile fotoğraf çektirdi."))
                .extracting(Analysis.Official::name).containsExactly("Oya Kaplan", "Mehmet Ali Kaplan");
    }

    @Test
    void readsAPartysSpokespersonInTheCouncil() {
        Analysis.Official o = only("Gerze Belediye Meclisi'nde DSP meclis sözcüsü Oya Er bütçeye itiraz etti.");
        assertThat(o.title()).isEqualTo("Meclis Sözcüsü");
        assertThat(o.party()).isEqualTo("DSP");
        assertThat(o.district()).isEqualTo("Gerze");
    }

    @Test
    void readsAbbreviatedRanksAndTheSpecialistBetweenTitleAndName() {
        assertThat(officials("Törene İlçe Jandarma Komutanı J. Bnb. Cem Bal, İl Jandarma Komutanı Kd. Alb. Oya Er ve "
                + "Başhekim Uzman Dr. Ali Kaya katıldı.")).extracting(Analysis.Official::name)
                .containsExactly("Cem Bal", "Oya Er", "Ali Kaya");
    }

    @Test
    void aNeighbourhoodOrAChannelNamedAfterANameIsNotPartOfIt() {
        assertThat(officials("Gerze Belediye Başkanı Oya Er Yalı mahallesinde parkı açtı. DSP Sinop İl Başkanı Cem Bal "
                + "Kıyı Haber Televizyonu'nda konuştu.")).extracting(Analysis.Official::name)
                .containsExactly("Oya Er", "Cem Bal");
    }

    @Test
    void readsAMuftuAndTheDeputiesOfMuftusAndMuseumDirectors() {
        List<Analysis.Official> found = officials("Gerze'deki açılışta Müftü Cem Bal konuştu. Törene İl Müftü Vekili "
                + "Oya Er, İlçe Müftü Yardımcısı Ali Kaya ve Müze Müdür Vekili Ece Tan da katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(tuple("Cem Bal", "Müftü", "Gerze"), tuple("Oya Er", "İl Müftü Vekili", null),
                        tuple("Ali Kaya", "İlçe Müftü Yardımcısı", "Gerze"), tuple("Ece Tan", "Müze Müdür Vekili", null));
        assertThat(found.get(0).org()).isEqualTo("Gerze Müftülüğü");
    }

    @Test
    void aGivenNameBeforeAPlaceThatIsACommonSurnameIsAFullNameInAnyCase() {
        assertThat(officials("Dilekçeleri Bakan Erdem Yıldırım'a teslim ettiler.")).extracting(Analysis.Official::name)
                .containsExactly("Erdem Yıldırım");
    }

    @Test
    void aMaidenNameNamedFirstIsTheSamePersonAsTheFullNameAfterIt() {
        assertThat(officials("Milletvekili Oya Yıldırım ve eşi Cem Kara işçileri ziyaret etti. Vekil Kara ailesiyle "
                + "birlikte yemek dağıttı. Vekil Oya Yıldırım Kara, işçilerin yanında olacaklarını söyledi."))
                .extracting(Analysis.Official::name).containsExactly("Oya Yıldırım Kara");
    }

    @Test
    void readsDistrictRegistryAndCoastGuardStationOffices() {
        assertThat(officials("Törene Gerze Nüfus Müdürü Ali Kaya ile Gerze Sahil Güvenlik Karakol Komutanı Cem Bal "
                + "katıldı.")).extracting(Analysis.Official::title, Analysis.Official::district)
                .containsExactly(tuple("Nüfus Müdürü", "Gerze"), tuple("Sahil Güvenlik Karakol Komutanı", "Gerze"));
    }

    @Test
    void readsTraineeDistrictGovernorsTheMigrationHeadAndAPoliceRankBeforeAName() {
        assertThat(officials("Toplantıya Vali Ali Kaya, Stajyer Kaymakamlar Ece Tan ve Cem Bal, Göç İdaresi Genel "
                + "Müdürü Oya Er ile Narkotik Şube Müdür Vekili Başkomiser Can Ak katıldı."))
                .extracting(Analysis.Official::name, Analysis.Official::title)
                .contains(tuple("Ece Tan", "Stajyer Kaymakam"), tuple("Cem Bal", "Stajyer Kaymakam"),
                        tuple("Oya Er", "Göç İdaresi Genel Müdürü"))
                .extracting(t -> t.toArray()[0]).doesNotContain("Başkomiser", "Başkomiser Can Ak");
    }

    @Test
    void aNumberThatBeginsAPlacesNameCountsNoOfficials() {
        assertThat(officials("Programa 19 Mayıs Kaymakamı Cem Bal ve 19 Mayıs Belediye Başkanı Oya Er katıldı."))
                .extracting(Analysis.Official::name, Analysis.Official::district)
                .containsExactly(tuple("Cem Bal", "19 Mayıs"), tuple("Oya Er", "19 Mayıs"));
    }

    @Test
    void anOccasionOrAServiceNamedRightAfterANameIsNotPartOfIt() {
        assertThat(officials("Gerze Belediye Başkanı Oya Er Kurban Bayramı dolayısıyla mesaj yayımladı. DSP İl "
                + "Başkanı Cem Bal Fındık Hasadı ile ilgili açıklama yaptı. Başkan Yardımcısı Ali Kaya Fen İşleri "
                + "ekipleriyle yolları gezdi.")).extracting(Analysis.Official::name)
                .containsExactly("Oya Er", "Cem Bal", "Ali Kaya");
    }

    @Test
    void readsACoChairsDeputyAndStopsANameBeforeAnOutlawedOrganisation() {
        assertThat(officials("DEP Eş Genel Başkan Yardımcısı Oya Er konuştu. Gerze Belediye Başkanı Cem Bal Fetö "
                + "soruşturmasında ifade verdi.")).extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oya Er", "Eş Genel Başkan Yardımcısı"),
                        org.assertj.core.groups.Tuple.tuple("Cem Bal", "Belediye Başkanı"));
    }

    @Test
    void readsGarrisonCommandersAndTheirBranchBeforeTheRank() {
        assertThat(officials("Törene Garnizon Komutan Vekili Tuğgeneral Cem Bal ve İl Garnizon Komutanı Personel "
                + "Kıdemli Albay Oya Er katıldı.")).extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cem Bal", "Garnizon Komutan Vekili"),
                        org.assertj.core.groups.Tuple.tuple("Oya Er", "İl Garnizon Komutanı"));
    }

    @Test
    void coordinatedSubjectsOfAPredicateTitleEachHoldIt() {
        assertThat(officials("Yeni dönemde Cem Bal, Ali Kaya ve Oya Tan belediye başkan yardımcısı oldu."))
                .extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cem Bal", "Belediye Başkan Yardımcısı"),
                        org.assertj.core.groups.Tuple.tuple("Ali Kaya", "Belediye Başkan Yardımcısı"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Belediye Başkan Yardımcısı"));
    }

    @Test
    void theNameBeforeAnOfficeGoneOnInHoldsIt() {
        assertThat(officials("Gerze'de Cem Bal belediye başkan yardımcılığına devam ediyor."))
                .extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cem Bal", "Belediye Başkan Yardımcısı"));
    }

    @Test
    void aLetterAloneAfterANameIsNotPartOfIt() {
        assertThat(officials("Sinop Valisi Oya Er B Kanal'a konuştu.")).extracting(Analysis.Official::name)
                .containsExactly("Oya Er");
    }

    @Test
    void readsAnAgencysGeneralAndRegionalDirectorsNamedWithoutTheirMinistry() {
        assertThat(officials("Yangın alanına Orman Genel Müdürü Cem Bal, AFAD Deprem ve Risk Azaltma Genel Müdürü Oya "
                + "Er ve Devlet Su İşleri 12. Bölge Müdürü Ali Kaya geldi. Şirketin Genel Müdürü Gül Ay da oradaydı."))
                .extracting(Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Orman Genel Müdürü", null),
                        org.assertj.core.groups.Tuple.tuple("AFAD Deprem ve Risk Azaltma Genel Müdürü", null),
                        org.assertj.core.groups.Tuple.tuple("Devlet Su İşleri 12. Bölge Müdürü", null));
    }

    @Test
    void aDistrictGovernorNamedBareTakesTheDistrictNamedAfterRatherThanAGuestDeputysProvince() {
        assertThat(officials("Törene DSP Rize İl Milletvekili Oya Er, Kaymakam Cem Bal ve Ünye Belediye Başkanı "
                + "Ali Kaya katıldı."))
                .extracting(Analysis.Official::title, Analysis.Official::province, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Milletvekili", "Rize", null),
                        org.assertj.core.groups.Tuple.tuple("Kaymakam", "Ordu", "Ünye"),
                        org.assertj.core.groups.Tuple.tuple("Belediye Başkanı", "Ordu", "Ünye"));
    }

    @Test
    void readsTheHeadsOfAHealthDirectoratesServices() {
        assertThat(officials("Sinop'ta Kamu Hastaneleri Hizmetleri Başkanı Dr. Gül Ay ile Halk Sağlığı Hizmetleri "
                + "Başkanı Dr. Nur Er hastaneyi gezdi."))
                .extracting(Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kamu Hastaneleri Hizmetleri Başkanı", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Halk Sağlığı Hizmetleri Başkanı", "Sinop"));
    }

    @Test
    void readsAChairsChiefAdviserAndAnAgencyNamedInFullBeforeItsAbbreviation() {
        assertThat(officials("Kongreye DSP Genel Başkan Başdanışmanı Cem Bal ile Toplu Konut İdaresi (TOKİ) Başkanı "
                + "Oya Tan katıldı.")).extracting(Analysis.Official::title)
                .containsExactly("Genel Başkan Başdanışmanı", "TOKİ Başkanı");
    }

    @Test
    void aDistrictsStateOfficeNamedBeforeAnyDistrictTakesTheDistrictNamedNext() {
        assertThat(officials("Vali Ali Er Sinop'ta konuştu. Törene Kaymakam Cem Bal ve İlçe Milli Eğitim Müdürü Nur Ay "
                + "katıldı. Tören Gerze'de yapıldı."))
                .extracting(Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vali", null),
                        org.assertj.core.groups.Tuple.tuple("Kaymakam", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("İlçe Milli Eğitim Müdürü", "Gerze"));
    }

    @Test
    void readsADeputyMinisterWithThePossessiveAndOneOfTheFormerMinisters() {
        assertThat(officials("Adalet Bakanı Yardımcısı Veli Sarı ile eski bakanlardan Gül Aydın da konuştu."))
                .extracting(Analysis.Official::title, Analysis.Official::former)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Adalet Bakan Yardımcısı", false),
                        org.assertj.core.groups.Tuple.tuple("Bakan", true));
    }

    @Test
    void keepsTheArticlesCircumflexInATitle() {
        assertThat(only("Sinop İl Millî Eğitim Müdürü Cem Bal okulları gezdi.").title())
                .isEqualTo("İl Millî Eğitim Müdürü");
    }

    @Test
    void aSurnameAfterATitleEndsItBeforeACommaAndTheNextTitlesHolder() {
        assertThat(officials("Bakan Karakoçoğlu, Cumhurbaşkanı Selim Okur'un liderliğinde çalışmaların süreceğini "
                + "söyledi.")).extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Karakoçoğlu", "Bakan"),
                        org.assertj.core.groups.Tuple.tuple("Selim Okur", "Cumhurbaşkanı"));
    }

    @Test
    void readsADirectorNamedByTheMinistrysFieldBeforeTheLevel() {
        assertThat(officials("Sinop'taki törende Gençlik ve Spor İl Müdürü Cem Bal ile Çevre, Şehircilik ve İklim "
                + "Değişikliği İl Müdürü Oya Tan konuştu."))
                .extracting(Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gençlik ve Spor İl Müdürü", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Çevre, Şehircilik ve İklim Değişikliği İl Müdürü",
                                "Sinop"));
    }

    @Test
    void readsADirectorsFieldAsTheMinistrysNameAfterAWordSetOffByAComma() {
        assertThat(officials("Bakan Sinop'a geldi. Heyete, Aile ve Sosyal Hizmetler İl Müdürü Cem Bal eşlik etti. "
                + "Vali Tuna, Gençlik ve Spor İl Müdürü Oya Tan ile görüştü."))
                .extracting(Analysis.Official::name, Analysis.Official::title).contains(
                        org.assertj.core.groups.Tuple.tuple("Cem Bal", "Aile ve Sosyal Hizmetler İl Müdürü"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Gençlik ve Spor İl Müdürü"));
    }

    @Test
    void leavesAnEventOpeningTheSentenceOutOfTheMinistrysName() {
        assertThat(officials("Törene Aile ve Sosyal Hizmetler Bakanı Cem Bal katıldı. Toplantıya Sağlık Bakanı Oya "
                + "Tan da katıldı.")).extracting(Analysis.Official::title)
                .containsExactly("Aile ve Sosyal Hizmetler Bakanı", "Sağlık Bakanı");
    }

    @Test
    void aPlaceClosingTheNameOfARegisteredDeputysNamesakeIsItsSurname() {
        assertThat(only("Söz alan DSP Gerze Belediye Meclis Üyesi Yunus Emre Kartal, bütçeyi eleştirdi.").name())
                .isEqualTo("Yunus Emre Kartal");
    }

    @Test
    void readsListLinesThatGiveTheNameBeforeThePlaceOfTheCandidacy() {
        List<Analysis.Official> found = officials("Demokrat Parti bugün yeni adaylarını açıkladı.\nDemokrat Parti'nin "
                + "Sinop adayları şu isimlerden oluşuyor;\nKemal Sezer - Sinop Belediyesi\nAli Tonguç-Boyabat\n"
                + "Oya Geçen - Ayancık\n");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::district).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Belediye Başkan Adayı", "Demokrat Parti", null),
                org.assertj.core.groups.Tuple.tuple("Ali Tonguç", "Belediye Başkan Adayı", "Demokrat Parti", "Boyabat"),
                org.assertj.core.groups.Tuple.tuple("Oya Geçen", "Belediye Başkan Adayı", "Demokrat Parti", "Ayancık"));
        assertThat(officials("Adaylar belli oldu.\nKemal Sezer - Samsun Büyükşehir\nOya Geçen - Bafra\n"))
                .extracting(Analysis.Official::title).containsExactly("Büyükşehir Belediye Başkan Adayı",
                        "Belediye Başkan Adayı");
    }

    @Test
    void aListOfMayorsWhoHadJoinedAPartysRanksTakesThatParty() {
        assertThat(officials("DSP'den seçilen Ayancık Belediye Başkanı Ali Tonguç, Boyabat Belediye Başkanı Cem Akyol "
                + "partilerinden istifa ederek DP saflarına katılmıştı.")).extracting(Analysis.Official::party)
                .containsExactly("Demokrat Parti", "Demokrat Parti");
    }

    @Test
    void ourPartyInAPartysQuoteIsThePartyJoinedAndThatOfItsOwnOfficials() {
        assertThat(officials("Partinin açıklamasında, “Gerze Belediye Başkanı Kemal Sezer ve Belediye Başkan Yardımcısı "
                + "Oya Tan, DSP’den ayrılarak Demokrat Partimize katıldılar. Başkanlarımıza rozetlerini Sinop İl "
                + "Başkanımız Ali Tonguç taktı.” denildi.")).extracting(Analysis.Official::name, Analysis.Official::party)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Demokrat Parti"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Demokrat Parti"),
                        org.assertj.core.groups.Tuple.tuple("Ali Tonguç", "Demokrat Parti"));
    }

    @Test
    void thePartyOfACandidacyOrOfAPresentOfficeOutranksThatOfAnOfficeHeldBefore() {
        assertThat(only("Sinop Gerze'nin DSP'li Eski Belediye Başkanı Kemal Sezer bugün konuştu.\n\n2014-2019 yılları "
                + "arasında DSP'den Gerze Belediye Başkanı olarak görev yapan Kemal Sezer, Demokrat Parti Gerze "
                + "Belediye Başkan Adayı oldu.").party()).isEqualTo("Demokrat Parti");
        assertThat(only("DSP Gerze İlçe Başkanı Kemal Sezer, toplantıda DSP'nin Gerze adayını tanıttı.").party())
                .isEqualTo("DSP");
    }

    @Test
    void aSurnameTheRegisterLacksIsTheHoldersAfterAnOfficeWhereTheTextWritesItAsAName() {
        assertThat(officials("Sinop Muhtarlar Derneği, Kaymakam Tokgöz'e hayırlı olsun ziyaretinde bulundu. Muhtarlara "
                + "teşekkür eden Kaymakam Tokgöz, başarı diledi.")).extracting(Analysis.Official::name,
                Analysis.Official::title).containsExactly(org.assertj.core.groups.Tuple.tuple("Tokgöz", "Kaymakam"));
        assertThat(officials("Gerze'de 19 Ekim Muhtarlar Günü'nü kutlayan muhtarlar bir araya geldi.")).isEmpty();
    }

    @Test
    void readsTheDistrictsOwnAdministrationAndVillageUnionDirectors() {
        assertThat(officials("Gerze Kaymakamı Kemal Sezer, Özel İdare Müdürü Oya Tan ve Köylere Hizmet Götürme Birliği "
                + "Müdürü Ali Tonguç ile köy yollarını gezdi.")).extracting(Analysis.Official::title,
                Analysis.Official::district).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kaymakam", "Gerze"),
                org.assertj.core.groups.Tuple.tuple("İlçe Özel İdare Müdürü", "Gerze"),
                org.assertj.core.groups.Tuple.tuple("Köylere Hizmet Götürme Birliği Müdürü", "Gerze"));
    }

    @Test
    void aCountedGroupOfficeIsNotTheOfficeOfTheNameAfterIt() {
        assertThat(only("Toplantıda İl Genel Meclisi Başkanlığına Kemal Sezer seçildi. Sezer oyların çoğunu alırken, "
                + "8 DSP meclis üyesi Sezer'e oy vermedi.").party()).isNull();
        assertThat(only("DSP 25, 26 ve 27. dönem Sinop milletvekili Kemal Sezer konuştu.").title())
                .isEqualTo("Milletvekili");
    }

    @Test
    void thePartyThatNominatesSomeoneForAnOfficeIsTheirs() {
        assertThat(only("Sinop İl Genel Meclisi Başkanlığına Kemal Sezer seçildi. DSP, Kemal Sezer'i başkanlığa "
                + "aday gösterdi.").party()).isEqualTo("DSP");
    }

    @Test
    void readsTheBoardACouncilElectsWithEachOfficeInTheDative() {
        assertThat(officials("Sinop İl Genel Meclisi ilk toplantısını yaptı. Seçimde birinci başkan vekilliğine Kemal "
                + "Sezer, katip üyeliklerine ise Oya Tan ve Ali Tonguç getirildi."))
                .extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Meclis Birinci Başkan Vekili", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Katip Üye", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Ali Tonguç", "Katip Üye", "Sinop"));
        assertThat(officials("Gerze Belediye Meclisi toplandı. Encümen üyeliğine Kemal Sezer seçildi."))
                .extracting(Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Encümen Üyesi", "Gerze"));
        assertThat(officials("Derneğin kongresinde başkan vekilliğine Kemal Sezer getirildi.")).isEmpty();
    }

    @Test
    void readsACouncilBoardListedWithCommasAndEachHoldersPartyInParentheses() {
        assertThat(officials("Gerze Belediye Meclisi ilk toplantısını yaptı. Seçimde meclis başkanvekilliklerine Kemal "
                + "Sezer (CHP), Oya Tan (DSP); encümen üyeliklerine de Ali Tonguç (CHP), Selin Uçar (CHP) ve Okan Kaya "
                + "(DSP) seçildi."))
                .extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Meclis Başkanvekili", "CHP"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Meclis Başkanvekili", "DSP"),
                        org.assertj.core.groups.Tuple.tuple("Ali Tonguç", "Encümen Üyesi", "CHP"),
                        org.assertj.core.groups.Tuple.tuple("Selin Uçar", "Encümen Üyesi", "CHP"),
                        org.assertj.core.groups.Tuple.tuple("Okan Kaya", "Encümen Üyesi", "DSP"));
    }

    @Test
    void givesTheHoldersNamedBeforeTheCouncilsOfficeThePartyOfTheirAdjective() {
        assertThat(officials("Gerze Belediye Meclisi toplandı. DSP'li Kemal Sezer ve Oya Tan meclis başkan vekilliğine "
                + "seçildi."))
                .extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Meclis Başkan Vekili", "DSP"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Meclis Başkan Vekili", "DSP"));
    }

    @Test
    void readsRankedAndPartyGroupDeputyChairsAndTheNewChairOfAProvincialCouncil() {
        assertThat(officials("Rize İl Genel Meclisi toplandı. Rize İl Genel Meclisinin yeni başkanı Cem Bal oldu. "
                + "Oylamada 2. Başkan Vekilliğine de yine Oya Tan seçildi. DSP Grup Başkan Vekilliğine Deniz Er, "
                + "CHP Grup Başkan Vekilliğine ise Ali Kaya'nın getirildiği meclis yarın toplanacak."))
                .extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                        Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cem Bal", "İl Genel Meclisi Başkanı", null, "Rize"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Meclis İkinci Başkan Vekili", null, "Rize"),
                        org.assertj.core.groups.Tuple.tuple("Deniz Er", "Grup Başkan Vekili", "DSP", "Rize"),
                        org.assertj.core.groups.Tuple.tuple("Ali Kaya", "Grup Başkan Vekili", "CHP", "Rize"));
    }

    @Test
    void aBareMeclisBaskaniInAnArticleOnAProvincialCouncilChairsThatCouncil() {
        assertThat(officials("Rize İl Genel Meclisi ilk toplantısını yaptı. Meclis Başkanı Cem Bal görevini devretti."))
                .extracting(Analysis.Official::title, Analysis.Official::org, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Meclis Başkanı", "Rize İl Genel Meclisi", "Rize"));
    }

    @Test
    void aPartysGroupInTheCouncilIsThePartyOfTheMemberNamedFromIt() {
        assertThat(officials("Rize İl Genel Meclisi toplandı. Başkanlık için DSP Grubundan Cem Bal ve MHP Grubundan "
                + "Oya Tan aday oldu. Rize İl Genel Meclisinin yeni başkanı Cem Bal oldu."))
                .extracting(Analysis.Official::name, Analysis.Official::party)
                .contains(org.assertj.core.groups.Tuple.tuple("Cem Bal", "DSP"));
    }

    @Test
    void anExecutiveCommitteeMembershipAfterTheLastItemOfAListEndsItsName() {
        assertThat(officials("Gerze Belediye Meclisi toplandı. DSP'li Meclis Üyeleri Cem Bal, Oya Tan ve Deniz Er "
                + "Encümen Üyesi olarak belirlendi.")).extracting(Analysis.Official::name)
                .containsExactly("Cem Bal", "Oya Tan", "Deniz Er");
    }

    @Test
    void aDeputyWithoutAProvinceInTheTextHasNoneThoughTheRegisterKnowsOne() {
        assertThat(only("Törene MHP Milletvekili Baki Ersoy da katıldı.").province()).isNull();
    }

    @Test
    void readsTheDeputyHeadOfAPartyUnitAndTheUnitsOfItsHeadquarters() {
        assertThat(officials("Kongreye DSP Genel Merkez Teşkilat Başkan Yardımcısı Cem Bal, DSP Yerel Yönetimler Başkanı "
                + "Oya Tan ve DSP İl Başkan Yardımcısı Deniz Er katıldı.")).extracting(Analysis.Official::title)
                .containsExactly("Genel Merkez Teşkilat Başkan Yardımcısı", "Yerel Yönetimler Başkanı",
                        "İl Başkan Yardımcısı");
    }

    @Test
    void aPartyOfficeWithoutItsPartyTakesThePartyTheRegisterGivesThePerson() {
        assertThat(only("Mitinge Genel Başkan Özgür Özel de katılacak.").party()).isEqualTo("CHP");
    }

    @Test
    void aTimeOrADateWithACaseEndingIsNoCountOfTheOfficeAfterIt() {
        assertThat(officials("Cem Bal, Pazartesi saat 20:00'de Sinop Valisi Oya Tan ile, 2024'te DSP İl Başkanı Ali Kaya "
                + "ile görüştü.")).extracting(Analysis.Official::name).containsExactly("Oya Tan", "Ali Kaya");
    }

    @Test
    void readsTheHighAdvisoryBoardOfAParty() {
        assertThat(only("Törene DSP Yüksek İstişare Kurulu Üyesi Cem Bal katıldı.").title())
                .isEqualTo("Yüksek İstişare Kurulu Üyesi");
    }

    @Test
    void aWingNamedBeforeThePlaceOfALevelsChairIsPartOfTheTitle() {
        assertThat(officials("DSP Gençlik Kolları Gerze İlçe Başkanı Cem Bal ile DSP Sinop İl Başkanı Oya Tan konuştu."))
                .extracting(Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gençlik Kolları İlçe Başkanı", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("İl Başkanı", null));
    }

    @Test
    void aRowOfAResultsTableOpenedByThePartyNamesTheRegistersMayorAndAProvinceSlashDistrictIsNoSurname() {
        List<Analysis.Official> found = officials("İlçelerde kazananlar:\nCHP Selçuk Balkan İzmir/Urla 1.000 %50,10");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Selçuk Balkan", "Belediye Başkanı", "Urla"));
    }

    @Test
    void readsTheChairOfADistrictOrganisationAndKeepsAnAbbreviatedPartyBodyAsWritten() {
        assertThat(officials("Törene DSP Gerze İlçe Teşkilatı Başkanı Oya Tan ile DSP PM Üyesi Cem Bal katıldı."))
                .extracting(Analysis.Official::title, Analysis.Official::district)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("İlçe Başkanı", "Gerze"),
                        org.assertj.core.groups.Tuple.tuple("PM Üyesi", null));
    }

    @Test
    void aMinistrysAbbreviationInParenthesesStandsBetweenItAndItsGeneralDirectorate() {
        assertThat(only("Kente Sağlık Bakanlığı (SB) Halk Sağlığı Genel Müdürü Cem Bal geldi.").title())
                .isEqualTo("Halk Sağlığı Genel Müdürü");
    }

    @Test
    void aCountedOfficeBeforeAColonListsItsHolders() {
        assertThat(officials("Gerze Belediye Meclisi toplandı. Divana seçilen 3 Meclis Üyesi ise şunlar; Cem Bal, Oya "
                + "Tan, Deniz Er. Oylamada 8 DSP meclis üyesi Ali Kaya'ya oy vermedi."))
                .extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cem Bal", "Belediye Meclis Üyesi"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Belediye Meclis Üyesi"),
                        org.assertj.core.groups.Tuple.tuple("Deniz Er", "Belediye Meclis Üyesi"));
    }

    @Test
    void aGivenNameSpelledTwoWaysWithTheSameSurnameAndOfficeOrPlaceIsOnePerson() {
        assertThat(officials("DSP Grup Başkanvekili Gülüstan Kılıç Tan açıklama yaptı. DSP Grup Başkanvekili Gülistan "
                + "Tan, kararı eleştirdi. Gerze Belediye Başkanı Kezban Er de konuştu. DSP'nin Gerze Belediye Eşbaşkan "
                + "adayları Keziban Er ve Cem Bal olmuştu. Gerze Belediye Meclis Üyesi Serkan Kaya ile Sinop Belediye "
                + "Meclis Üyesi Sercan Kaya da oradaydı."))
                .extracting(Analysis.Official::name)
                .containsExactly("Gülüstan Kılıç Tan", "Kezban Er", "Cem Bal", "Serkan Kaya", "Sercan Kaya");
    }

    @Test
    void aTitledSurnameMistypedOnceIsTheOfficialOfThatOffice() {
        assertThat(officials("Törene İçişleri Bakanı Kemal Sezer katıldı. Bakan Sezar'ın konuşması ilgiyle izlendi."))
                .extracting(Analysis.Official::name).containsExactly("Kemal Sezer");
    }

    @Test
    void aSurnameMistypedOnceUnderTheSameOfficeIsOnePerson() {
        assertThat(officials("Sadece Ulaştırma Bakanı Kemal Sezgin yanıt verdi. Bakan Sezgin bilgi verdi. Ulaştırma "
                + "Bakanı Kemal Sezgün'ün cevaplaması için önerge verildi.")).extracting(Analysis.Official::name,
                Analysis.Official::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Sezgin", "Ulaştırma Bakanı"));
        assertThat(officials("Gerze Belediye Başkanı Ali Kaya ile Ayancık Belediye Başkanı Ali Kara görüştü."))
                .hasSize(2);
    }

    @Test
    void readsASurnameInCapitalsAfterGivenNamesAsTheName() {
        assertThat(only("İl Genel Meclis Başkanı Adem TONGUÇ toplantıyı açtı.").name()).isEqualTo("Adem Tonguç");
    }

    @Test
    void aCommonNounWithItsPossessiveAndCaseIsNoNameAndNoPartOfAMinistry() {
        assertThat(officials("Toplantıya Vali Oya Er, İl Özel İdaresi Genel Sekreteri ve İl Özel İdaresinin birim "
                + "müdürleri katıldı.")).extracting(Analysis.Official::name).containsExactly("Oya Er");
        assertThat(only("Genel Meclis Toplantısını İçişleri Bakan Yardımcısı Kemal Sezer yönetti.").title())
                .isEqualTo("İçişleri Bakan Yardımcısı");
    }

    @Test
    void aMunicipalOfficeWithoutAPlaceIsTheMunicipalitysTheArticleNamedNotAProvinceInPassing() {
        assertThat(officials("Sinop Belediyesi'nde soruşturma sürüyor. Parayı alan memur Samsun'da yakalandı. "
                + "Belediye Başkan Yardımcısı Kemal Sezer de gözaltına alındı.")).extracting(
                Analysis.Official::province).containsExactly("Sinop");
    }

    @Test
    void aPartysCandidateInTheVoteForAnActingMayorNamedTheSentenceBeforeIsThatCandidacy() {
        assertThat(officials("Gerze Belediye Başkanı Ali Kaya tutuklandı. Yerine gelecek başkanvekili seçimi bugün "
                + "yapılıyor. Seçimde DSP'nin adayı Kemal Sezer ile DEVA’nın adayı Oya Er yarışıyor.")).extracting(
                Analysis.Official::name, Analysis.Official::title, Analysis.Official::party).containsExactly(
                tuple("Ali Kaya", "Belediye Başkanı", null), tuple("Kemal Sezer", "Belediye Başkanvekili Adayı", "DSP"),
                tuple("Oya Er", "Belediye Başkanvekili Adayı", "DEVA"));
        assertThat(officials("Gerze'de ilk iki turda başkan vekili seçilemedi. DSP'nin adayı Ali Kaya ise 13 oy aldı."))
                .extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(tuple("Ali Kaya", "Belediye Başkan Vekili Adayı"));
    }

    @Test
    void aNominationInTheVoteForAnActingMayorIsThatCandidacy() {
        assertThat(officials("Gerze Belediye Başkanı Ali Kaya tutuklandı. Başkanvekili seçiminde DSP, Kemal Sezer'i aday "
                + "gösterdi.")).extracting(Analysis.Official::name, Analysis.Official::title).contains(
                org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Belediye Başkanvekili Adayı"));
    }

    @Test
    void readsEveryItemOfAListOfAppointmentsThatSharesOneVerb() {
        assertThat(officials("Yeni atanan valiler:\n- Kemal Sezer Sinop Valisi,\n- Oya Tan Samsun Valisi,\n- Ali Tonguç "
                + "Ordu Valisi olarak atandı.")).extracting(Analysis.Official::name, Analysis.Official::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Sinop"),
                        org.assertj.core.groups.Tuple.tuple("Oya Tan", "Samsun"),
                        org.assertj.core.groups.Tuple.tuple("Ali Tonguç", "Ordu"));
        assertThat(officials("Kemal Sezer Sinop Valisi, ilçeleri gezdi.")).isEmpty();
    }

    @Test
    void anIndependentCandidateKeepsTheProvinceNamedBeforeIt() {
        Analysis.Official o = only("Sinop bağımsız milletvekili adayı Kemal Sezer esnafı ziyaret etti.");
        assertThat(o.province()).isEqualTo("Sinop");
        assertThat(o.party()).isNull();
    }

    @Test
    void keepsAWingBeforeTheBoardOfItsOwnMkyk() {
        List<Analysis.Official> found = officials("Kongreye AK Parti Gençlik MKYK Üyeleri Elif Durmaz ve Sena Aksoy "
                + "ile Kadın Kolları MKYK Üyesi Derya Tok katıldı.");
        assertThat(found).extracting(Analysis.Official::title).containsExactly("Gençlik MKYK Üyesi",
                "Gençlik MKYK Üyesi", "Kadın Kolları MKYK Üyesi");
    }

    @Test
    void readsAPastTermBeforeAnOfficeAsFormer() {
        Analysis.Official o = only("Açılışa geçmiş dönem Gerze Belediye Başkanı Yaşar Tunç da katıldı.");
        assertThat(o.former()).isTrue();
        assertThat(o.district()).isEqualTo("Gerze");
    }

    @Test
    void givesAPartysMeetingOnlyToAttendeesTitledWithoutPartyWhenNoneIsTitledWithIt() {
        List<Analysis.Official> found = officials("Kongreye, AK Partili Sinop Milletvekili Kerem Uçar, Belediye "
                + "Başkanı Orhan Gürel ve AK Parti İl Başkanı Sevda Keskin katıldı.");
        assertThat(found).extracting(Analysis.Official::party).containsExactly("AK Parti", null, "AK Parti");
    }

    @Test
    void givesTheNewChairNamedAfterHisOfficeAtAPartyWingsCongressItsChair() {
        List<Analysis.Official> found = officials("AK Parti Gerze İlçe Gençlik Kolları Teşkilatı'nın 4. Olağan "
                + "Kongresi yapıldı ve tek listeyle yapılan seçimde yeni başkan Tuna Bilgin oldu.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).title()).isEqualTo("İlçe Gençlik Kolları Başkanı");
        assertThat(found.get(0).party()).isEqualTo("AK Parti");
        assertThat(found.get(0).district()).isEqualTo("Gerze");
    }

    @Test
    void readsNoCountryAfterAPluralTitleAsAHolder() {
        assertThat(officials("MHP milletvekilleri Irak'ın sınırındaki köyleri gezdi. CHP milletvekilleri "
                + "Almanya'da temaslarda bulundu.")).isEmpty();
    }

    @Test
    void givesADelegationsPartyToItsMembersButNotToThoseItMeets() {
        List<Analysis.Official> met = officials("AK Parti Sinop İl Başkanı Oya Er Ankara'ya gitti. Heyet ilk olarak "
                + "Ulaştırma Bakanı Kemal Tuna ile bir araya geldi.");
        assertThat(met).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Oya Er", "AK Parti"),
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", null));
        List<Analysis.Official> members = officials("DSP, Ordu'da saha çalışması başlattı. Üç kişilik heyet; Rize "
                + "Milletvekili Ali Kaya ve Sinop Milletvekili Veli Tan'dan oluşacak.");
        assertThat(members).extracting(Analysis.Official::party).containsExactly("DSP", "DSP");
    }

    @Test
    void readsTwoCongressResultsSharingOneVerb() {
        List<Analysis.Official> found = officials("DEM Parti Sinop İl Örgütü kongresini yaptı. Kongrede Leyla Tunç İl "
                + "Başkanı, Baran Er ise İl Eş Başkanı seçildi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Leyla Tunç", "İl Başkanı", "DEM Parti"),
                        org.assertj.core.groups.Tuple.tuple("Baran Er", "İl Eş Başkanı", "DEM Parti"));
    }

    @Test
    void keepsTheProvincialAdministrationInItsSecretaryGeneralsTitle() {
        Analysis.Official o = only("Sinop İl Genel Meclisi toplandı. Toplantıya Özel İdare Genel Sekreteri Kemal Tuna katıldı.");
        assertThat(o.title()).isEqualTo("Özel İdare Genel Sekreteri");
        assertThat(o.province()).isEqualTo("Sinop");
    }

    @Test
    void leavesTheSentencesFirstWordInACaseOutOfADirectoratesName() {
        List<Analysis.Official> found = officials("Toplantıya Yerel Yönetimler Genel Müdürü Kemal Tuna ve Karayolları "
                + "Genel Müdürü Oya Er katıldı.");
        assertThat(found).extracting(Analysis.Official::title)
                .containsExactly("Yerel Yönetimler Genel Müdürü", "Karayolları Genel Müdürü");
    }

    @Test
    void readsNoPluralNounAfterATitleAsASurname() {
        assertThat(officials("CHP İl Başkanı Kemal Tuna konuştu.\n\nBelediye Başkanlarına Operasyonlar\n\nTuna, "
                + "operasyonları eleştirdi. Toplantıya Vali Güler de katıldı.")).extracting(Analysis.Official::name)
                .containsExactly("Kemal Tuna", "Güler");
    }

    @Test
    void givesThePartyJoinedToEveryNameOfTheListWhoseJoiningIsTold() {
        List<Analysis.Official> found = officials("Gerze Belediye Başkanı Oya Er'in partisi CHP'den istifa edip AK "
                + "Parti'ye geçmesinin ardından Boyabat Belediye Başkanı Kemal Tuna ve Ayancık Belediye Başkanı Selim "
                + "Yurt'un AK Parti'ye katılması gündeme geldi.");
        assertThat(found).extracting(Analysis.Official::party).containsExactly("AK Parti", "AK Parti", "AK Parti");
    }

    @Test
    void givesTheSuccessorNamedAfterACommaTheOfficeOfTheClauseBefore() {
        List<Analysis.Official> found = officials("Gerze'de mevcut ilçe başkanı Kemal Tuna görevden alınırken, yerine "
                + "Oya Er atandı. DSP İl Başkanı Selim Yurt kararı duyurdu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).contains(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "İlçe Başkanı"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "İlçe Başkanı"));
    }

    @Test
    void givesTheSuccessorNamedAfterAConverbTheOfficeOfTheClauseBefore() {
        List<Analysis.Official> found = officials("Sinop'ta DSP Gerze İlçe Başkanı Kemal Tuna görevden alınarak yerine "
                + "Oya Er atanırken, Boyabat ilçe başkanı istifa etti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kemal Tuna", "İlçe Başkanı"),
                org.assertj.core.groups.Tuple.tuple("Oya Er", "İlçe Başkanı"));
    }

    @Test
    void readsTheWaterWorksHeadWhoseFirstWordIsAGivenNameAndAPartyBeforeTheParliamentsGroup() {
        List<Analysis.Official> found = officials("Toplantıya Devlet Su İşleri Genel Müdürü Kemal Tuna ve İyi Parti "
                + "TBMM Grup Başkanvekili Oya Er katıldı.");
        assertThat(found).extracting(Analysis.Official::title, Analysis.Official::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Devlet Su İşleri Genel Müdürü", null),
                org.assertj.core.groups.Tuple.tuple("Grup Başkanvekili", "İYİ Parti"));
    }

    @Test
    void readsSaadetPartisiByItsAbbreviation() {
        Analysis.Official o = only("SP Sinop İl Başkanı Kemal Tuna seçim bürosunu açtı.");
        assertThat(o.party()).isEqualTo("Saadet Partisi");
    }

    @Test
    void placesACouncilsGroupDeputyChairInTheCouncilsProvince() {
        List<Analysis.Official> found = officials("Toplantıya Sinop Belediye Meclisi Grup Başkanvekili Kemal Tuna ve "
                + "Samsun Büyükşehir Belediye Meclis Grup Başkanvekili Oya Er katıldı.");
        assertThat(found).extracting(Analysis.Official::province).containsExactly("Sinop", "Samsun");
    }

    @Test
    void readsTheOfficesOfAPartysWingsAndTheirHeadquarters() {
        List<Analysis.Official> found = officials("AK Parti Sinop İl Kadın Kolları kongresi yapıldı. Oylamada Kadın "
                + "Kolları Başkanlığına Oya Er seçildi. Kongrede Genel Merkez Kadın Kolları Başkan Yardımcısı Ayla Tan, "
                + "Gençlik Kolları Genel Başkanı Yardımcısı Cem Bal ve İlçe Gençlik Kolları Başkan Adayı Ali Uz konuştu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province)
                .containsExactly(tuple("Oya Er", "Kadın Kolları Başkanı", "Sinop"),
                        tuple("Ayla Tan", "Genel Merkez Kadın Kolları Başkan Yardımcısı", null),
                        tuple("Cem Bal", "Gençlik Kolları Genel Başkan Yardımcısı", null),
                        tuple("Ali Uz", "İlçe Gençlik Kolları Başkan Adayı", "Sinop"));
    }

    @Test
    void endsANameBeforeAPlaceThatOpensABodysName() {
        Analysis.Official o = only("DYP Sinop İl Başkanı Ali Akar Sinop Ticaret ve Sanayi Odası'na ziyarette bulundu.");
        assertThat(o.name()).isEqualTo("Ali Akar");
        assertThat(o.party()).isEqualTo("DYP");
    }

    @Test
    void givesNoOfficeToTheHeadsOfChambersNamedByInitialsOrOfIndustrialZones() {
        assertThat(officials("Sinop Ticaret ve Sanayi Odası Başkanı Cem Bal seçildi. Başkan Bal açıklama yaptı. "
                + "STSO Başkanı Cem Bal üyelerle buluştu. OSB Bölge Müdür Vekili Oya Er de katıldı.")).isEmpty();
    }

    @Test
    void endsAMinistrysNameAtTheNameOfTheMinisterListedBefore() {
        List<Analysis.Official> found = officials("İçişleri Bakanı Ali Kaya ve Ulaştırma Bakanı Cem Bal Sinop'a gitti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                tuple("Ali Kaya", "İçişleri Bakanı"), tuple("Cem Bal", "Ulaştırma Bakanı"));
    }

    @Test
    void electsTheChairOfTheCongressASentenceBeforeNamed() {
        Analysis.Official o = only("AK Parti Gerze İlçe Kadınlar Kolu 7. Olağan Kongresi okulun salonunda yapıldı. "
                + "Kongrede tek aday olan Oya Er, tüm oyları alarak yeniden başkanlık görevine seçildi.");
        assertThat(o.name()).isEqualTo("Oya Er");
        assertThat(o.title()).isEqualTo("İlçe Kadın Kolları Başkanı");
        assertThat(o.party()).isEqualTo("AK Parti");
        assertThat(o.district()).isEqualTo("Gerze");
    }

    @Test
    void placesADistrictsStateOfficeInTheDistrictItsSentenceNamed() {
        List<Analysis.Official> found = officials("Gerze'ye gelen Vali Ali Kaya'ya; Gerze Kaymakamı Cem Bal, Sinop İl "
                + "Jandarma Komutanı Oya Er ve İlçe Emniyet Müdürü Ayla Tan eşlik etti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::district).containsExactly(
                tuple("Ali Kaya", null), tuple("Cem Bal", "Gerze"), tuple("Oya Er", null), tuple("Ayla Tan", "Gerze"));
    }

    @Test
    void takesNoBeldeOfAProvinceTheArticleNeverNames() {
        List<Analysis.Official> found = officials("Törene Ayvacık Kaymakamı Cem Bal ve Gülpınar Belediye Başkanı Oya "
                + "Er katıldı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::province).containsExactly(
                tuple("Cem Bal", "Çanakkale"), tuple("Oya Er", "Çanakkale"));
    }

    @Test
    void placesTheMayorOfABeldeNamedLikeADistrictElsewhereInTheBeldesDistrict() {
        List<Analysis.Official> found = officials("Nevşehir İl Başkanı Ali Veli, Ortahisar Belediye Başkanı Oya Tan "
                + "ve Karapınar Belediye Başkanı Cem Bal ile Kayseri'yi ziyaret etti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::province, Analysis.Official::district)
                .containsExactly(tuple("Ali Veli", "Nevşehir", null), tuple("Oya Tan", "Nevşehir", "Ürgüp"),
                        tuple("Cem Bal", "Nevşehir", "Acıgöl"));
    }

    @Test
    void takesATitleWordAfterAGivenNameForNoTitleOfTheNameAfterIt() {
        List<Analysis.Official> found = officials("Törene Rektör Prof. Dr. İsmail Bakan, AK Parti İl Başkanı Cem Bal "
                + "ve Adalet Bakanı Oya Er katıldı. Dekan Ayla Vali ve İl Başkanı Ali Kaya da geldi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title).containsExactly(
                tuple("Cem Bal", "İl Başkanı"), tuple("Oya Er", "Adalet Bakanı"), tuple("Ali Kaya", "İl Başkanı"));
    }

    @Test
    void givesABareHeadAfterAnotherHoldersOfficeInItsSentenceNoShareOfThatOffice() {
        List<Analysis.Official> found = officials("Törende konuşan Sinop Belediye Başkanı Ali Kaya, Başkan Cem Bal ve "
                + "heyetini selamladı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::province)
                .containsExactly(tuple("Ali Kaya", "Belediye Başkanı", "Sinop"), tuple("Cem Bal", "Başkan", null));
    }

    @Test
    void readsAListOfElectionWinnersByPlaceAndPartyAsMayors() {
        List<Analysis.Official> found = officials("Sinop'ta seçim sonuçları belli oldu. Gerze'de CHP'li Ali Veli, "
                + "Boyabat'ta AK Partili Cem Bal, Ayancık'ta ise Yeniden Refah Partili Oya Tan seçimin galibi oldu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::district).containsExactly(
                tuple("Ali Veli", "Belediye Başkanı", "CHP", "Gerze"),
                tuple("Cem Bal", "Belediye Başkanı", "AK Parti", "Boyabat"),
                tuple("Oya Tan", "Belediye Başkanı", "Yeniden Refah Partisi", "Ayancık"));
    }

    @Test
    void readsATitleAsTheTopicOfTheNameItBecame() {
        List<Analysis.Official> found = officials("Sinop İl Başkanlığının açıklamasına göre Gerze İlçe Başkan Adayı "
                + "Ali Veli, Boyabat İlçe Başkan Adayı ise Cem Bal olarak belirlendi. Vali ise Oya Er'e teşekkür etti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::district)
                .containsExactly(tuple("Ali Veli", "Gerze"), tuple("Cem Bal", "Boyabat"));
    }

    @Test
    void readsANumberOfTermsBeforeAnOfficeAsHowLongItWasHeld() {
        Analysis.Official o = only("Törende 2 dönem Gerze Belediye Başkanlığı görevini yürüten Cem Bal konuştu.");
        assertThat(o.name()).isEqualTo("Cem Bal");
        assertThat(o.title()).isEqualTo("Belediye Başkanı");
        assertThat(o.district()).isEqualTo("Gerze");
    }

    @Test
    void endsANameAtAPlaceInACaseAfterACommonSurname() {
        assertThat(only("Vali Ali Kaya Sinop'un köylerini gezdi.").name()).isEqualTo("Ali Kaya");
    }

    @Test
    void takesNoHeadlinesClosingVerbForASurnameAfterItsTitle() {
        assertThat(officials("Bu Köye İlk Kez Vali Geldi\nSinop Valisi Ali Kaya, Akören köyüne gitti."))
                .extracting(Analysis.Official::name).containsExactly("Ali Kaya");
    }

    @Test
    void readsTheHeadsOfNationalAgenciesByTheirInitials() {
        List<Analysis.Official> found = officials("Törene KOSGEB Başkanı Cem Bal ve TÜBİTAK Başkanı Oya Er katıldı.");
        assertThat(found).extracting(Analysis.Official::title, Analysis.Official::org).containsExactly(
                tuple("KOSGEB Başkanı", "KOSGEB"), tuple("TÜBİTAK Başkanı", "TÜBİTAK"));
    }

    @Test
    void takesASurnameThePageCutOffAtALinesEndForTheFullOne() {
        assertThat(officials("Okulu açmak üzere Gerze'ye gelen Sinop Valisi Aziz Yı\nGÜNDEM 2.06.2021\nVali Aziz "
                + "Yıldırım okulu açtı. Sinop Milletvekili Ali Er ile İl Başkanı Ali Erdem de katıldı."))
                .extracting(Analysis.Official::name).containsExactly("Aziz Yıldırım", "Ali Er", "Ali Erdem");
    }

    @Test
    void makesTheNameThatLeadsAPartyItsChair() {
        Analysis.Official o = officials("Sinop İl Başkanı Cem Bal, Oya Er liderliğindeki CHP'nin kazanacağını söyledi.")
                .stream().filter(x -> x.name().equals("Oya Er")).findFirst().orElseThrow();
        assertThat(o.title()).isEqualTo("Genel Başkan");
        assertThat(o.party()).isEqualTo("CHP");
    }

    @Test
    void givesTheOfficeRemovedFromToTheNameBeforeIt() {
        List<Analysis.Official> found = officials("Meclis, Oya Er'in tutuklanarak Gerze Belediye Başkanlığı görevinden "
                + "uzaklaştırılmasının ardından toplandı. Cem Bal, Boyabat Belediye Başkanlığı görevinden alındı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(tuple("Oya Er", "Belediye Başkanı", "Gerze"),
                        tuple("Cem Bal", "Belediye Başkanı", "Boyabat"));
    }

    @Test
    void readsACommitteesChairNamedWithoutTheCommittee() {
        Analysis.Official o = only("Milletvekilleri Komisyon Başkanı Cem Bal'a teşekkür etti.");
        assertThat(o.title()).isEqualTo("Komisyon Başkanı");
    }

    @Test
    void takesNoPluralInTheDativeForASurname() {
        assertThat(only("Vali Ali Kaya Sinoplulara seslendi.").name()).isEqualTo("Ali Kaya");
    }
    @Test
    void readsHowAnOfficeWasWonBetweenTheSubjectAndTheOffice() {
        List<Analysis.Official> found = officials("DSP Sinop İl Kongresi yapıldı. Cem Bal, 212 oyla yeniden Sinop İl "
                + "Başkanı olarak seçildi. Oya Er bir kez daha Gerze İlçe Başkanı oldu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(tuple("Cem Bal", "İl Başkanı", null), tuple("Oya Er", "İlçe Başkanı", "Gerze"));
    }

    @Test
    void givesThePluralCandidacyForAChairmanshipToEachName() {
        List<Analysis.Official> found = officials("DSP Sinop İl Kongresinde İl Başkanlığı adayları Cem Bal ile Oya Er "
                + "ortak bir liste sundu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party)
                .containsExactly(tuple("Cem Bal", "İl Başkan Adayı", "DSP"), tuple("Oya Er", "İl Başkan Adayı", "DSP"));
    }

    @Test
    void readsADistrictOrganisationsChair() {
        Analysis.Official o = only("DSP Gerze İlçe Teşkilat Başkanı Cem Bal kongrede konuştu.");
        assertThat(o.title()).isEqualTo("İlçe Teşkilat Başkanı");
        assertThat(o.district()).isEqualTo("Gerze");
    }

    @Test
    void takesTheHostsPartyNotAGuestsForALaterBareOffice() {
        List<Analysis.Official> found = officials("Gerze'de DSP İlçe Kongresi yapıldı. Kongreye CHP İlçe Başkanı "
                + "Ali Kaya, Saadet Partisi İlçe Başkanı Cem Bal katıldı. Kongrede İlçe Başkanı seçilen Oya Er, "
                + "\"Genel Başkanımız Selim Yurt'a teşekkür ederiz\" dedi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(
                tuple("Ali Kaya", "CHP"), tuple("Cem Bal", "Saadet Partisi"), tuple("Oya Er", "DSP"),
                tuple("Selim Yurt", "DSP"));
    }
    @Test
    void readsAWholeLineOfAListOfHoldersAsTheName() {
        List<Analysis.Official> found = officials("Gerze Belediyesi'nde DSP'den üç meclis üyesi istifa etti.\n\n"
                + "İstifa eden meclis üyeleri\n\nİstifa eden üyeler şunlar:\n\nAli Kaya\n\nSevgi Nur Tezcanlar\n\n"
                + "Cem Bal\n");
        assertThat(found).extracting(Analysis.Official::name)
                .containsExactly("Ali Kaya", "Sevgi Nur Tezcanlar", "Cem Bal");
    }
    @Test
    void placesAGroupOfficerTheAssemblysRegisterKnowsInTheAssemblyNotTheCouncil() {
        List<Analysis.Official> found = officials("Gerze Belediye Meclisi toplandı. CHP Grup Başkanvekili Süleyman "
                + "Bülbül, mecliste arbede yaşandığını söyledi. DSP Grup Başkanvekili Cem Bal da konuştu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::district)
                .containsExactly(tuple("Süleyman Bülbül", null), tuple("Cem Bal", "Gerze"));
    }
    @Test
    void givesAChairmanshipWonToTheNameBeforeItsPartyAndPlace() {
        Analysis.Official o = only("Kongreye tek liste ile giren Cem Bal DSP Gerze İlçe Başkanlığına seçildi.");
        assertThat(o.name()).isEqualTo("Cem Bal");
        assertThat(o.title()).isEqualTo("İlçe Başkanı");
        assertThat(o.district()).isEqualTo("Gerze");
    }
    @Test
    void takesNoNounOfADecisionAfterATitleForAName() {
        assertThat(officials("Milletvekili Cem Bal, ithalata ilişkin Cumhurbaşkanı Kararı'nı eleştirdi."))
                .extracting(Analysis.Official::name).containsExactly("Cem Bal");
    }
    @Test
    void takesNoContextFromTheCityAForeignEnvoyServesIn() {
        List<Analysis.Official> found = officials("Sinop / Ali Er / Haber\n\nGürcistan'ın Ankara Büyükelçisi Archil "
                + "Kalandia, Vali Cem Bal'ı makamında ziyaret etti.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::province)
                .containsExactly(tuple("Archil Kalandia", null), tuple("Cem Bal", "Sinop"));
    }

    @Test
    void readsTheCandidatesOfAMayoralRaceFromTheirPartyAndVotes() {
        List<Analysis.Official> found = officials("Seçim sonuçları açıklandı.\n\nSinop'ta DSP'li Oya Er 12 bin 340 oy "
                + "alırken, rakibi MHP'li Selim Yurt 11 bin 980 oyda kaldı.\n\nKastamonu: Seçimi kazanan DSP'li Gül Ay "
                + "ile MHP'li aday Cem Bal arasında 210 oy fark vardı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::province).containsExactly(
                        tuple("Oya Er", "Belediye Başkan Adayı", "DSP", "Sinop"),
                        tuple("Selim Yurt", "Belediye Başkan Adayı", "MHP", "Sinop"),
                        tuple("Gül Ay", "Belediye Başkan Adayı", "DSP", "Kastamonu"),
                        tuple("Cem Bal", "Belediye Başkan Adayı", "MHP", "Kastamonu"));
        assertThat(officials("DSP il kongresinde DSP'li Oya Er 112 oy aldı.")).extracting(Analysis.Official::title)
                .doesNotContain("Belediye Başkan Adayı");
    }

    @Test
    void anAlliancesCandidateIsThePartysTheAdjectiveAfterItNames() {
        List<Analysis.Official> found = officials("Gerze'de Cumhur İttifakı'nın adayı MHP'li Selim Yurt kazandı.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party,
                Analysis.Official::district).containsExactly(tuple("Selim Yurt", "Belediye Başkan Adayı", "MHP", "Gerze"));
    }

    @Test
    void aDistrictNamedWithAnOrdinaryWordEndsAnUnlistedNameAsItsSurname() {
        assertThat(only("Ziyarete DSP Gerze İlçe Başkanı Canercan Kartal ile yardımcıları katıldı.").name())
                .isEqualTo("Canercan Kartal");
        assertThat(only("Ziyarete DSP İl Başkanı Canercan Merkez ilçesinden katıldı.").name()).isEqualTo("Canercan");
    }

    @Test
    void readsACouncilsBoardWithItsHoldersNamedBeforeTheOffices() {
        List<Analysis.Official> found = officials("Gerze Belediye Meclisi toplandı.\n\nYapılan seçimlerde Kemal Sezer "
                + "1. Başkan Vekili olurken, Ali Tan 2. Başkan Vekili seçildi. Divan Katibi ise Veli Kara ve Ayşe Demir "
                + "oldu. Nur Yıldız ve Deniz Acar encümen üyeliğine, Okan Kaya ve Selin Uçar imar komisyonuna, Ece Kaya "
                + "plan ve bütçe komisyonuna seçildi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::district)
                .containsExactly(tuple("Kemal Sezer", "Meclis 1. Başkan Vekili", "Gerze"),
                        tuple("Ali Tan", "Meclis 2. Başkan Vekili", "Gerze"),
                        tuple("Veli Kara", "Divan Katibi", "Gerze"), tuple("Ayşe Demir", "Divan Katibi", "Gerze"),
                        tuple("Nur Yıldız", "Encümen Üyesi", "Gerze"), tuple("Deniz Acar", "Encümen Üyesi", "Gerze"),
                        tuple("Okan Kaya", "İmar Komisyonu Üyesi", "Gerze"),
                        tuple("Selin Uçar", "İmar Komisyonu Üyesi", "Gerze"),
                        tuple("Ece Kaya", "Plan ve Bütçe Komisyonu Üyesi", "Gerze"));
    }

    @Test
    void formerMinistersInThePluralTitleEachNameOfTheirList() {
        List<Analysis.Official> found = officials("Toplantıya önceki dönem bakanlar Kemal Sezer ve Ali Tonguç katıldı. "
                + "Bakanlar Kurulu kararı okundu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::former)
                .containsExactly(tuple("Kemal Sezer", "Bakan", true), tuple("Ali Tonguç", "Bakan", true));
    }

    @Test
    void theDeputyChairOfAProvincialCouncilIsNotTheAssemblys() {
        assertThat(only("Sinop İl Genel Meclis Başkan Vekili Kemal Sezer açıklama yaptı.").title())
                .isEqualTo("İl Genel Meclis Başkan Vekili");
        assertThat(only("Meclis Başkanvekili Kemal Sezer açıklama yaptı.").org()).isEqualTo("TBMM");
    }

    @Test
    void aSuffixAfterAnApostropheClosesAnUnlistedNameAfterATitle() {
        List<Analysis.Official> found = officials("Görüşmeye Gürcistan Dışişleri Bakanı Levani Tsiklauri'nin "
                + "Trabzon'a gelişi damga vurdu.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(tuple("Levani Tsiklauri", "Dışişleri Bakanı"));
    }

    @Test
    void readsEveryPartyOfTheElectionBoardsList() {
        assertThat(only("Yeni Türkiye Partisi (YTP) Genel Başkanı Kemal Sezer açıklama yaptı.").party())
                .isEqualTo("Yeni Türkiye Partisi");
        assertThat(only("BTP Sinop İl Başkanı Oya Er açıklama yaptı.").party()).isEqualTo("Bağımsız Türkiye Partisi");
    }

    @Test
    void aNameWrittenElsewhereWithoutTheWordsAfterItEndsBeforeThem() {
        List<Analysis.Official> found = officials("Sinop Milletvekili Barış Tuna Meclis'te konuştu. Milletvekili "
                + "Barış Tuna Toprak Mahsulleri Ofisi'nin alım fiyatını eleştirdi. Toprak Mahsulleri Ofisi yanıt vermedi.");
        assertThat(found).extracting(Analysis.Official::name).containsExactly("Barış Tuna");
        assertThat(officials("İl Başkanı Kemal Oral'dan tepki geldi. İl Başkanı Kemal Oral Sinopluların talebini "
                + "dile getirdi.")).extracting(Analysis.Official::name).containsExactly("Kemal Oral");
        // a word capitalised only at a sentence's start or in another name ("Kurban Bayramı") is no surname
        assertThat(officials("Gerze Belediye Başkanı Ali Tuna, bayram öncesi pazarı gezdi. Başkan Ali Tuna Kurban "
                + "pazarını da gezdi. Kurban pazarında her şey yolunda gidiyor. Kurban Bayramı yarın başlıyor."))
                .extracting(Analysis.Official::name).containsExactly("Ali Tuna");
        // a misprinted surname elsewhere ("Ali Osman Bulat") proves nothing about the name
        assertThat(officials("Törene Kaymakam Ali Osman Bulut katıldı. Kaymakam Ali Osman Bulat ise konuştu."))
                .extracting(Analysis.Official::name).contains("Ali Osman Bulut");
        // a surname the text writes alone elsewhere is the name's, though a shorter form appears too
        assertThat(officials("Vali Ali Rıza Tekin törene katıldı. Ali Rıza'nın yanında eşi vardı. Tekin, törende "
                + "konuştu."))
                .extracting(Analysis.Official::name).containsExactly("Ali Rıza Tekin");
    }

    @Test
    void aBareSeatInAMetropolitanCouncilsReportIsTheCouncilsThoughADistrictWasTheTopicBefore() {
        List<Analysis.Official> found = officials("Samsun Büyükşehir Belediye Meclisi toplandı. Üyeler, Atakum ilçesindeki "
                + "otopark ücretlerini tartıştı.\n\nCHP'li meclis üyesi Kemal Sezer zammı eleştirdi.");
        assertThat(found).extracting(Analysis.Official::name, Analysis.Official::province, Analysis.Official::district)
                .containsExactly(tuple("Kemal Sezer", "Samsun", null));
        // a district in the seat's own sentence still places it
        assertThat(officials("Samsun Büyükşehir Belediye Meclisi toplandı. Atakum'de CHP'li meclis üyesi Kemal Sezer "
                + "zammı eleştirdi.")).extracting(Analysis.Official::district).containsExactly("Atakum");
    }

    @Test
    void aNameAfterAnOfficeNounAndTheParticipleOfServingHoldsTheOffice() {
        Analysis.Official o = only("Yıllardır AK Parti'de il başkanlığı yapan Selim Oral, açıklama yaptı.");
        assertThat(o.name()).isEqualTo("Selim Oral");
        assertThat(o.title()).isEqualTo("İl Başkanı");
        assertThat(o.party()).isEqualTo("AK Parti");
    }

    @Test
    void theOutgoingOrNewChairOfTheCongressTheArticleReportsIsItsLevelsChair() {
        assertThat(officials("İYİ Parti Gerze İlçe Kongresi yapıldı. Kongreye İl Başkanı Ali Kurt katıldı. Kongrede konuşan "
                + "DSP Rize İl Başkanı Cem Bal da birlik çağrısı yaptı. Tek liste halinde girilen seçimde mevcut Başkan "
                + "Av. Oya Tekin güven tazeledi.")).extracting(Analysis.Official::name, Analysis.Official::title,
                Analysis.Official::party, Analysis.Official::district)
                .contains(tuple("Oya Tekin", "İlçe Başkanı", "İYİ Parti", "Gerze"));
    }

    @Test
    void aLineOfNameDashAndTitleGivesTheNameThatTitle() {
        assertThat(officials("Törene katılanlar şöyle:\n\nSelim Oral – Sinop Gerze Belediye Başkanı (DEVA)\n\n"
                + "Nur Akın - Rize Milletvekili\n")).extracting(Analysis.Official::name, Analysis.Official::title,
                Analysis.Official::province, Analysis.Official::district).containsExactly(
                tuple("Selim Oral", "Belediye Başkanı", "Sinop", "Gerze"), tuple("Nur Akın", "Milletvekili", "Rize", null));
    }

    @Test
    void aHoldersOwnJoiningBeatsTheJoiningOfAGroupOfTheirOffice() {
        assertThat(officials("Üç milletvekili DSP'ye katıldı. Öte yandan DEVA'dan istifa eden milletvekilleri Oya Er, "
                + "Cem Bal ve Nur Akın MHP'ye geçti.")).extracting(Analysis.Official::party).containsOnly("MHP");
    }

    @Test
    void aNameInACaseIsNoSubjectOfTheJoiningThatEndsItsSentence() {
        assertThat(officials("Eski DEVA Genel Başkanı Selim Oral'la Meclis'e gelen üç milletvekili DSP'ye katıldı."))
                .extracting(Analysis.Official::name, Analysis.Official::party).containsExactly(tuple("Selim Oral", "DEVA"));
    }

    @Test
    void aWordOfPoliteAddressAfterAFullNameIsNoSurname() {
        assertThat(officials("Kemal Er, \"Başta Başbakanımız Selim Oral Bey'e ve tüm arkadaşlarımıza teşekkür ederiz\" "
                + "dedi.")).extracting(Analysis.Official::name).containsExactly("Selim Oral");
    }

    @Test
    void ourDirectorIsTheDirectorateHead() {
        assertThat(officials("Gerze Belediyesi Fen İşleri Müdürümüz Selim Oral'a ve Karayolları Genel Müdürümüz Sayın "
                + "Cem Bal'a teşekkür ederim.")).extracting(Analysis.Official::name, Analysis.Official::title)
                .containsExactly(tuple("Selim Oral", "Fen İşleri Müdürü"), tuple("Cem Bal", "Karayolları Genel Müdürü"));
    }

    @Test
    void aNameTheRegisterKnowsGoesOnAListOfBareNamesSharingATitle() {
        // "Ayhan Barut" is a deputy of the 28th Assembly whose surname the lexicon of surnames lacks
        assertThat(officials("Toplantıya CHP Adana Milletvekili Oya Er, Ayhan Barut ve Cem Aksoy katıldı."))
                .extracting(Analysis.Official::name, Analysis.Official::title, Analysis.Official::party)
                .containsExactly(tuple("Oya Er", "Milletvekili", "CHP"), tuple("Ayhan Barut", "Milletvekili", "CHP"),
                        tuple("Cem Aksoy", "Milletvekili", "CHP"));
    }

    @Test
    void aProvincialCouncillorNamedWithADistrictHoldsTheDistrictsSeat() {
        assertThat(officials("Törene Ardahan İl Genel Meclis Üyesi Cem Aksoy, CHP Posof İl Genel Meclis Üyesi Selim "
                + "Oral ve İl Genel Meclis Başkanı Ali Kaya katıldı.")).extracting(Analysis.Official::name,
                Analysis.Official::province, Analysis.Official::district).containsExactly(
                tuple("Cem Aksoy", "Ardahan", null), tuple("Selim Oral", "Ardahan", "Posof"),
                tuple("Ali Kaya", "Ardahan", null));
    }

    @Test
    void theHolderInTheGenitiveBeforeTheParticipleOfHoldingAnOfficeNoun() {
        assertThat(officials("Genel Başkanlığını Selim Oral’ın yaptığı Demokrasi ve Atılım Partisi (DEVA) kent "
                + "genelinde çalışıyor.")).extracting(Analysis.Official::name, Analysis.Official::title,
                Analysis.Official::party).containsExactly(tuple("Selim Oral", "Genel Başkan", "DEVA"));
        assertThat(officials("Başkanlığını Selim Oral’ın yaptığı dernek toplandı.")).isEmpty();
    }

    @Test
    void aFactorysNameIsNoPersonAndAFactoryAfterACommaCutsNoName() {
        assertThat(officials("Genel Başkan Yardımcısı Oya Er ve milletvekilleri Ilgın Şeker Fabrikası’nı ziyaret etti."))
                .extracting(Analysis.Official::name).containsExactly("Oya Er");
        assertThat(officials("DSP Kayseri Milletvekili Selim Karayel, Şeker Fabrikası’nın satışına karşı olduklarını "
                + "söyledi.")).extracting(Analysis.Official::name).containsExactly("Selim Karayel");
    }

    @Test
    void afterATitleTheSurnameOfAFullNameWrittenElsewhereStandsAlone() {
        assertThat(officials("Gerze Kaymakamı Selim Tavlıca açıklama yaptı.\nKaymakam Tavlıca Sahada, Ekipler Koordineli "
                + "Çalışıyor\nEkipler çalışıyor.")).extracting(Analysis.Official::name).containsExactly("Selim Tavlıca");
    }

    @Test
    void aBareDeputyChairAfterAMayorDeputisesForThatMayor() {
        assertThat(officials("Kavşağı Tokat Belediye Başkanı Ali Kaya açtı. Başkan Kaya beraberinde Başkan Yardımcıları "
                + "Cem Aksoy ve Selim Oral ile sahayı gezdi.")).extracting(Analysis.Official::name,
                Analysis.Official::title, Analysis.Official::province, Analysis.Official::district).contains(
                tuple("Cem Aksoy", "Başkan Yardımcısı", "Tokat", null), tuple("Selim Oral", "Başkan Yardımcısı", "Tokat",
                        null));
        assertThat(officials("Merzifon Belediye Başkanı Ali Kaya, Esnaf Odası Başkanı Oya Er ve Başkan Yardımcısı Cem "
                + "Aksoy törende konuştu.")).extracting(Analysis.Official::name, Analysis.Official::district)
                .contains(tuple("Cem Aksoy", "Merzifon"));
        // a body named right before the title, or a party chair between them: the deputy is theirs, of no municipality
        assertThat(officials("Merzifon Belediye Başkanı Ali Kaya ve TÜBİTAK Başkan Yardımcısı Cem Aksoy törende "
                + "konuştu.")).extracting(Analysis.Official::name, Analysis.Official::district)
                .contains(tuple("Cem Aksoy", null));
        assertThat(officials("Merzifon Belediye Başkanı Ali Kaya ile AK Parti İlçe Başkanı Oya Er ve Başkan Yardımcısı "
                + "Cem Aksoy törende konuştu.")).extracting(Analysis.Official::name, Analysis.Official::district)
                .contains(tuple("Cem Aksoy", null));
    }

    @Test
    void theListInTheDativeThatReceivesAPartysBadgeJoinsThatParty() {
        assertThat(officials("Toplantıda Kiraz Belediye Başkanı Cem Aksoy ile Bayındır Belediye Başkanı Selim Oral’a "
                + "AK Parti rozetini taktı.")).extracting(Analysis.Official::name, Analysis.Official::party)
                .containsExactly(tuple("Cem Aksoy", "AK Parti"), tuple("Selim Oral", "AK Parti"));
        assertThat(officials("Törende Tire Belediye Başkanı Oya Er, Ödemiş Belediye Başkanı Ali Kaya ve Kiraz "
                + "Belediye Başkanı Cem Aksoy’a MHP rozetlerini takdim etti.")).extracting(Analysis.Official::party)
                .containsOnly("MHP");
        // a pinning only expected tells of no party yet
        assertThat(officials("Kiraz Belediye Başkanı Cem Aksoy ile Bayındır Belediye Başkanı Selim Oral’a AK Parti "
                + "rozeti takılması bekleniyor.")).extracting(Analysis.Official::party).containsOnly((String) null);
    }

    @Test
    void aNamesakeHeadAfterACommaEndsNoThreeWordName() {
        assertThat(officials("CHP İl Başkanı Ali Rıza Kaya, ilkokul öğrencilerine kitap dağıttı.")).extracting(
                Analysis.Official::name).containsExactly("Ali Rıza Kaya");
        assertThat(officials("Vali Ali Rıza Kaya İlkokulu'nun açılışına katıldı.")).isEmpty();
    }

    @Test
    void theNounOfAnElectionIsNoVerbOfTakingOfficeAfterAnOfficeNoun() {
        assertThat(officials("Sonuçları partisinin Sinop İl Başkanlığında kurulan Seçim Koordinasyon Merkezinde izleyen "
                + "Selim Oral konuştu.")).isEmpty();
        assertThat(officials("İl başkanlığına Selim Oral seçildi.")).extracting(Analysis.Official::name)
                .containsExactly("Selim Oral");
    }

    @Test
    void aBareCouncilChairAfterAChambersChairChairsTheChambersCouncil() {
        assertThat(officials("Denizli Sanayi Odası Yönetim Kurulu Başkanı Selim Oral ve Meclis Başkanı Cem Aksoy, Vali "
                + "Ali Kaya'yı ziyaret etti.")).extracting(Analysis.Official::name).containsExactly("Ali Kaya");
        assertThat(officials("Meclis Başkanı Cem Aksoy, Vali Ali Kaya'yı ziyaret etti.")).extracting(
                Analysis.Official::title, Analysis.Official::org).containsExactly(tuple("Meclis Başkanı", "TBMM"),
                tuple("Vali", null));
    }
}
