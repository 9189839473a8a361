package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.beyan.extract.statement.Fixtures.direct;
import static dev.beyan.extract.statement.Fixtures.find;
import static org.assertj.core.api.Assertions.assertThat;

class SpeakerResolverTest {

    @Test
    void resolvesSurnameOnlySpeaker() {
        String text = "Kemalpaşa Belediye Başkanı Hasan Öztürk ilçedeki yeni parkı açtı. "
                + "Öztürk, \"Yeni dönemde tüm mahallelerimize eşit hizmet götüreceğiz\" dedi.";
        Analysis.Statement s = direct(find(text, "Hasan Öztürk")).get(0);
        assertThat(s.speaker()).isEqualTo(new Analysis.Speaker("hasan-öztürk", "Hasan Öztürk"));
    }

    @Test
    void givesAnOfficeNamedAloneAsTheSubjectToItsHolderNamedBeforeOrToNoOne() {
        String text = "Törene Bayburt Valisi Selim Durakoğlu ile Aydıntepe Belediye Başkanı Oya Demirtaşlı katıldı.\n\n"
                + "Demirtaşlı, \"İlçemiz yeniden ayağa kalkıyor, hep birlikte başaracağız\" dedi.\n\n"
                + "Vali ise konuşmasında, \"Devletimiz her zaman vatandaşının yanında olacak\" ifadelerini kullandı.\n\n"
                + "Ardından söz alan AK Parti Bayburt İl Başkanı, \"Bu köprü bölgemize çok yakışacak inşallah\" dedi.";
        List<Analysis.Statement> found = quotesOfWholeAnalysis(text);
        assertThat(speakerNames(found))
                .containsExactly("Oya Demirtaşlı", "Selim Durakoğlu", null);
    }

    @Test
    void givesASummaryLeadsOfficeItsOneHolderNamedInTheBody() {
        String text = "Gerze Belediye Başkanı, \"Yeni park yıl sonunda hizmete girecek\" dedi.\n\n"
                + "Sahil projesini anlatan Gerze Belediye Başkanı Oya Er, çalışmaların sürdüğünü söyledi.";
        List<Analysis.Statement> found = quotesOfWholeAnalysis(text);
        assertThat(speakerNames(found))
                .containsExactly("Oya Er");
        String twoMayors = "Belediye Başkanı, \"Yeni park yıl sonunda hizmete girecek\" dedi.\n\n"
                + "Gerze Belediye Başkanı Oya Er ile Boyabat Belediye Başkanı Cem Bal projeyi gezdi.";
        assertThat(speakerNames(quotesOfWholeAnalysis(twoMayors)))
                .containsOnlyNulls();
    }

    @Test
    void givesAQuestionAnsweredToWhoeverAskedItNotToWhoAnswers() {
        String text = "Başkan Oya Er basın toplantısı düzenledi. \"Liman yıl sonunda açılacak mı?\" sorusuna yanıt "
                + "veren Er, \"Çalışmalar planlandığı gibi sürüyor\" dedi. Er, \"Hangi plan? Hangi bütçe?\" "
                + "sorularını yöneltti.";
        List<Analysis.Statement> found = quotesOfWholeAnalysis(text);
        assertThat(speakerNames(found))
                .containsExactly(null, "Oya Er", "Oya Er");
    }

    @Test
    void takesNoObjectInThePossessiveBeforeAQuoteForASurname() {
        String text = "Bakan Oya Er açıklama yaptı.\nKonuşmasını \"Bu yatırımlar kentimizin geleceğidir.\" sözleriyle "
                + "sürdüren Bakan Er, projeleri anlattı.";
        assertThat(speakerNames(quotesOfWholeAnalysis(text)))
                .containsExactly("Oya Er");
    }

    @Test
    void takesNoTitleWordInTheGenitiveForASurname() {
        String text = "Sinop Belediye Başkanı Oya Er toplantı yaptı. Başkan Er'in sözlerine tepki gösteren Kemal Tuna, "
                + "açıklama yaptı.\nBaşkanın, kenti yurtdışında karalamayı hedef aldığını söyledi.";
        assertThat(speakerNames(SharedExtractor.get().analyze(text).statements()))
                .containsExactly("Kemal Tuna");
    }

    @Test
    void takesNoGroupInThePluralForASurname() {
        String text = "Vali Ali Kaya köyü ziyaret etti.\nKöylüler ziyaretten dolayı teşekkür etti, daha önce hiç bir "
                + "valinin köylerine gelmediğini belirtti.";
        assertThat(speakerNames(SharedExtractor.get().analyze(text).statements()))
                .doesNotContain("Köylüler");
    }

    @Test
    void readsAParticiplesSubjectPastThePartyAdjectiveBeforeIt() {
        String text = "CHP Grup Başkanvekili Kemal Tuna köprüyü gezdi. Her geçişte video çekeceğini ifade eden CHP'li "
                + "Tuna, \"Biz ödemeye devam ediyoruz\" dedi.";
        assertThat(speakerNames(SharedExtractor.get().analyze(text).statements()))
                .containsOnly("Kemal Tuna");
    }

    @Test
    void givesAQuoteInTheAnswerAGenitiveGaveToThatGenitive() {
        String text = "Milletvekili Oya Er soru sordu. Bakan Kemal Tuna'nın, Er'e verdiği cevapta, \"Hattın yıl "
                + "sonunda tamamlanması hedeflenmektedir.\" dedi.";
        assertThat(speakerNames(SharedExtractor.get().analyze(text).statements()))
                .containsExactly("Kemal Tuna");
    }

    @Test
    void takesNoMinistrysFieldForAPerson() {
        String text = "Konutlar İklim Değişikliği Bakanlığı ile birlikte yapılıyor. Başkan Tuna, işlerin yıl sonunda "
                + "biteceğini söyledi.";
        assertThat(speakerNames(SharedExtractor.get().analyze(text).statements()))
                .doesNotContain("İklim Değişikliği");
    }

    @Test
    void keepsANameThatLeadsTheNounAfterItInsideTheClause() {
        String text = "Sinop İl Başkanı Cem Bal, sorunların çözümü için Oya Er liderliğindeki CHP kadrolarının "
                + "mücadeleye giriştiğini söyledi.";
        assertThat(SharedExtractor.get().analyze(text).statements()).extracting(Analysis.Statement::text,
                s -> s.speaker().name()).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "sorunların çözümü için Oya Er liderliğindeki CHP kadrolarının mücadeleye giriştiğini", "Cem Bal"));
    }

    @Test
    void givesWordsOfAnIndefiniteSubjectToNoOne() {
        String text = "Toplantıya Kuzköy Muhtarı Sabri Tunç katıldı. Tunç, \"Başkanımıza köyümüze geldiği için "
                + "teşekkür ediyoruz\" dedi. Bir başka köy muhtarı ise, \"Bu toplantılar sorunlarımızı çözüyor, "
                + "çok memnunuz\" ifadelerini kullandı. Bir vatandaş da \"Yolumuz sonunda yapıldı, çok mutluyuz\" dedi.";
        List<Analysis.Statement> found = quotesOfWholeAnalysis(text);
        assertThat(speakerNames(found))
                .containsExactly("Sabri Tunç", null, null);
    }

    @Test
    void givesWordsOfAGroupHeadingAParticipleAndWhatItGoesOnToSayToNoOne() {
        String text = "Gerze Belediye Başkanı Oya Er bütçeyi meclise sundu. İYİ Parti grubu adına söz alan meclis "
                + "üyeleri ise bütçenin yetersiz kaldığını savundu. Ödeneklerin yarıya indiğini belirterek, yolların "
                + "yapılmadığını öne sürdü.\n\nToplantıyı izleyen vatandaşlar da suyun kesildiğini anlattı.";
        assertThat(speakerNames(SharedExtractor.get().analyze(text).statements()))
                .containsExactly(null, null, null, null);
        String named = "Gerze Belediye Başkanı Oya Er bütçeyi sundu. Söz alan Er, yolların yapıldığını söyledi.";
        assertThat(speakerNames(SharedExtractor.get().analyze(named).statements())).containsExactly("Oya Er");
    }

    @Test
    void givesAnOfficeOpeningTheSentenceBeforeAConverbTheWordsAfterIt() {
        String text = "Törene Sinop Belediye Başkanı Ali Kaya ve Vali Cem Bal katıldı. Sinop Belediye Başkanı, Vali "
                + "Bal'ın katılımını överek, \"Bu bizim için büyük bir onurdur.\" dedi.";
        assertThat(speakerNames(quotesOfWholeAnalysis(text))).containsExactly("Ali Kaya");
    }

    @Test
    void givesWordsSaidWithCompanyListedAfterTheSubjectToTheSubject() {
        String text = "CHP Parti Meclisi Üyesi Oya Tan, CHP Gerze İlçe Başkanı Cem Bal, Kadın Kolları Üyesi Ayla Su, "
                + "Gençlik Kolları Başkanları ile yaptığı basın açıklamasında yolun yıllardır bitirilemediğine dikkat "
                + "çekti.";
        assertThat(speakerNames(SharedExtractor.get().analyze(text).statements())).containsExactly("Oya Tan");
    }

    @Test
    void givesWordsOfANumberOfPeopleSpeakingAtOnceToNoOne() {
        String text = "Gerze İlçe Başkan Adayı Ali Veli oldu. Her iki aday da yaptığı açıklamalarda, partinin "
                + "hedeflerine katkı sunacaklarını ifade etti. İki başkan, yolların yapılacağını söyledi.";
        List<Analysis.Statement> found = SharedExtractor.get().analyze(text).statements();
        assertThat(found).extracting(Analysis.Statement::text)
                .containsExactly("partinin hedeflerine katkı sunacaklarını", "yolların yapılacağını");
        assertThat(speakerNames(found)).containsExactly(null, null);
    }

    @Test
    void givesWordsOfAPartysOfficialsSetOffByACommaToTheParty() {
        String text = "Gerze İlçe Başkan Adayı Ali Veli oldu. CHP yetkilileri, teşkilatın daha güçlü çalışacağına "
                + "inandıklarını belirtti.";
        List<Analysis.Statement> found = SharedExtractor.get().analyze(text).statements();
        assertThat(found).extracting(Analysis.Statement::text)
                .containsExactly("teşkilatın daha güçlü çalışacağına inandıklarını");
        assertThat(speakerNames(found)).containsExactly("CHP");
    }

    @Test
    void givesAQuotationStandingAloneTheSpeakerOfTheLaterSpeechThatRepeatsIt() {
        String text = "Bakan Ali Kaya zammın yüzde 10 olacağını açıkladı.\n\n“Emekliye verilen söz bu muydu?”\n\n"
                + "CHP Milletvekili Oya Tan bir paylaşım yaptı. Tan, “Seçimden önce başka konuşuyordunuz. Emekliye "
                + "verilen söz bu muydu?” dedi.";
        assertThat(speakerNames(quotesOfWholeAnalysis(text))).containsExactly("Oya Tan", "Oya Tan");
    }

    @Test
    void givesAPassiveReportTheOwnerOfItsStatementFrame() {
        String text = "Vali Selim Durakoğlu törene katıldı. DEVA Partisi'nin sosyal medya hesabından yapılan "
                + "açıklamada, köprünün yıl sonunda açılacağı duyuruldu.";
        List<Analysis.Statement> found = Fixtures.indirect(dev.beyan.extract.SharedExtractor.get().analyze(text)
                .statements());
        assertThat(found).extracting(Analysis.Statement::text, s -> s.speaker().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("köprünün yıl sonunda açılacağı", "DEVA Partisi"));
    }

    @Test
    void givesQuotedWordsTheNameInTheGenitiveBeforeThemAndAHeadingQuoteTheSectionsSpeaker() {
        String text = "Başkan Oya Demirtaşlı, mesajında Gazi Mustafa Kemal Atatürk'ün \"Hayatta en hakiki mürşit "
                + "ilimdir, fendir\" sözünü hatırlattı.\n\n\"Köylerimizin çocukları da şehirdeki çocuklarla aynı imkânlara bu yıl kavuşacak\"\n\n"
                + "Törende konuşan Vali Selim Durakoğlu, \"Bu yıl her köye yeni bir okul açacağız, söz veriyoruz\" dedi.";
        List<Analysis.Statement> found = quotesOfWholeAnalysis(text);
        assertThat(found).extracting(s -> s.speaker().name())
                .containsExactly("Mustafa Kemal Atatürk", "Selim Durakoğlu", "Selim Durakoğlu");
    }

    @Test
    void givesWordsARelativeParticipleDescribesToTheGenitiveThatOpensIt() {
        String text = "Grup Başkanvekili Selim Durakoğlu, Başkan Oya Demirtaşlı'nın geçen ay Meclis'te sarf ettiği, "
                + "\"Yüz yeni otobüs alacağız ve herkesi ücretsiz taşıyacağız\" sözünü hatırlattı.";
        List<Analysis.Statement> found = quotesOfWholeAnalysis(text);
        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("Oya Demirtaşlı");
    }

    @Test
    void givesWordsAnAdjectiveOfPlaceInKiDescribesToTheGenitiveThatOpensIt() {
        String text = "Oturumu Meclis Başkanvekili Ali Kurt yönetti. Muhalif üyeler, Vali Ayşe Demir'in geçen haftaki "
                + "basın toplantısındaki \"Bu şehrin suyu hiç kimsenin malı değildir\" sözleri üzerine pankart astı.";
        List<Analysis.Statement> found = quotesOfWholeAnalysis(text);
        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("Ayşe Demir");
    }

    @Test
    void readsAPartysLeaderAsItsChairAndWordsAnsweredAsTheirOwners() {
        String text = "DSP Genel Başkanı Kemal Tuna ile MHP Genel Başkanı Oya Er, Meclis'te konuştu.\n\n"
                + "Sözlerine devam eden DSP lideri, \"Emeklinin sorununu bu yıl mutlaka çözeceğiz\" dedi.\n\n"
                + "Tuna, Er'in dün grupta Meclis'e sunulan önerge hakkındaki \"Bu önergeye destek vermeyeceğiz arkadaşlar\" "
                + "ifadelerine yanıt verdi.";
        List<Analysis.Statement> found = quotesOfWholeAnalysis(text);
        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("Kemal Tuna", "Oya Er");
    }

    @Test
    void endsARegisteredNameBeforeThePlaceAfterIt() {
        String text = "Mersin Büyükşehir Belediye Başkanı Vahap Seçer açıklama yaptı. Vahap Seçer Adana ziyaretini "
                + "internetten 'Yarın komşumuz Adana'da dostlarımızla buluşacağız' diyerek paylaştı.";
        List<Analysis.Statement> found = quotesOfWholeAnalysis(text);
        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("Vahap Seçer");
    }

    @Test
    void givesAQuoteRepeatedFromTheBodyInTheHeadlineTheSpeakerTheBodyNames() {
        String text = "Beş ilçe başkanı istifa etti: \"Kimse bizi dinlemiyor, yalnız kaldık\"\n\n"
                + "DSP Gerze İlçe Başkanı Kemal Tuna, \"Kimse bizi dinlemiyor, yalnız kaldık. Bu yüzden ayrılıyoruz\" dedi.";
        List<Analysis.Statement> found = quotesOfWholeAnalysis(text);
        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("Kemal Tuna", "Kemal Tuna");
    }

    @Test
    void resolvesSurnameWithMisspellingOrGluedSuffix() {
        String text = "Grup Başkanvekili Ayhan Karabulut tepki gösterdi. "
                + "Karabulutu, \"Meclisin çalışmaması milletin iradesine saygısızlıktır\" dedi. "
                + "Karabulud, \"Bu tabloyu kamuoyunun takdirine bırakıyoruz\" diye ekledi.";
        List<Analysis.Statement> found = direct(find(text, "Ayhan Karabulut"));
        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("Ayhan Karabulut", "Ayhan Karabulut");
    }

    @Test
    void passesOverNamesInObjectCases() {
        String text = "Başkan Derya Yıldız, Vali Murat Karaca'ya ve Bakan Selin Ak'a teşekkür ederek, "
                + "\"Desteğiniz için hepinize ayrı ayrı minnettarız\" dedi.";
        Analysis.Statement s = direct(find(text, "Derya Yıldız", "Murat Karaca", "Selin Ak")).get(0);
        assertThat(s.speaker().name()).isEqualTo("Derya Yıldız");
    }

    @Test
    void passesOverGroupsInTheDativeWrittenWithoutApostrophe() {
        String text = "Bakan Derya Yıldız tatbikata katılan kaymakamlara, Cumhuriyet Savcılıklarına ve İl Afet "
                + "Müdürlüklerine teşekkür etti. “Bu emek hepimizindir ve çalışma sürecek” dedi.";
        Analysis.Statement s = direct(find(text, "Derya Yıldız")).get(0);
        assertThat(s.speaker().name()).isEqualTo("Derya Yıldız");
    }

    @Test
    void readsCaseOfCoordinatedNamesFromTheLastOne() {
        String text = "Sözcü Kaan Er, Başkan Oya Tan ve Başkan Ece Su'ya yapılan çağrıyı hatırlatarak, "
                + "\"Bu konuda söylenecek her şeyi söyledik\" ifadelerini kullandı.";
        Analysis.Statement s = direct(find(text, "Kaan Er", "Oya Tan", "Ece Su")).get(0);
        assertThat(s.speaker().name()).isEqualTo("Kaan Er");
    }

    @Test
    void takesSpeakerAfterParticipleCue() {
        String text = "'Bu yıl su sorununu kökten çözeceğiz' diyen Başkan Derya Yıldız, yeni barajın temelini attı.";
        Analysis.Statement s = direct(find(text, "Derya Yıldız")).get(0);
        assertThat(s.speaker().name()).isEqualTo("Derya Yıldız");
        assertThat(s.cue()).isEqualTo("diyen");
    }

    @Test
    void carriesDroppedSubjectToNextQuote() {
        String text = "Başkan Derya Yıldız, kent meydanında vatandaşlarla buluştu.\n\n"
                + "\"Meydanı gelecek yaz yeniden düzenleyeceğiz\" diye konuştu.";
        Analysis.Statement s = direct(find(text, "Derya Yıldız")).get(0);
        assertThat(s.speaker().name()).isEqualTo("Derya Yıldız");
    }

    @Test
    void takesInstitutionAsSpeaker() {
        String text = "İl Sağlık Müdürlüğü'nden yapılan açıklamada şu ifadelere yer verildi:\n\n"
                + "\"Hastanelerimizde randevu sistemi yarından itibaren yenileniyor.\"";
        Analysis.Statement s = direct(find(text)).get(0);
        assertThat(s.speaker()).isEqualTo(new Analysis.Speaker(null, "İl Sağlık Müdürlüğü"));
    }

    @Test
    void takesNonOfficialPersonNearTheCue() {
        String text = "Pazarda konuştuğumuz vatandaş Ahmet Yılmaz, \"Fiyatlar her hafta biraz daha artıyor\" dedi.";
        Analysis.Statement s = direct(find(text)).get(0);
        assertThat(s.speaker()).isEqualTo(new Analysis.Speaker(null, "Ahmet Yılmaz"));
    }

    @Test
    void resolvesASurnameToThePersonThePeopleLayerFoundEarlier() {
        String text = "Törene emekli öğretmen Hülya Karaca da katıldı.\n\n"
                + "Karaca, \"Bu okul hepimizin ortak hatırası\" dedi.";
        Analysis.Statement s = direct(find(text)).get(0);
        assertThat(s.speaker()).isEqualTo(new Analysis.Speaker(null, "Hülya Karaca"));
    }

    @Test
    void readsANameAfterATitleThoughTheGivenNameIsNotRegistered() {
        String text = "Gazeteci Zerdüşt Akalın, \"Basın özgürlüğü hepimizin meselesi\" dedi.";
        assertThat(direct(find(text)).get(0).speaker()).isEqualTo(new Analysis.Speaker(null, "Zerdüşt Akalın"));
    }

    @Test
    void takesTheSubjectNotItsCompanyAsTheSpeakerOfTheNextQuote() {
        String text = "İl Başkanı Derya Güneş, Başkan Aydın Koral ve Başkan Elif Sarp ile bir araya geldi.\n\n"
                + "\"Her ilçemize aynı özeni göstereceğiz, kimseyi geride bırakmayacağız\" dedi.";
        Analysis.Statement s = direct(find(text, "Derya Güneş", "Aydın Koral", "Elif Sarp")).get(0);
        assertThat(s.speaker().name()).isEqualTo("Derya Güneş");
    }

    @Test
    void givesNoSpeakerWhereTheTextNamesNone() {
        String text = "Kentte yeni dönem başladı.\n\n\"Yollar bu yıl mutlaka yapılmalı\" diye bağırıldı.";
        assertThat(direct(find(text)).get(0).speaker()).isNull();
    }

    @Test
    void takesSpeakerNamedAfterTheQuote() {
        String text = "Kent meydanı yeniden açıldı.\n\n\"Bu meydan artık çocuklarımızın oyun alanı olacak\" "
                + "sözleriyle konuşmasına başlayan Başkan Derya Yıldız, emeği geçenlere teşekkür etti.";
        Analysis.Statement s = direct(find(text, "Derya Yıldız")).get(0);
        assertThat(s.speaker().name()).isEqualTo("Derya Yıldız");
    }

    @Test
    void namesUnknownSpeakerBySurnameSetOffAsSubject() {
        String text = "Meclis oturumunda bütçe görüşüldü.\n\n"
                + "Karataş, \"Bu bütçe halkın değil, rantın bütçesidir\" dedi.";
        Analysis.Statement s = direct(find(text)).get(0);
        assertThat(s.speaker()).isEqualTo(new Analysis.Speaker(null, "Karataş"));
    }

    @Test
    void aLongWordInTheLocativeSetOffAtTheStartIsTheSettingNotASurname() {
        String text = "Meclis oturumunda bütçe görüşüldü.\n\n"
                + "Görüşmede, \"Bu bütçe halkın değil, rantın bütçesidir\" dedi.";
        Analysis.Statement s = direct(find(text)).get(0);
        assertThat(s.speaker()).isNull();
    }

    @Test
    void aNameInTheGenitiveOwnsTheEventReactedToNotTheReaction() {
        String text = "Gerze Belediye Başkanı Kemal Tuna tutuklandı. Sinop Valisi Oya Er, Kemal Tuna’nın "
                + "tutuklanmasına tepki göstererek, \"Bu karar ilçemizde büyük bir üzüntü yarattı\" dedi.";
        Analysis.Statement s = direct(find(text)).get(0);
        assertThat(s.speaker().name()).isEqualTo("Oya Er");
    }

    @Test
    void aHeadingOfATitleWordAndInflectedNounsNamesNoSpeaker() {
        String text = "Vekiller eylem yaptı.\n\nMECLİS KORİDORUNDA KAYYUM TEPKİSİ\n\n"
                + "Eylem yapan milletvekilleri, \"Zamlar geri alınsın, halk ezilmesin\" sloganları attı.";
        Analysis.Statement s = direct(find(text)).get(0);
        assertThat(s.speaker()).isNull();
    }

    @Test
    void readsCaseOfBodyNameWrittenWithoutApostrophe() {
        String text = "Genel Başkan Ümit Kara salonda yaptığı açıklamada, Yıldız Partisinin yükselişte olduğunu "
                + "belirterek şunları kaydetti:\n\n\"Sahada her gün daha fazla insana dokunuyoruz.\"";
        Analysis.Statement s = direct(find(text)).get(0);
        assertThat(s.speaker()).isEqualTo(new Analysis.Speaker(null, "Ümit Kara"));
    }

    @Test
    void doesNotTakeSentenceAdverbForSurname() {
        String text = "Başkan Derya Yıldız, kent meydanında vatandaşlarla buluştu.\n\n"
                + "Ayrıca, \"Meydanı gelecek yaz yeniden düzenleyeceğiz\" dedi.";
        Analysis.Statement s = direct(find(text, "Derya Yıldız")).get(0);
        assertThat(s.speaker().name()).isEqualTo("Derya Yıldız");
    }

    @Test
    void passesOverAnOfficialWhoseWordsAreAnswered() {
        String text = "Vekil Tuna Er da Başkan Selin Ak'ın sözleri üzerine, \"Bu konuyu burada tartışmayalım arkadaşlar\" dedi.";
        Analysis.Statement s = direct(find(text, "Selin Ak")).get(0);
        assertThat(s.speaker().name()).isEqualTo("Tuna Er");
    }

    @Test
    void passesOverANameInCompany() {
        String text = "Demir, Genel Başkan Yardımcısı Selin Ak ile görüşerek, \"Görevimi bugün bırakıyorum sevgili dostlar\" dedi.";
        Analysis.Statement s = direct(find(text, "Kemal Demir", "Selin Ak")).get(0);
        assertThat(s.speaker().name()).isEqualTo("Kemal Demir");
    }

    @Test
    void readsAStatementNounAtTheStartOfASentenceAsNoSpeaker() {
        String text = "Vali Kemal Demir bir açıklama yaptı. Açıklamada, \"Hasar gören binalarda inceleme sürüyor\" ifadeleri kullanıldı.";
        Analysis.Statement s = direct(find(text, "Kemal Demir")).get(0);
        assertThat(speakerName(s)).isNotEqualTo("Açıklamada");
    }

    @Test
    void takesTheHeadOfASpeechParticipleBeforeTheQuoteOverNamesInsideItsClause() {
        String text = "Toplantıya Genel Başkan Yardımcısı Ali Kurt ve Milletvekili Oya Er'in katılacağını açıklayan "
                + "Karamehmetoğlu, \"Programın tamamı önümüzdeki hafta kamuoyuyla paylaşılacak\" ifadelerini kullandı.";
        Analysis.Statement s = direct(find(text, "Ali Kurt", "Oya Er")).get(0);
        assertThat(s.speaker().name()).isEqualTo("Karamehmetoğlu");
    }

    @Test
    void takesNoInflectedCommonNounBeforeAQuoteForABareSurname() {
        String text = "Başkan Kemal Demir kente geldi.\n\nAmaçlarının, \"belediyeleri yeniden kazanmak ve kentlere "
                + "gerçek hizmeti getirmek\" olduğunu dile getiren Demir yeni projeleri anlattı.";
        assertThat(direct(find(text, "Kemal Demir")).get(0).speaker().name()).isEqualTo("Kemal Demir");
    }

    @Test
    void takesASubjectWhoseNameIsFollowedByAPlaceInACaseWithoutAComma() {
        String text = "DSP Sinop Milletvekili Oya Kaptanoğlu TBMM'de yaptığı konuşmada, \"Kentimizde yüzlerce aile "
                + "hâlâ çadırda yaşıyor\" dedi.\n\nDSP Sinop Milletvekilleri Ali Er ve Cem Bal de oradaydı.\n\n"
                + "DSP'li Kaptanoğlu Sinop'taki konut sorununu şu sözlerle anlattı:\n\n"
                + "\"Kış geliyor ve kimse bu ailelere bir çözüm önermiyor.\"";
        assertThat(speakerNames(quotesOfWholeAnalysis(text)))
                .containsExactly("Oya Kaptanoğlu", "Oya Kaptanoğlu");
    }

    @Test
    void givesAQuoteBeforeDiyenToTheHolderOfAnOfficeInLowerCaseAfterIt() {
        String text = "Gerze'de parti yönetimi istifa etti.\n\n\"Teşkilatımızın verimli çalışamayacağı kanısına "
                + "varılmıştır\" diyen ilçe başkanı Kemal Sezer, yönetimle birlikte görevi bıraktıklarını duyurdu.";
        assertThat(speakerNames(quotesOfWholeAnalysis(text))).containsExactly("Kemal Sezer");
    }

    @Test
    void takesNoGenitiveWhoseWordsAreTheObjectInTheAccusativeForTheSpeaker() {
        String text = "Belediye Başkanı Oya Er ile eski başkan yardımcısı Kemal Sezer arasında tartışma çıktı. Er, "
                + "Kemal Sezer'in açıklamalarını \"asılsız\" olarak nitelendirerek, \"Bu sözlerle gündemi meşgul "
                + "edeceğine hangi işi yaptığını göstersin\" dedi. Kemal Sezer'in açıklamasında, \"Kasayı dolu "
                + "bıraktık ve bütün borçları ödedik\" denildi.";
        assertThat(speakerNames(quotesOfWholeAnalysis(text))).containsExactly("Oya Er", "Kemal Sezer");
    }

    @Test
    void takesNoNameAPostpositionFollowsForTheSpeaker() {
        String text = "Kemal Sezer miting yaptı.\n\nSinop Devlet Hastanesi hakkında sarf ettiği \"Beş yıldır bir çukur "
                + "ve tabela var\" sözleri gündem oldu. Sezer bunu Sinop mitinginde söyledi.";
        assertThat(speakerNames(quotesOfWholeAnalysis(text))).containsExactly("Kemal Sezer");
    }

    @Test
    void givesAHeadlinesWordsToTheNameInTheAblativeBeforeWhatItSent() {
        String text = "Sinop Valisi Kemal Sezer ve Gerze Belediye Başkanı Oya Er toplantı yaptı.\n\nSezer’den 3 Aralık "
                + "Dünya Engelliler Günü mesajı: \"Bütün kamu binaları engelsiz hale getirilecek\"\n\nBaşkan Er’den "
                + "çiftçilere müjde: \"Hasar gören bütün tarlalar için destek ödemesi yapılacak\"";
        assertThat(speakerNames(quotesOfWholeAnalysis(text))).containsExactly("Kemal Sezer", "Oya Er");
    }

    @Test
    void aRelativeNamedInFullIsNotTheOfficialOfHerSurname() {
        String text = "Eski Vali Kemal Sezer vefatının yıl dönümünde anıldı. Törene kızı Nur Sezer ve Gerze Belediye "
                + "Başkanı Oya Er katıldı.\n\nTörende konuşan Nur Sezer, \"Babamı unutmayan herkese teşekkür ederim\" dedi.";
        assertThat(speakerNames(quotesOfWholeAnalysis(text))).containsExactly("Nur Sezer");
    }

    @Test
    void wordsNamedAsAStatementSomeoneMadeAreTheGenitivesAfterItsParticiple() {
        String text = "Gerze Belediye Başkanı Oya Er toplantı yaptı.\n\nVali Kemal Sezer'in geçen hafta yaptığı "
                + "\"Borçlarınızı hemen ödeyin, yoksa hesaplarınıza haciz gelir\" açıklamasıyla başlayan tartışma sürüyor. "
                + "Er şunları söyledi: \"Hiçbir borcumuz yok, hepsini zamanında ödedik.\"";
        assertThat(speakerNames(quotesOfWholeAnalysis(text))).containsExactly("Kemal Sezer", "Oya Er");
    }

    private static List<String> speakerNames(List<Analysis.Statement> statements) {
        return statements.stream().map(SpeakerResolverTest::speakerName).toList();
    }

    private static String speakerName(Analysis.Statement statement) {
        return statement.speaker() == null ? null : statement.speaker().name();
    }

    /** The direct statements of the whole extractor's analysis: the officials' titles are what these rules read. */
    private static List<Analysis.Statement> quotesOfWholeAnalysis(String text) {
        return direct(dev.beyan.extract.SharedExtractor.get().analyze(text).statements());
    }

    @Test
    void theSubjectOfAnIntroBeforeAQuoteOnItsOwnLineSpeaksNotTheOneWhoseWordsItAnswers() {
        List<Analysis.Statement> found = SharedExtractor.get().analyze("DSP Genel Başkanı Kemal Sezer, Vali Oya Er'in, "
                + "\"Yollar yapıldı. Köyler memnun\" şeklindeki sözlerine ilişkin şunları söyledi:\n\n\"Yollar yapılmadı, "
                + "köylüler hâlâ bekliyor, bunu herkes biliyor.\"").statements();
        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("Oya Er", "Kemal Sezer");
    }

    @Test
    void wordsQuotedAsWhatAStatementIsAboutAreItsOwners() {
        List<Analysis.Statement> found = SharedExtractor.get().analyze("DSP Genel Başkanı Kemal Sezer, Vali Oya Er'in "
                + "bir programda \"kentte hiç su kesintisi yaşanmadığına\" yönelik ifadelerini eleştirdi.").statements();
        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("Oya Er");
    }

    @Test
    void aPartyLeaderGoingOnWithHisWordsIsTheChair() {
        List<Analysis.Statement> found = SharedExtractor.get().analyze("DSP Genel Başkanı Kemal Sezer konuştu.\n\n"
                + "DSP lideri sözlerini şöyle sürdürdü: \"Köy yollarının hepsi bu yıl bitecek, söz veriyoruz.\"")
                .statements();
        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("Kemal Sezer");
    }

    @Test
    void givesABodyCalledByItsBareNounTheFullNameTheTextGaveItBefore() {
        String text = "Sinop Valiliği olayla ilgili soruşturma başlattı. Valilikten yapılan açıklamada, \"Bayrağımızın "
                + "üzerine reklam basılması kabul edilemez bir durumdur\" denildi.";
        assertThat(quotesOfWholeAnalysis(text)).extracting(s -> s.speaker().name()).containsExactly("Sinop Valiliği");
        String alone = "Valilikten yapılan açıklamada, \"Bayrağımızın üzerine reklam basılması kabul edilemez\" denildi.";
        assertThat(quotesOfWholeAnalysis(alone)).extracting(s -> s.speaker().name()).containsExactly("Valilik");
    }

    @Test
    void givesAHeadlinesWordsToTheNameInTheAblativeBeforeAnAddresseeAndAColon() {
        String text = "Başkan Tuna'dan Milletvekili Kaya'ya: “Kendisi için büyük bir utanç vesilesidir”\n\n"
                + "Sinop Belediye Başkanı Kemal Tuna, Milletvekili Oya Kaya'ya tepki gösterdi.";
        assertThat(quotesOfWholeAnalysis(text)).extracting(s -> s.speaker().name()).containsExactly("Kemal Tuna");
    }

    @Test
    void givesAnIntroWithoutASubjectToTheGenitiveThatMadeTheStatement() {
        String text = "Meclis Üyesi Ali Kurt, Bakan Oya Demir'e teşekkür etti. Kurt, \"Bakanımızın açıklamaları çok "
                + "değerlidir ve yol göstericidir\" dedi.\n\nDemir'in dün Sinop'ta yaptığı açıklamada şunları söyledi:"
                + "\n\n\"Sinop Havalimanı kapanmayacak, aksine büyüyecek ve gelişecektir.\"";
        assertThat(quotesOfWholeAnalysis(text)).extracting(s -> s.speaker().name())
                .containsExactly("Ali Kurt", "Oya Demir");
    }

    @Test
    void givesWordsToTheGenitiveAcrossAFewWordsInLowerCase() {
        String text = "Milletvekili Ali Kurt, Genel Başkan Oya Demir'in geçmişte \"Sosyal medya bu ülkenin tek nefes "
                + "borusudur\" sözlerini hatırlattı.";
        assertThat(quotesOfWholeAnalysis(text)).extracting(s -> s.speaker().name()).containsExactly("Oya Demir");
        // the genitive's own words in the dative end its phrase: the answer is the subject's
        String answer = "Genel Başkan Ali Kurt, Oya Demir'in ittifakla ilgili sözlerine \"Herkes kendi yolundan "
                + "gidecek artık\" sözleriyle yanıt verdi.";
        assertThat(quotesOfWholeAnalysis(answer)).extracting(s -> s.speaker().name()).containsExactly("Ali Kurt");
    }

    @Test
    void givesAHeadlinesQuoteToTheNameInTheAblativeBeforeItWhenANounOfReactionFollows() {
        String text = "Bakan vaadini açıkladı. CHP'li Ali Kurt'tan 'Gençlerin aklıyla sakın alay etmeyin' tepkisi\n\n"
                + "CHP Grup Başkanvekili Ali Kurt, açıklamaya tepki gösterdi.";
        assertThat(quotesOfWholeAnalysis(text)).extracting(s -> s.speaker().name()).containsExactly("Ali Kurt");
    }

    @Test
    void givesAPlatformCalledByItsBareNounTheFullNameTheTextGaveItBefore() {
        String text = "Mağdur Öğretmenler Platformu üyeleri bakanlık önünde toplandı.\n\nPlatform tarafından yapılan "
                + "açıklamada, \"Aylardır kapınızdayız ama bizi dinlemediniz\" denildi.";
        assertThat(quotesOfWholeAnalysis(text)).extracting(s -> s.speaker().name())
                .containsExactly("Mağdur Öğretmenler Platformu");
    }

    @Test
    void takesNoBareNameBetweenCasedItemsOfACommaListForTheSubject() {
        String text = "Başkan Ali Demir yeni bir açıklama yaptı. Sorunun çözümü için Vali Hasan Kaya'ya, "
                + "Milletvekilleri Veli Yurt, Cem Sarı ve Can Koç'a çağrıda bulundu ve \"Bu işin sonu mutlaka "
                + "gelmeli artık\" dedi.";
        assertThat(quotesOfWholeAnalysis(text)).extracting(s -> s.speaker().name()).containsExactly("Ali Demir");
        // no cased item after it: the name after the addressee is the subject
        String subject = "Köprünün açılışında Vali Hasan Kaya'ya, Başkan Veli Yurt \"Bu köprü ilçemize çok "
                + "yakıştı\" diyerek teşekkür etti.";
        assertThat(quotesOfWholeAnalysis(subject)).extracting(s -> s.speaker().name()).containsExactly("Veli Yurt");
    }
}
