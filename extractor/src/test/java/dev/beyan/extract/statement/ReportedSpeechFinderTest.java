package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.beyan.extract.statement.Fixtures.find;
import static dev.beyan.extract.statement.Fixtures.indirect;
import static dev.beyan.extract.statement.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

class ReportedSpeechFinderTest {

    @Test
    void findsIndirectClauseBeforeParticiple() {
        String text = "Ekonomik sıkıntıların her geçen gün arttığını belirten Başkan Kemal Demir, "
                + "yeni yatırımların yolda olduğunu söyledi.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(texts(found)).containsExactly("Ekonomik sıkıntıların her geçen gün arttığını",
                "yeni yatırımların yolda olduğunu");
        assertThat(found).extracting(Analysis.Statement::cue).containsExactly("belirten", "söyledi");
        assertThat(found).allSatisfy(s -> assertThat(s.speaker().name()).isEqualTo("Kemal Demir"));
    }

    @Test
    void keepsATimeOfDayInsideTheClause() {
        String text = "Başkan Kemal Demir, suyun saat 16:00’dan sonra verileceğini söyledi. Demir, başvuruların "
                + "24:00’e kadar alınacağını belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "suyun saat 16:00’dan sonra verileceğini", "başvuruların 24:00’e kadar alınacağını");
    }

    @Test
    void keepsACompoundNameInTheGenitiveBeforeAParticleInsideTheClause() {
        String text = "Başkan Kemal Demir, Kent Konseyi Toplantısının ise gelecek hafta yapılacağını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("Kent Konseyi Toplantısının ise gelecek hafta yapılacağını");
    }

    @Test
    void keepsAParticipleOfASpeechVerbWithAPlainObjectInsideTheClause() {
        List<Analysis.Statement> found = SharedExtractor.get().analyze("DSP açıklama yaptı. Açıklamada, DSP'nin "
                + "tehlikelere karşı duran, Atatürk çizgisini savunan bir parti olduğu ifade edildi.").statements();
        assertThat(found).extracting(Analysis.Statement::text).containsExactly(
                "DSP'nin tehlikelere karşı duran, Atatürk çizgisini savunan bir parti olduğu");
    }

    @Test
    void keepsANameWhoseTermTheClauseNamesInsideIt() {
        List<Analysis.Statement> found = SharedExtractor.get().analyze("Vekil Ali Er, eski Vali Oya Tan döneminde "
                + "sorunların büyüdüğünü söyledi.").statements();
        assertThat(found).extracting(Analysis.Statement::text)
                .containsExactly("eski Vali Oya Tan döneminde sorunların büyüdüğünü");
    }

    @Test
    void endsTheClauseAtAParticiplesHeadNamedAfterAHyphenatedBody() {
        List<Analysis.Statement> found = SharedExtractor.get().analyze("Okulun yıkılmasına tepki gösteren Eğitim-Sen "
                + "Sinop Şube Başkanı Cem Bal velilere sorulmadan okulun kapatıldığını söyledi.").statements();
        assertThat(found).extracting(Analysis.Statement::text)
                .containsExactly("velilere sorulmadan okulun kapatıldığını");
        assertThat(found.get(0).speaker().name()).isEqualTo("Cem Bal");
    }

    @Test
    void takesAPublicBodyOpeningTheSentenceWithoutACommaForTheSubject() {
        List<Analysis.Statement> found = SharedExtractor.get().analyze("Vekil Cem Bal soru önergesi verdi. Sağlık "
                + "Bakanlığı ilçeye yeni hastane yapılacağını açıklasa da inşaat başlamadı. Sinop Valiliği önünde "
                + "toplandıklarını söylediler. DSİ Genel Müdürlüğü olarak baraj yaptıklarını belirttiler.").statements();
        assertThat(found).extracting(Analysis.Statement::text).containsExactly("ilçeye yeni hastane yapılacağını",
                "Sinop Valiliği önünde toplandıklarını", "DSİ Genel Müdürlüğü olarak baraj yaptıklarını");
        assertThat(found.get(0).speaker().name()).isEqualTo("Sağlık Bakanlığı");
    }

    @Test
    void leavesRaisingAMatterOutOfTheClause() {
        String text = "Vekil Kemal Demir, köylerin sorunlarını gündeme getirerek yollara yatırım yapılması gerektiğini "
                + "söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("yollara yatırım yapılması gerektiğini");
    }

    @Test
    void givesNoSpeakerToOfficialsInThePluralOpeningTheSentence() {
        List<Analysis.Statement> found = SharedExtractor.get().analyze("Vali Murat Kaya törene katıldı. Meclis üyeleri, "
                + "yaptıkları açıklamada kararın yanlış olduğunu belirtti.").statements();
        assertThat(found).extracting(Analysis.Statement::text).containsExactly("kararın yanlış olduğunu");
        assertThat(found.get(0).speaker()).isNull();
    }

    @Test
    void leavesTheOneARequestIsMadeOfOutOfTheClause() {
        String text = "Vali Kemal Demir, Genel Sekreter Ömer Tan'dan çalışmaların hızlandırılmasını istedi. Demir, "
                + "Sinop'tan gelen ekiplerin bölgeye gönderilmesini istedi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("çalışmaların hızlandırılmasını",
                "Sinop'tan gelen ekiplerin bölgeye gönderilmesini");
    }

    @Test
    void endsAClauseQuotedUpToItsLastWordAfterTheClosingMark() {
        String text = "Başkan Kemal Demir, partisinin Sinop teşkilatının \"emanetine sımsıkı sarıldığını\" söyledi. "
                + "Demir, köylülerin \"haklı\" olduğunu belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "partisinin Sinop teşkilatının \"emanetine sımsıkı sarıldığını\"", "köylülerin \"haklı\" olduğunu");
    }

    @Test
    void readsNoNounInTheAblativeAsAParticipleHeadingTheSubject() {
        String text = "Başkan Kemal Demir, yılbaşından beri suya yapılan zamdan vatandaş rahatsız olduğunu söyledi. "
                + "Toplantıdan erken ayrılan vatandaşlar suyun pahalı olduğunu söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "yılbaşından beri suya yapılan zamdan vatandaş rahatsız olduğunu", "suyun pahalı olduğunu");
    }

    @Test
    void leavesAnIndefiniteSubjectOpeningTheSentenceOutsideTheClause() {
        List<Analysis.Statement> found = SharedExtractor.get().analyze("Vali Murat Kaya okulu gezdi. Bir veli, okulun "
                + "kapatıldığını söyledi.").statements();
        assertThat(found).extracting(Analysis.Statement::text).containsExactly("okulun kapatıldığını");
        assertThat(found.get(0).speaker()).isNull();
    }

    @Test
    void startsTheClauseAfterTheConverbOfSpeakingThatFramesIt() {
        String text = "Milletvekili Kemal Demir, Genel Kurul'da konuşarak, yasanın geri çekilmesi gerektiğini söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("yasanın geri çekilmesi gerektiğini");
    }

    @Test
    void startsTheClauseAfterAGiftHandedOverAtTheCeremony() {
        String text = "Başkan Kemal Demir, muhtarlara birer plaket vererek, yeni dönemde de birlikte çalışacaklarını "
                + "söyledi. Vali Ali Tuna, Kaymakam Oya Er'e çiçek sunarak, ilçenin önemli bir görev üstlendiğini "
                + "belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir", "Ali Tuna", "Oya Er"))))
                .containsExactly("yeni dönemde de birlikte çalışacaklarını", "ilçenin önemli bir görev üstlendiğini");
    }

    @Test
    void keepsAnotherConverbBeforeACommaInsideTheClause() {
        String text = "Meclis üyeleri Kemal Demir ve Ali Tuna, partiden istifa ederek, bağımsız olarak çalışacaklarını "
                + "duyurdu.";
        assertThat(texts(indirect(find(text, "Kemal Demir", "Ali Tuna"))))
                .containsExactly("partiden istifa ederek, bağımsız olarak çalışacaklarını");
    }

    @Test
    void keepsACommonNounInTheGenitiveOpeningTheSentenceInsideTheClause() {
        String text = "Başkan Kemal Demir yazılı açıklama yaptı. Vatandaşın da bu duruma sevindiğini kaydeden Demir, "
                + "çalışmaların süreceğini söyledi. Köylüler de yolun yapılmasını istediklerini belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "Vatandaşın da bu duruma sevindiğini", "çalışmaların süreceğini", "yolun yapılmasını istediklerini");
    }

    @Test
    void keepsTheNamesOfABastaOlmakUzereListInsideTheClause() {
        String text = "Başkan Kemal Demir, yasa hakkında başta Genel Başkan Ali Tuna, Başkan Oya Er olmak üzere "
                + "belediye başkanlarıyla birlikte ortak bir tutum aldıklarını hatırlattı.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir", "Ali Tuna", "Oya Er"));
        assertThat(texts(found)).containsExactly("yasa hakkında başta Genel Başkan Ali Tuna, Başkan Oya Er olmak "
                + "üzere belediye başkanlarıyla birlikte ortak bir tutum aldıklarını");
        assertThat(found.get(0).speaker().name()).isEqualTo("Kemal Demir");
    }

    @Test
    void takesAProblemBeforeIleIntoTheClauseThoughItStartsLikeAQuestion() {
        String text = "Başkan Selim Oral, göçmenlerin, esnafı birçok sorun ile karşı karşıya bıraktıklarını söyledi.";
        assertThat(texts(indirect(find(text)))).containsExactly(
                "göçmenlerin, esnafı birçok sorun ile karşı karşıya bıraktıklarını");
    }

    @Test
    void startsTheClauseAfterAMeetingNamedByItsTopicButNotAfterAnothersReport() {
        assertThat(texts(indirect(find("Üye Selim Oral, bütçenin görüşüldüğü meclis toplantısında, yolun sahile "
                + "zarar vereceğini söyledi.")))).containsExactly("yolun sahile zarar vereceğini");
        assertThat(texts(indirect(find("Üye Selim Oral, valiliğin yayımladığı raporda yolun sahile zarar vereceğini "
                + "söyledi.")))).containsExactly("valiliğin yayımladığı raporda yolun sahile zarar vereceğini");
    }

    @Test
    void keepsAnOfficialWhoHeadsABastaListInsideTheClause() {
        assertThat(texts(indirect(find("Genel Başkan Selim Oral, Sinop'ta Belediye Başkanı Oya Tan başta olmak üzere "
                + "belediye başkanlarının yatırım yaptıklarını söyledi.", "Selim Oral", "Oya Tan")))).containsExactly(
                "Sinop'ta Belediye Başkanı Oya Tan başta olmak üzere belediye başkanlarının yatırım yaptıklarını");
    }

    @Test
    void startsTheClauseAfterTheAccountItWasPostedFromButNotAfterABankAccount() {
        assertThat(texts(indirect(find("Başkan Selim Oral, sosyal medya hesabından belediyenin borcunun kalmadığını "
                + "duyurdu.")))).containsExactly("belediyenin borcunun kalmadığını");
        assertThat(texts(indirect(find("Başkan Selim Oral, belediyenin hesabından para çekildiğini açıkladı."))))
                .containsExactly("belediyenin hesabından para çekildiğini");
    }

    @Test
    void startsTheClauseAfterAYaniSiraFrame() {
        String text = "Teklife karşı çıkan muhalefetin yanı sıra, teklifte bir aykırılık olmadığı gerekçesiyle "
                + "görüşmelerin başlayacağı ifade edildi.";
        assertThat(texts(indirect(find(text)))).containsExactly(
                "teklifte bir aykırılık olmadığı gerekçesiyle görüşmelerin başlayacağı");
    }

    @Test
    void readsThePassiveOfAVerbThatGovernsTheDativeAndGivesItToTheDocumentsSignatory() {
        String text = "Vali Kemal Demir imzasıyla yayımlanan genelgede, toplama işlerinin kamu düzeni için zorunlu "
                + "olduğuna vurgu yapıldı.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(texts(found)).containsExactly("toplama işlerinin kamu düzeni için zorunlu olduğuna");
        assertThat(found.get(0).speaker().name()).isEqualTo("Kemal Demir");
    }

    @Test
    void givesAPassiveReportToWhoeverGaveTheInformation() {
        String text = "Başkan Kemal Demir'in verdiği bilgilere göre, merkezin yıllık maliyetinin 150 milyon lirayı "
                + "bulacağı ifade edildi.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(found.get(0).speaker().name()).isEqualTo("Kemal Demir");
    }

    @Test
    void keepsAParticiplesHeadFollowedByIleInsideTheClause() {
        String text = "Bakan Kemal Demir, geçen hafta tepki gösteren Vali Oya Er ile de toplantı yaptıklarını belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir", "Oya Er"))))
                .containsExactly("geçen hafta tepki gösteren Vali Oya Er ile de toplantı yaptıklarını");
    }

    @Test
    void givesTheNameOpeningTheSentenceTheReportWhoseSubjectIsAListInTheGenitive() {
        String text = "İl Başkanı Kemal Demir, Genel Başkan Yardımcısı Oya Er ve Kurul Üyesi Ali Tuna'nın pazartesi "
                + "Sinop'ta olacağını bildirdi.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir", "Oya Er", "Ali Tuna"));
        assertThat(texts(found)).containsExactly(
                "Genel Başkan Yardımcısı Oya Er ve Kurul Üyesi Ali Tuna'nın pazartesi Sinop'ta olacağını");
        assertThat(found.get(0).speaker().name()).isEqualTo("Kemal Demir");
    }

    @Test
    void keepsATitledNameThatLeadsTheNounAfterItInsideTheClause() {
        String text = "İl Başkanı Kemal Demir, Genel Başkan Oya Er öncülüğünde şeffaf bir yönetim anlayışı "
                + "benimsediklerini söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir", "Oya Er")))).containsExactly(
                "Genel Başkan Oya Er öncülüğünde şeffaf bir yönetim anlayışı benimsediklerini");
    }

    @Test
    void readsABillAndItsJustificationAsTheFramesOfTheirAuthorsWords() {
        String text = "Milletvekili Kemal Demir kanun teklifi verdi. Teklifte, \"Sinop'un bütün ilçeleri afet bölgesi "
                + "ilan edilmelidir\" deniliyor. Demir, teklif gerekçesinde ilçelerde sel yaşandığını belirtti.";
        List<Analysis.Statement> found = find(text, "Kemal Demir");
        assertThat(found).extracting(s -> s.speaker() == null ? null : s.speaker().name())
                .containsOnly("Kemal Demir");
        assertThat(texts(indirect(found))).containsExactly("ilçelerde sel yaşandığını");
    }

    @Test
    void readsBirArayaAndAListOfPeopleAfterAClauseAsNoIndefiniteSubject() {
        String text = "Başkan Kemal Demir, vatandaşlarla bir araya geldiklerini, genç, yaşlı, kadın, erkek herkesin "
                + "taleplerini dinlediklerini ifade etti.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(texts(found)).containsExactly("vatandaşlarla bir araya geldiklerini, genç, yaşlı, kadın, erkek "
                + "herkesin taleplerini dinlediklerini");
        assertThat(found.get(0).speaker().name()).isEqualTo("Kemal Demir");
    }

    @Test
    void leavesASentencesOpeningConnectiveOutOfTheClause() {
        String text = "Başkan Kemal Demir açıklama yaptı. Buna karşılık büyükşehrin suya zam yapmasına anlam "
                + "veremediklerini ifade eden Demir, tepki gösterdi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("büyükşehrin suya zam yapmasına anlam veremediklerini");
    }

    @Test
    void endsTheClauseAtAStatementInTheInstrumentalAfterAConsonant() {
        String text = "Başkan Kemal Demir, dün sosyal medya hesabından yaptığı paylaşımla partisinden istifa ettiğini "
                + "duyurdu.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("partisinden istifa ettiğini");
    }

    @Test
    void leavesTheAddresseesSetOffByCommasOutOfTheClause() {
        String text = "Vali Kemal Demir, gazetecilere, yağmurun bir hafta aralıksız yağdığını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("yağmurun bir hafta aralıksız yağdığını");
    }

    @Test
    void leavesAnOutletsReporterSetOffByCommasOutOfTheClause() {
        String text = "Müdür Kemal Demir, AA muhabirine, kuyulardaki suyun geçen yıla göre azaldığını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("kuyulardaki suyun geçen yıla göre azaldığını");
    }

    @Test
    void readsAPluralOfficeWithoutItsOfficesWordsAsTheClausesObject() {
        String text = "Başkan Vekili Kemal Demir, belediye olarak muhtarları her zaman çözüm ortağı olarak "
                + "gördüklerini belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("belediye olarak muhtarları her zaman çözüm ortağı olarak gördüklerini");
    }

    @Test
    void splitsClausesAtConverbSpeechVerb() {
        String text = "Demir, seçim sonuçlarının beklentilerin üzerinde olduğunu vurgulayarak, "
                + "örgütün daha da güçleneceğini kaydetti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("seçim sonuçlarının beklentilerin üzerinde olduğunu", "örgütün daha da güçleneceğini");
    }

    @Test
    void startsTheClauseAfterASubjectThatFollowsAnAdverbialPostposition() {
        String text = "Tartışmanın uzaması üzerine Demir, bu koşullarda oturumu yönetemeyeceğini belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("bu koşullarda oturumu yönetemeyeceğini");
    }

    @Test
    void startsTheClauseAfterTheEventWhereTheSpeechWasMade() {
        String text = "Demir, Gerze meydanında düzenlenen mitingde, herkesin sesini duyurmak için orada olduklarını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("herkesin sesini duyurmak için orada olduklarını");
    }

    @Test
    void readsTheAoristConverbOfSaying() {
        String text = "Demir, belediyenin borcunun azaldığını ifade ederken, yeni projelerin yolda olduğunu söyledi.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(texts(found)).containsExactly("belediyenin borcunun azaldığını", "yeni projelerin yolda olduğunu");
        assertThat(found).extracting(Analysis.Statement::cue).containsExactly("ifade ederken", "söyledi");
    }

    @Test
    void readsTheConverbOfSayingWhen() {
        String text = "Demir, köprünün yıl sonunda açılacağını belirtince salonda alkış koptu. Başkan da "
                + "yolların genişletileceğini söyleyince muhtarlar teşekkür etti.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(texts(found)).containsExactly("köprünün yıl sonunda açılacağını", "yolların genişletileceğini");
        assertThat(found).extracting(Analysis.Statement::cue).containsExactly("belirtince", "söyleyince");
    }

    @Test
    void readsWordsSaidWithoutQuotationMarksBeforeAFormOfDemek() {
        String text = "Demir, köprü yıl sonunda hizmete açılacak diye konuştu. Her köye yeni okul yapacağız diyen "
                + "Demir, projeleri anlattı. Neden diye sordu.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(texts(found)).containsExactly("köprü yıl sonunda hizmete açılacak", "Her köye yeni okul yapacağız");
        assertThat(found).allSatisfy(s -> assertThat(s.speaker().name()).isEqualTo("Kemal Demir"));
    }

    @Test
    void readsWhatIsAskedForButNotAWishOrAnActCriticised() {
        String text = "Demir, yolların kış gelmeden onarılmasını istedi. Demir, yaralıların bir an önce sağlığına "
                + "kavuşmasını temenni etti. Demir, binanın polis tarafından kuşatılmasını eleştirdi. Demir, yeni "
                + "okulun ilçeye hayırlı olmasını diledi. Demir, herkese başarılar diledi. Demir, köylülerin yola "
                + "kavuşmasını dile getirdi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "yolların kış gelmeden onarılmasını", "köylülerin yola kavuşmasını");
    }

    @Test
    void aBodySetOffBeforeAParticipleWhoseSpeakerFollowsIsInsideTheClause() {
        String text = "Elektriği kesilen Gerze Sulama Birliği, köylere su veremediği için üreticinin zarar gördüğünü "
                + "ileri süren Milletvekili Oya Er, konuyu Meclise taşıdı. Vali Cem Bal, törene vekil olarak "
                + "katıldığını söyleyen Er ile görüştü.";
        assertThat(texts(indirect(find(text, "Oya Er", "Cem Bal")))).containsExactly(
                "Elektriği kesilen Gerze Sulama Birliği, köylere su veremediği için üreticinin zarar gördüğünü",
                "törene vekil olarak katıldığını");
    }

    @Test
    void anIndefinitePersonInTheGenitiveIsTheClausesOwnSubject() {
        String text = "Vekil Oya Er, Gerze'deki bir fabrikada işçilerin, haklarını alamadan işten çıkarıldıklarını "
                + "söyledi.";
        List<Analysis.Statement> found = indirect(find(text, "Oya Er"));
        assertThat(texts(found)).containsExactly(
                "Gerze'deki bir fabrikada işçilerin, haklarını alamadan işten çıkarıldıklarını");
        assertThat(found.get(0).speaker().name()).isEqualTo("Oya Er");
    }

    @Test
    void aConverbLeadingToAParticipleIsSaidByTheParticiplesHead() {
        String text = "Törende yeni yolun yıl sonunda biteceğini belirterek konuşan Vali Ali Kaya, törene katılanlara "
                + "teşekkür etti. Başkan Cem Bal, köprünün biteceğini belirterek kendisini ziyaret eden Vali Kaya'ya "
                + "teşekkür etti.";
        assertThat(indirect(find(text, "Ali Kaya", "Cem Bal"))).extracting(s -> s.speaker().name())
                .containsExactly("Ali Kaya", "Cem Bal");
    }

    @Test
    void theReportAccordingToWhichSomeoneSpeaksIsNotWhatTheySaid() {
        String text = "Vekil Oya Er, bir gazetede yer alan habere göre, belediyenin yeni yönetiminin köylülerin "
                + "taleplerini göz ardı ettiğini söyledi.";
        assertThat(texts(indirect(find(text, "Oya Er"))))
                .containsExactly("belediyenin yeni yönetiminin köylülerin taleplerini göz ardı ettiğini");
    }

    @Test
    void aRequestForAnAnswerReportsNothingSaid() {
        String text = "Demir, önergesinde Bakan Er'in aşağıdaki soruları yanıtlamasını istedi. Demir, köprünün "
                + "neden yapılmadığının cevaplandırılmasını talep etti. Demir, Bakan Er'in yazılı sorulara yanıt "
                + "vermesini istedi. Demir, köprünün yaz gelmeden yapılmasını istedi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("köprünün yaz gelmeden yapılmasını");
    }

    @Test
    void keepsAPluralSubjectInTheGenitiveAndAPostpositionInsideTheClause() {
        String text = "Demir yaptığı açıklamada şunu belirtti. Esnafların da zor günler geçirdiğini söyleyen Demir, "
                + "destek istedi. Demir, bütün uyarılara rağmen yetkililer hakkında karar verilmediğini vurguladı.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "Esnafların da zor günler geçirdiğini", "bütün uyarılara rağmen yetkililer hakkında karar verilmediğini");
    }

    @Test
    void keepsADocumentAnotherBodyMadeInsideTheClause() {
        String text = "Valiliğin hazırladığı raporda birçok hedefin tamamlandığını belirten Demir, teşekkür etti. "
                + "Demir, yaptığı açıklamada köprünün açılacağını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "Valiliğin hazırladığı raporda birçok hedefin tamamlandığını", "köprünün açılacağını");
    }

    @Test
    void readsAdmittingAndStartsAfterACharacterisingConverb() {
        String text = "Demir, bütçeyi “adaletsiz” olarak nitelendirerek belediyenin köyleri unuttuğunu söyledi. "
                + "Bakan ise hedefin gerisinde kalındığını kabul etti.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(texts(found)).containsExactly("belediyenin köyleri unuttuğunu", "hedefin gerisinde kalındığını");
        assertThat(found).extracting(Analysis.Statement::cue).containsExactly("söyledi", "kabul etti");
    }

    @Test
    void joinsContentClausesListedOneALine() {
        String text = "Başkan Kemal Demir açıklamasında şu noktalara değindi:\n\nOtoparkın yıkılmasının yanlış olduğunu,\n\n"
                + "Yeni projenin esnafa danışılmadan hazırlandığını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "Otoparkın yıkılmasının yanlış olduğunu,\n\nYeni projenin esnafa danışılmadan hazırlandığını");
    }

    @Test
    void startsAfterAGroupOfOfficialsInThePluralAndAComma() {
        String text = "Köylerdeki üyelere teşekkür eden CHP'li vekiller, seçimde gösterilen desteğin çok değerli "
                + "olduğunu belirttiler.";
        assertThat(texts(indirect(find(text)))).containsExactly("seçimde gösterilen desteğin çok değerli olduğunu");
    }

    @Test
    void keepsANameOpeningTheSentenceInTheClauseOfAParticipleWhoseSpeakerFollows() {
        String text = "Belediye Başkanı Kemal Demir ile programı yoğun olduğu için buluşamadıklarını söyleyen Vali Oya "
                + "Er, ilçeye yeniden geleceğini söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir", "Oya Er")))).containsExactly(
                "Belediye Başkanı Kemal Demir ile programı yoğun olduğu için buluşamadıklarını", "ilçeye yeniden geleceğini");
    }

    @Test
    void startsAfterACountedGroupOfOfficialsAndAComma() {
        String text = "Gerze'de DSP'li 6 belediye meclis üyesi, kongrede adaylarının engellendiğini öne sürerek "
                + "istifa etti.";
        assertThat(texts(indirect(find(text)))).containsExactly("kongrede adaylarının engellendiğini");
    }

    @Test
    void startsAfterASubjectWithAParticleAndAComma() {
        String text = "Belediye Başkanı Kemal Demir de, yeni okulun eylülde açılacağını belirtti.";
        Analysis.Statement s = indirect(find(text, "Kemal Demir")).get(0);
        assertThat(s.text()).isEqualTo("yeni okulun eylülde açılacağını");
        assertThat(s.speaker().name()).isEqualTo("Kemal Demir");
    }

    @Test
    void startsAfterTheSpeakersActOfAddress() {
        String text = "Demir, delegelere teşekkür ederek, önümüzdeki dönemde köylere daha sık gideceklerini söyledi. "
                + "Demir, öğrencilerin sorularını yanıtlayarak yurt sorununu çözeceklerini belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("önümüzdeki dönemde köylere daha sık gideceklerini", "yurt sorununu çözeceklerini");
    }

    @Test
    void startsAfterTheSpeakersReactionToAnother() {
        String text = "Demir, muhalefetin sözlerine tepki vererek yapılan saldırıyı kınadıklarını söyledi. Demir, "
                + "soruya yanıt vererek yolun yaza biteceğini belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("yapılan saldırıyı kınadıklarını", "yolun yaza biteceğini");
    }

    @Test
    void keepsAGroupOfOfficialsBeforeTheCopulaInsideTheClause() {
        String text = "Demir, ilçenin ilk kadın meclis üyeleri olmaktan onur duyduklarını söyledi. Demir, seçimde "
                + "il başkanları, muhtarlar ve meclis üyelerinin yenilendiğini hatırlattı.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "ilçenin ilk kadın meclis üyeleri olmaktan onur duyduklarını",
                "seçimde il başkanları, muhtarlar ve meclis üyelerinin yenilendiğini");
    }

    @Test
    void keepsAParticiplesHeadBeforeArasindaInsideTheClause() {
        String text = "Demir, en çok ağaç diken ilçeler arasında ilk sırada yer aldıklarını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("en çok ağaç diken ilçeler arasında ilk sırada yer aldıklarını");
    }

    @Test
    void keepsAFrameThatContainsWhatTheClauseIsAbout() {
        String text = "Başkan Kemal Demir'in açıklamasında, dünkü yayında yer alan haberlerin doğru olmadığı "
                + "belirtildi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("dünkü yayında yer alan haberlerin doğru olmadığı");
    }

    @Test
    void startsAfterAFiniteVerbAndAConjunctionOfContrast() {
        String text = "Görüşme basına kapalı yapıldı ancak bakanın projeler hakkında bilgi aldığı belirtildi. "
                + "Belediyeye bir yazı gönderilerek, yeni müdürün göreve başladığı bildirildi.";
        assertThat(texts(indirect(find(text)))).containsExactly("bakanın projeler hakkında bilgi aldığı",
                "yeni müdürün göreve başladığı");
    }

    @Test
    void startsAfterWhatTheSpeakerMentioned() {
        String text = "Demir, geçen yılki selden ve sonrasındaki çalışmalardan bahsederek, en çok gereken şeyin "
                + "dayanışma olduğunu belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("en çok gereken şeyin dayanışma olduğunu");
    }

    @Test
    void keepsACountedGroupBeforeANominalisedVerbInsideTheClause() {
        String text = "Demir, partisinin seçimde Sinop'tan üç milletvekili çıkaracağına inandığını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("partisinin seçimde Sinop'tan üç milletvekili çıkaracağına inandığını");
    }

    @Test
    void readsANameMadeKnownAsPartOfTheClause() {
        String text = "Vali Ali Tekin, yaylalarıyla ismi duyuran Sinop'un bu değerini başka alanlarda da kullanması "
                + "gerektiğine dikkat çekti.";
        assertThat(texts(indirect(find(text, "Ali Tekin")))).containsExactly(
                "yaylalarıyla ismi duyuran Sinop'un bu değerini başka alanlarda da kullanması gerektiğine");
    }

    @Test
    void keepsABodyWithItsInitialsBeforeAPossessedLocativeInsideTheClause() {
        String text = "Demir, yıllardır Demokratik Sol Parti (DSP) saflarında mücadele ettiklerini belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("yıllardır Demokratik Sol Parti (DSP) saflarında mücadele ettiklerini");
    }

    @Test
    void startsAfterTheInformationTheSpeakerGave() {
        String text = "Demir, ilçedeki projeler hakkında bilgi vererek, tüm sözlerini yerine getireceklerini söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("tüm sözlerini yerine getireceklerini");
    }

    @Test
    void readsAReportInsideAReportWhoseSpeakerIsInTheGenitive() {
        String text = "Demir, Bakan Ali Tekin'in köprünün yıl sonunda açılacağını söylediğini hatırlattı. Demir, "
                + "vatandaşların yolun kapandığını söylediğini belirtti.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir", "Ali Tekin"));
        assertThat(texts(found)).containsExactly("Bakan Ali Tekin'in köprünün yıl sonunda açılacağını söylediğini",
                "köprünün yıl sonunda açılacağını", "vatandaşların yolun kapandığını söylediğini");
        assertThat(found.get(1).speaker().name()).isEqualTo("Ali Tekin");
    }

    @Test
    void startsAfterAnEmphasisTheSpeakerMade() {
        String text = "Demir, programında gençlere özel vurgu yaparak, yurtların sayısını artıracaklarını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("yurtların sayısını artıracaklarını");
    }

    @Test
    void keepsANameListedAfterAPlaceInTheLocativeInsideTheClause() {
        String text = "Demir, Gerze’de Kemal Tuna, Boyabat’ta Oya Su ve Türkeli’de Deniz Ak’ın aday gösterildiğini "
                + "açıkladı.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("Gerze’de Kemal Tuna, Boyabat’ta Oya Su ve Türkeli’de Deniz Ak’ın aday gösterildiğini");
    }

    @Test
    void leavesTheOneAskedOutOfTheQuestion() {
        String text = "Demir, Bakan Tuna’ya okulun ne zaman açılacağını sordu. Demir, Gerze'ye yeni okul "
                + "yapılıp yapılmayacağını sordu.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("okulun ne zaman açılacağını", "Gerze'ye yeni okul yapılıp yapılmayacağını");
    }

    @Test
    void readsTheInfinitiveWithIleAsASpeechConverb() {
        String text = "Demir, ihalenin iptal edildiğine dikkat çekmekle birlikte, yeni ihalenin ocakta yapılacağını "
                + "belirtti. Kaya ise ayrıntı vermeden ihalenin yasal olduğunu söylemekle yetindi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("ihalenin iptal edildiğine",
                "yeni ihalenin ocakta yapılacağını", "ayrıntı vermeden ihalenin yasal olduğunu");
    }

    @Test
    void anAgentNounInManIsNoParticipleBeforeATitle() {
        String text = "Demir, geçen dönem ilçenin denetmen milletvekili sıfatıyla köyleri gezdiğini söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("geçen dönem ilçenin denetmen milletvekili sıfatıyla köyleri gezdiğini");
    }

    @Test
    void leavesTheInspectionOutOfTheClause() {
        String text = "Demir, taşkın bölgesinde incelemelerde bulunarak, zararın devletçe karşılanması gerektiğini söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("zararın devletçe karşılanması gerektiğini");
    }

    @Test
    void keepsAnInflectedAbbreviationAndADescribingDiyenInsideTheClause() {
        String text = "Demir, valiliğin işi Kırsal Kalkınma Genel Müdürlüğü (KKGM)’ne bıraktığını söyledi. "
                + "Kaya, kentin \"Önce güvenlik gelir\" diyen tek belediye olduğunu belirtti. "
                + "Tan, fiyat eleştirisinde bulunarak, üreticinin zarar ettiğini söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "valiliğin işi Kırsal Kalkınma Genel Müdürlüğü (KKGM)’ne bıraktığını",
                "kentin \"Önce güvenlik gelir\" diyen tek belediye olduğunu", "üreticinin zarar ettiğini");
    }

    @Test
    void leavesGivingOrdersOutOfTheClause() {
        String text = "Demir, müdürlere talimat vererek, şikayetlerin bir hafta içinde çözüleceğini söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("şikayetlerin bir hafta içinde çözüleceğini");
    }

    @Test
    void leavesAppearingOnABroadcastOutOfTheClause() {
        String text = "Demir, yerel bir kanala konuk olurken köprünün eylülde açılacağını söyledi. "
                + "Demir, canlı yayına katılarak okulların pazartesi açılacağını belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("köprünün eylülde açılacağını", "okulların pazartesi açılacağını");
    }

    @Test
    void leavesTakingTheFloorAndCongratulatingOutOfTheClause() {
        String text = "Demir, bütçe maddesi üzerine söz alarak, köy yollarına yeterli ödenek ayrılmadığını söyledi. "
                + "Demir, ekibi tebrik ederken, çalışmaların kışın da süreceğini belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("köy yollarına yeterli ödenek ayrılmadığını", "çalışmaların kışın da süreceğini");
    }

    @Test
    void leavesAPromiseAndATopicFrameOutOfTheClause() {
        String text = "Demir, köylülere yeni okul sözü verirken, yolların yazın biteceğini söyledi. "
                + "Demir, emeklilerin taleplerine ilişkin olarak da, ek ödemenin ocakta yapılacağını belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("yolların yazın biteceğini", "ek ödemenin ocakta yapılacağını");
    }

    @Test
    void leavesAnOpeningAndStatementsMadeOutOfTheClause() {
        String text = "Demir, yeni parkın açılışında kışın su kesintisi olmayacağını söyledi. "
                + "Demir, sosyal medyada sert açıklamalarda bulunarak görevinden ayrılacağını duyurdu.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("kışın su kesintisi olmayacağını", "görevinden ayrılacağını");
    }

    @Test
    void keepsANameBeforeTheAgentOrTheCopulaInsideTheClause() {
        String text = "Demir, köprü projesinin, Vali Kemal Tuna tarafından bakanlığa sunulduğunu söyledi. "
                + "Demir, yeni müdürün, Belediye Başkan Yardımcısı Oya Er olduğunu açıkladı.";
        assertThat(texts(indirect(find(text, "Kemal Demir", "Kemal Tuna", "Oya Er")))).containsExactly(
                "köprü projesinin, Vali Kemal Tuna tarafından bakanlığa sunulduğunu",
                "yeni müdürün, Belediye Başkan Yardımcısı Oya Er olduğunu");
    }

    @Test
    void findsGenitiveAndDativeContentClauses() {
        String text = "Demir, bu başarının herkesin ortak eseri olduğunun altını çizdi. "
                + "Demir, projenin kente büyük değer kattığına vurgu yaptı.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(texts(found)).containsExactly("bu başarının herkesin ortak eseri olduğunun",
                "projenin kente büyük değer kattığına");
        assertThat(found).extracting(Analysis.Statement::cue).containsExactly("altını çizdi", "vurgu yaptı");
    }

    @Test
    void rejectsPlainNounObject() {
        String text = "Demir, eğitimin önemine dikkat çekti. Vali, ziyaretten duyduğu memnuniyeti ifade etti.";
        assertThat(find(text, "Kemal Demir")).isEmpty();
    }

    @Test
    void startsAfterContextFrame() {
        String text = "İlçe Başkanı Kemal Demir, yaptığı yazılı açıklamada, kongrenin bir ay ertelendiğini duyurdu.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("kongrenin bir ay ertelendiğini");
    }

    @Test
    void keepsAMeetingWhereAnActOfTheClauseTakesPlaceInsideIt() {
        String text = "İlçe Başkanı Kemal Demir, adayın parti meclisi toplantısında alınacak karar ile belli olacağını "
                + "söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("adayın parti meclisi toplantısında alınacak karar ile belli olacağını");
        // a comma sets the meeting off as where the speaker spoke
        String own = "İlçe Başkanı Kemal Demir, düzenlediği toplantıda, alınacak kararların ilçeye yarar "
                + "sağlayacağını söyledi.";
        assertThat(texts(indirect(find(own, "Kemal Demir"))))
                .containsExactly("alınacak kararların ilçeye yarar sağlayacağını");
    }

    @Test
    void startsAfterSubjectWithFocusParticle() {
        String text = "İlçe Başkanı Selin Aydın da gençlerin sürece aktif biçimde katılacağını belirtti.";
        Analysis.Statement s = indirect(find(text, "Selin Aydın")).get(0);
        assertThat(s.text()).isEqualTo("gençlerin sürece aktif biçimde katılacağını");
        assertThat(s.speaker().name()).isEqualTo("Selin Aydın");
    }

    @Test
    void passesOverQuoteInsideClause() {
        String text = "Demir, muhalefetin \"her şeye karşı çıkan bir tutum\" içinde olduğunu söyledi.";
        List<Analysis.Statement> found = find(text, "Kemal Demir");
        assertThat(texts(indirect(found)))
                .containsExactly("muhalefetin \"her şeye karşı çıkan bir tutum\" içinde olduğunu");
        assertThat(texts(Fixtures.direct(found))).containsExactly("her şeye karşı çıkan bir tutum");
    }

    @Test
    void keepsCoordinatedClausesUnderOneVerbTogether() {
        String text = "Demir, kampanyayı mart ayında başlatacaklarını ve adayların o tarihe kadar belli olacağını açıklamıştı.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "kampanyayı mart ayında başlatacaklarını ve adayların o tarihe kadar belli olacağını");
    }

    @Test
    void ignoresSpeechVerbsInsideQuotes() {
        String text = "Demir, \"Halkımız bize güvendiğini söyledi ve biz de sözümüzü tuttuk\" dedi.";
        assertThat(indirect(find(text, "Kemal Demir"))).isEmpty();
    }

    @Test
    void takesGenitiveSubjectOfRelativeParticiple() {
        String text = "Sözcü Kaan Er, Başkan Oya Tan'ın, ittifakın desteğiyle seçildiğini vurguladığı konuşmaya değindi.";
        Analysis.Statement s = indirect(find(text, "Kaan Er", "Oya Tan")).get(0);
        assertThat(s.text()).isEqualTo("ittifakın desteğiyle seçildiğini");
        assertThat(s.speaker().name()).isEqualTo("Oya Tan");
    }

    @Test
    void startsAfterSentenceInitialSubjectWithoutComma() {
        String text = "Başkan Kemal Demir kentin su sorununun iki yıl içinde çözüleceğini söyledi.";
        Analysis.Statement s = indirect(find(text, "Kemal Demir")).get(0);
        assertThat(s.text()).isEqualTo("kentin su sorununun iki yıl içinde çözüleceğini");
        assertThat(s.speaker().name()).isEqualTo("Kemal Demir");
    }

    @Test
    void leavesTheSubjectsCompanyOutOfTheClause() {
        String text = "İlçe Başkanı Kemal Demir ve yönetim kurulu üyeleriyle birlikte partiden ayrıldıklarını duyurdu.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("partiden ayrıldıklarını");
    }

    @Test
    void allowsParticlesBetweenClauseAndVerb() {
        String text = "Demir, yatırımların süreceğini de bir kez daha vurguladı.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("yatırımların süreceğini");
    }

    @Test
    void takesInstitutionNamedAloneAsSubject() {
        String text = "Valilik, kar nedeniyle okulların yarın tatil edileceğini duyurdu.";
        Analysis.Statement s = indirect(find(text)).get(0);
        assertThat(s.text()).isEqualTo("kar nedeniyle okulların yarın tatil edileceğini");
        assertThat(s.speaker()).isEqualTo(new Analysis.Speaker(null, "Valilik"));
    }

    @Test
    void startsAfterStatementFrameWithPossessive() {
        String text = "Milletvekili Kemal Demir önergesinde, ilçe hastanesinde uzman hekim bulunmadığını ileri sürdü.";
        Analysis.Statement s = indirect(find(text, "Kemal Demir")).get(0);
        assertThat(s.text()).isEqualTo("ilçe hastanesinde uzman hekim bulunmadığını");
        assertThat(s.speaker().name()).isEqualTo("Kemal Demir");
        assertThat(s.cue()).isEqualTo("ileri sürdü");
    }

    @Test
    void rejectsOneWordHeadlessRelative() {
        String text = "Başkan Kemal Demir, gördüklerini anlattı. Demir, yaşadıklarını da paylaştı.";
        assertThat(indirect(find(text, "Kemal Demir"))).isEmpty();
    }

    @Test
    void readsPresentTenseAndAfterConverb() {
        String text = "Demir, kentin yeni bir döneme girdiğini belirttikten sonra salondan ayrıldı. "
                + "Demir, halkın değişim istediğini söylüyor.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(texts(found)).containsExactly("kentin yeni bir döneme girdiğini", "halkın değişim istediğini");
        assertThat(found).extracting(Analysis.Statement::cue).containsExactly("belirttikten", "söylüyor");
    }

    @Test
    void startsAfterSubjectOfParticipleWithoutComma() {
        String text = "Toplantıya katılan Başkan Kemal Demir kentin su sorununun yakında çözüleceğini söyledi.";
        Analysis.Statement s = indirect(find(text, "Kemal Demir")).get(0);
        assertThat(s.text()).isEqualTo("kentin su sorununun yakında çözüleceğini");
        assertThat(s.speaker().name()).isEqualTo("Kemal Demir");
    }

    @Test
    void findsAPassiveReportWithoutASpeaker() {
        String text = "Toplantıda yeni hastanenin gelecek yıl hizmete gireceği belirtildi.";
        List<Analysis.Statement> found = indirect(find(text));
        assertThat(texts(found)).containsExactly("yeni hastanenin gelecek yıl hizmete gireceği");
        assertThat(found.get(0).speaker()).isNull();
    }

    @Test
    void startsTheClauseAfterTheSpeakersMessageGivenInAConverb() {
        String text = "İl Başkanı Ali Kurt da birlik mesajı vererek, liderlerinin mirasına sahip çıkacaklarını ifade etti.";
        assertThat(texts(indirect(find(text, "Ali Kurt")))).containsExactly("liderlerinin mirasına sahip çıkacaklarını");
    }

    @Test
    void startsTheClauseAfterTheSpeakersWishOrSupportGivenInAConverb() {
        String wish = "Bakan Ali Kurt, yangında ölen işçilere başsağlığı dilerken, bakanlığın müfettiş görevlendirdiğini "
                + "söyledi.";
        assertThat(texts(indirect(find(wish, "Ali Kurt")))).containsExactly("bakanlığın müfettiş görevlendirdiğini");
        String support = "Başkan Ali Kurt bu kez Vali'ye destek vererek kaçak yapılarla mücadelede arkasında olduğunu "
                + "belirtti.";
        assertThat(texts(indirect(find(support, "Ali Kurt"))))
                .containsExactly("kaçak yapılarla mücadelede arkasında olduğunu");
        String assessing = "Ali Kurt, siyasete ilişkin değerlendirmeler yaparken, seçimlerde aday olacağını açıkladı.";
        assertThat(texts(indirect(find(assessing, "Ali Kurt")))).containsExactly("seçimlerde aday olacağını");
    }

    @Test
    void readsABodyWhoseNameJoinsWordsWithVeAsTheSubject() {
        String text = "Vali Ali Kurt açıklama yaptı.\n\nAfet ve Acil Durum Yönetimi Başkanlığı, ocaktaki patlamanın "
                + "trafo kaynaklı olduğunu bildirdi.";
        assertThat(texts(indirect(find(text, "Ali Kurt")))).containsExactly("ocaktaki patlamanın trafo kaynaklı olduğunu");
    }

    @Test
    void takesNoNamesakeOfAParkForTheSubjectOfTheClause() {
        String text = "Açılışın ev sahibi Belediye Başkanı Ali Kurt, konuşmasına 9. Cumhurbaşkanı Süleyman Demirel Parkı "
                + "açılışı için gelen herkesin ev sahibi olduğunu belirterek başladı.";
        List<Analysis.Statement> found = indirect(find(text, "Ali Kurt"));
        assertThat(texts(found).get(0)).contains("Süleyman Demirel Parkı açılışı için gelen herkesin ev sahibi olduğunu");
    }

    @Test
    void readsAPassiveReportWhoseClauseNewsWritesInTheAccusative() {
        String text = "Belediyede 26 işçinin işine son verildi. Çalışanların yalnızca muhalif oldukları için görevden "
                + "uzaklaştırıldığını belirtiliyor.";
        List<Analysis.Statement> found = indirect(find(text));
        assertThat(texts(found)).containsExactly(
                "Çalışanların yalnızca muhalif oldukları için görevden uzaklaştırıldığını");
        assertThat(found.get(0).speaker()).isNull();
    }

    @Test
    void leavesAPassiveReportWithoutTheSpeakerOfTheSentenceBefore() {
        String text = "Başkan Kemal Demir, muhtarlarla bir araya geldi. Toplantıda yolların bahara kadar onarılacağı "
                + "ifade edildi.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(texts(found)).containsExactly("yolların bahara kadar onarılacağı");
        assertThat(found.get(0).speaker()).isNull();
    }

    @Test
    void keepsAPassiveConverbOfSpeechWithAPlainObjectInsideTheClause() {
        String text = "Dilekçelerin kayda alındığı ve ilgili birimlere iletilerek sonuçlarının takip edileceği "
                + "belirtildi. Köprünün onarıldığı hatırlatılarak, yolun da yıl sonunda açılacağı bildirildi.";
        assertThat(texts(indirect(find(text)))).containsExactly(
                "Dilekçelerin kayda alındığı ve ilgili birimlere iletilerek sonuçlarının takip edileceği",
                "Köprünün onarıldığı", "yolun da yıl sonunda açılacağı");
    }

    @Test
    void endsAClauseAtAConcessiveSpeechVerb() {
        String text = "Başkan Kemal Demir köprüyü gezdi. Köprünün yıl sonunda açılacağı söylense de, Demir "
                + "çalışmaların durduğunu belirtti. Demir, sorunun çözüldüğünü söylese de mahalleli memnun değil.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(texts(found)).containsExactly("Köprünün yıl sonunda açılacağı", "çalışmaların durduğunu",
                "sorunun çözüldüğünü");
        assertThat(found.get(0).speaker()).isNull();
    }

    @Test
    void startsTheClauseAfterTheCueOfAQuoteBeforeIt() {
        String text = "Başkan Kemal Demir, “Geçen yıl limanda yeni bir düzen kuruldu,” ifadelerini kullanarak, "
                + "belediyenin planı doğrultusunda hareket ettiğini ifade etti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("belediyenin planı doğrultusunda hareket ettiğini");
    }

    @Test
    void startsTheReportAfterAnActOfAddressingThePublic() {
        String text = "Başkan Kemal Demir de halka hitap ederek seçimi kazanacaklarını belirtti. Demir, gençlere "
                + "seslenerek yeni kütüphanenin yıl sonunda açılacağını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("seçimi kazanacaklarını", "yeni kütüphanenin yıl sonunda açılacağını");
    }

    @Test
    void startsAPassiveReportAfterASemicolonThatEndsASentence() {
        String text = "Görüşmeler kentin yatırımları için önem taşıyor; taleplerin bakanlıkta izleneceği belirtildi. "
                + "Karar uyarınca; parkın yeniden düzenleneceği bildirildi.";
        assertThat(texts(indirect(find(text)))).containsExactly("taleplerin bakanlıkta izleneceği",
                "Karar uyarınca; parkın yeniden düzenleneceği");
    }

    @Test
    void keepsAStatementNounBeforeTheLightVerbAndAReturnTripInsideTheClause() {
        String text = "Demir, Sinop'a dönüşünde basın açıklamasında bulunacağını ifade etti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("Sinop'a dönüşünde basın açıklamasında bulunacağını");
    }

    @Test
    void keepsAParticiplesPluralHeadBeforeAPostpositionInsideTheClause() {
        String text = "Demir, yapılan görüşmeler sonucunda yeni başkanların göreve başladığını açıkladı.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("yapılan görüşmeler sonucunda yeni başkanların göreve başladığını");
    }

    @Test
    void startsAfterABodyWithItsAbbreviationWithoutAComma() {
        String text = "Afet ve Acil Durum Yönetimi Başkanlığı (AFAD) Sinop'ta 4,1 büyüklüğünde deprem olduğunu duyurdu. "
                + "Çalışmaların Afet Müdahale Planı (TAMP) kapsamında sürdüğü belirtildi.";
        assertThat(texts(indirect(find(text)))).containsExactly("Sinop'ta 4,1 büyüklüğünde deprem olduğunu",
                "Çalışmaların Afet Müdahale Planı (TAMP) kapsamında sürdüğü");
    }

    @Test
    void keepsAnAbbreviationThatModifiesTheNounInTheGenitiveAfterIt() {
        String text = "Genel Başkan Kerem Aksoy, Sinop Gençlik Kolları (SGK) başkanının Tülin Ekşioğlu "
                + "olduğunu duyurdu.";
        assertThat(texts(indirect(find(text, "Kerem Aksoy")))).containsExactly(
                "Sinop Gençlik Kolları (SGK) başkanının Tülin Ekşioğlu olduğunu");
    }

    @Test
    void leavesAnAdverbialOfWhatHappenedBeforeOutOfTheClause() {
        String text = "Genel Başkan Tülin Ekşioğlu, Sinop'taki sel felaketinin haberi gelmesi "
                + "üzerine, yardım kampanyası başlatacaklarını açıkladı.";
        assertThat(texts(indirect(find(text, "Tülin Ekşioğlu")))).containsExactly(
                "yardım kampanyası başlatacaklarını");
    }

    @Test
    void readsAClauseWhoseAccusativeWasDroppedOrWhoseLettersWereTypedPlain() {
        String text = "Programda konuşan Kaymakam Kerem Aksoy, okulların haftaya açılacağı söyledi. "
                + "Aksoy, köy yollarının kışa hazır hale getirildigini ifade etti. Aksoy, mahallede "
                + "yapılacakları aktardı.";
        assertThat(texts(indirect(find(text, "Kerem Aksoy")))).containsExactly(
                "okulların haftaya açılacağı", "köy yollarının kışa hazır hale getirildigini");
    }

    @Test
    void startsAfterATripWhereTheSpeakerSpoke() {
        String text = "Sinop Valisi Tülin Ekşioğlu'nun da katıldığı gezide liman için ihaleye çıkacaklarını "
                + "belirten Belediye Başkanı Kerem Aksoy, teşekkür etti.";
        assertThat(texts(indirect(find(text, "Kerem Aksoy")))).containsExactly(
                "liman için ihaleye çıkacaklarını");
    }

    @Test
    void readsAnActStressedInTheDativeButNotAPlainNoun() {
        String text = "Demir, belediyenin hiçbir açıklama yapmamasına vurgu yaptı. Demir, yolun önemine dikkat çekti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("belediyenin hiçbir açıklama yapmamasına");
    }

    @Test
    void startsTheReportAfterAVisitOrAnInspectionOfTheSpeaker() {
        String text = "Demir, afet konutlarını ziyaret ederek, konutların yıl sonunda teslim edileceğini belirtti. "
                + "Demir, köprüyü yerinde inceleyerek, onarımın bittiğini söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("konutların yıl sonunda teslim edileceğini", "onarımın bittiğini");
    }

    @Test
    void readsCountedCandidatesAsAnObjectInsideTheClause() {
        String text = "Demir, listeyi tamamladıklarını ve 600 milletvekili adayını kurula teslim ettiklerini söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("listeyi tamamladıklarını ve 600 milletvekili adayını kurula teslim ettiklerini");
    }

    @Test
    void endsAPassiveReportAtAShortFinitePastAndKeepsAGenitiveNameBeforeAParticleInIt() {
        String text = "Sitede yenileme uyarısı yer aldı ve çalışmanın 26 gün süreceği belirtildi. Koordinatör Kemal "
                + "Tunanın ise yarın kongreye katılacağı bildirildi.";
        assertThat(texts(indirect(find(text)))).containsExactly("çalışmanın 26 gün süreceği",
                "Koordinatör Kemal Tunanın ise yarın kongreye katılacağı");
    }

    @Test
    void keepsAMediumCoordinatedWithAnotherNounInsideTheClause() {
        String text = "Demir, iktidarın yargı ve medya üzerinden muhalefete baskı kurduğunu söyledi. Demir, sosyal "
                + "medya üzerinden yolların açılacağını duyurdu.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "iktidarın yargı ve medya üzerinden muhalefete baskı kurduğunu", "yolların açılacağını");
    }

    @Test
    void keepsAGroupOfOfficialsInsideAPassiveReportAndStartsAfterATimeAdverbialAndItsComma() {
        String text = "Gerze belediye meclis üyeleri de görevden alınarak yerlerine kayyum atanacağı iddia edildi. "
                + "Atamaların ardından, Sinop'taki belediyeye de kayyum atanacağı ileri sürüldü.";
        assertThat(texts(indirect(find(text)))).containsExactly(
                "Gerze belediye meclis üyeleri de görevden alınarak yerlerine kayyum atanacağı",
                "Sinop'taki belediyeye de kayyum atanacağı");
    }

    @Test
    void keepsAPluralAfterAParticipleInsideTheClauseWhenAPostpositionFollowsIt() {
        String text = "Demir, sayımda çıkan farklar üzerine yeni bir sayım yapılacağını söyledi. Törende konuşan "
                + "başkanlar ise bütçenin yetmediğini belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "sayımda çıkan farklar üzerine yeni bir sayım yapılacağını", "bütçenin yetmediğini");
    }

    @Test
    void endsTheSentenceAtAFullStopGluedToACapitalAndKeepsAdjectivesInDiInsideTheClause() {
        String text = "Demir, \"Köye yol geliyor, hepimiz sevinçliyiz.\" ifadesini kullandı.DSP'nin köylerin yanında "
                + "olduğunu kaydeden Demir, hem yolların bittiğini hem de maddi ve manevi destek verildiğini aktardı.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "DSP'nin köylerin yanında olduğunu",
                "hem yolların bittiğini hem de maddi ve manevi destek verildiğini");
    }

    @Test
    void startsAfterABodyNamedWithItsAbbreviationInParenthesesAndAComma() {
        String text = "Karayolları Genel Müdürlüğü (KGM), köprünün yıl sonunda açılacağını bildirdi.";
        Analysis.Statement s = indirect(find(text)).get(0);
        assertThat(s.text()).isEqualTo("köprünün yıl sonunda açılacağını");
        assertThat(s.speaker().name()).isEqualTo("KGM");
    }

    @Test
    void givesAPassiveReportToABodyInTheAblativeOrNamedInLowerCase() {
        String text = "Sinop Valiliğinden yapılan açıklamada, yolların açıldığı belirtildi. Belediyenin açıklamasında "
                + "ise, suyun yarın geleceği kaydedildi.";
        assertThat(indirect(find(text))).extracting(s -> s.speaker().name())
                .containsExactly("Sinop Valiliği", "Belediye");
    }

    @Test
    void keepsAListOfPlacesAndANounInTiInsideTheClause() {
        String text = "Demir, kıyısı olan Sinop, Samsun, Ordu Giresun, Rize'yle ortak il olarak Sinop'a görev verildiğini "
                + "söyledi. Demir ayrıca eksiklerin tespiti ve yeni yolların yapımı için çalışılacağını belirtti. Demir, "
                + "bütçeyi onayladı ve ödeneklerin artacağını açıkladı.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "kıyısı olan Sinop, Samsun, Ordu Giresun, Rize'yle ortak il olarak Sinop'a görev verildiğini",
                "eksiklerin tespiti ve yeni yolların yapımı için çalışılacağını", "ödeneklerin artacağını");
    }

    @Test
    void keepsAListOfNamesOfThingsInsideTheClause() {
        String text = "Demir, daha önce üretilen Yelken, Rüzgar ve Fırtına adlı gemilerin ardından yeni geminin denize "
                + "indirildiğini anımsattı.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly(
                "daha önce üretilen Yelken, Rüzgar ve Fırtına adlı gemilerin ardından yeni geminin denize indirildiğini");
    }

    @Test
    void startsAfterAPluralStatementNounInTheInstrumental() {
        String text = "Kemal Demir ve Oya Tan, yaptıkları ayrı açıklamalarla görevlerinden ayrıldıklarını duyurdu. "
                + "Demir, önergelerde belirtilen sorunların çözüldüğünü söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir", "Oya Tan")))).containsExactly(
                "görevlerinden ayrıldıklarını", "önergelerde belirtilen sorunların çözüldüğünü");
    }

    @Test
    void givesAPassiveReportToTheMakerOfItsFrameAfterAParticle() {
        // a body's head noun takes its genitive without an apostrophe ("Başkanlığının", "Valiliğinin")
        String text = "İYİ Parti Sinop İl Başkanlığının yaptığı açıklamada ise, yarınki mitingin valilik kararıyla "
                + "ertelendiği kaydedildi. Sinop Valiliğinin açıklamasında, kararın güvenlik nedeniyle alındığı belirtildi.";
        List<Analysis.Statement> found = indirect(find(text));
        assertThat(texts(found)).containsExactly("yarınki mitingin valilik kararıyla ertelendiği",
                "kararın güvenlik nedeniyle alındığı");
        assertThat(found).extracting(s -> s.speaker().name())
                .containsExactly("İYİ Parti Sinop İl Başkanlığı", "Sinop Valiliği");
    }

    @Test
    void startsAfterASemicolonThatSetsOffTheSpeakersName() {
        String text = "Meclis Başkanvekili Kemal Demir; belediyenin bütçeyi zamanında sunmadığını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("belediyenin bütçeyi zamanında sunmadığını");
    }

    @Test
    void keepsASemicolonAfterAnOrdinaryWordInsideTheClause() {
        String text = "Kemal Demir, kurul kararı uyarınca; partinin bütün illerde aday göstereceğini açıkladı.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("kurul kararı uyarınca; partinin bütün illerde aday göstereceğini");
    }

    @Test
    void leavesTheConnectivesAndAdverbsOfTheReportOutOfTheClause() {
        String text = "Demir ayrıca ihalenin usulsüz yapıldığını öne sürdü. "
                + "Demir, borcun azaldığını hatırlattı ve yeni yatırımların süreceğini aktardı.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("ihalenin usulsüz yapıldığını",
                "borcun azaldığını", "yeni yatırımların süreceğini");
    }

    @Test
    void startsAfterAFramingPostpositionalPhrase() {
        String text = "İl Başkanı Kemal Demir düzenlediği basın toplantısı ile kongre takviminin nasıl işleyeceğini "
                + "anlattı. Bir soru üzerine de, kendisinin yeniden aday olacağını belirtti.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("kongre takviminin nasıl işleyeceğini", "kendisinin yeniden aday olacağını");
    }

    @Test
    void passesOverTheMediumBetweenTheClauseAndItsVerb() {
        String text = "Başkan Kemal Demir, adaylık başvurusunu yaptığını sosyal medya hesabı üzerinden duyurdu.";
        assertThat(texts(indirect(find(text, "Kemal Demir")))).containsExactly("adaylık başvurusunu yaptığını");
    }

    @Test
    void endsTheSubjectAtTheRoleNounOfASpeechParticiple() {
        String text = "Dava hakkında konuşan avukat mahkemenin bir hafta içinde karar vermesi gerektiğini söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("mahkemenin bir hafta içinde karar vermesi gerektiğini");
    }

    @Test
    void keepsAListOfNamesInsideTheClause() {
        String text = "Demir, açıklamasının devamında ise, meclis üyeleri Ayla Kurt, Sinan Tok ve Oya Er'in de "
                + "istifa ettiğini bildirdi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("meclis üyeleri Ayla Kurt, Sinan Tok ve Oya Er'in de istifa ettiğini");
    }

    @Test
    void startsAfterASubjectThatFollowsAComma() {
        String text = "Merkez ilçe için, Başkan Kemal Demir aday olduğunu açıkladı. "
                + "Demir, İl Başkanı Oya Er ile görüşerek listeyi onayladığını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("aday olduğunu", "İl Başkanı Oya Er ile görüşerek listeyi onayladığını");
    }

    @Test
    void readsAPluralStatementNounAsContentAndACriticisingConverbAsABoundary() {
        String text = "Başkanvekili Kemal Demir, meclisin önergelerde ortak karar aldığını hatırlattı. Demir, "
                + "yönetimi sert sözlerle eleştirerek bütçenin yanlış kullanıldığını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("meclisin önergelerde ortak karar aldığını", "bütçenin yanlış kullanıldığını");
    }

    @Test
    void endsTheSubjectAtItsCommaWhenAListOfPlacesFollows() {
        String text = "DSP Sinop İl Başkanı Kemal Demir, Gerze ve Boyabat ilçelerinden aday göstermeyeceklerini "
                + "açıkladı.";
        List<Analysis.Statement> found = indirect(find(text, "Kemal Demir"));
        assertThat(texts(found)).containsExactly("Gerze ve Boyabat ilçelerinden aday göstermeyeceklerini");
        assertThat(found.get(0).speaker().name()).isEqualTo("Kemal Demir");
    }

    @Test
    void keepsTheNameBeforeAPassiveClauseInsideIt() {
        String text = "Bakanlık tarafından Gerze Belediyesine Vali Kemal Demir kayyum olarak görevlendirildiği "
                + "bildirildi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("Bakanlık tarafından Gerze Belediyesine Vali Kemal Demir kayyum olarak görevlendirildiği");
    }

    @Test
    void leavesACountedGroupOfOfficialsOutOfTheClauseAsItsSubject() {
        assertThat(texts(indirect(find("Geçen hafta DSP'li 5 il başkanı daha görevlerinden istifa ettiklerini "
                + "açıkladı.")))).containsExactly("görevlerinden istifa ettiklerini");
        assertThat(texts(indirect(find("Başkan Kemal Demir, ilçe başkanları ve üyelerle birlikte istifa ettiğini "
                + "açıkladı.", "Kemal Demir")))).containsExactly("ilçe başkanları ve üyelerle birlikte istifa ettiğini");
    }

    @Test
    void keepsTheAppointeesOfAGappedListInsideTheClause() {
        String text = "Milletvekili Kemal Demir, il başkanlığına Oya Er, ilçe başkanlığına Cem Bal'ın atandığını söyledi.";
        assertThat(texts(indirect(find(text, "Kemal Demir"))))
                .containsExactly("il başkanlığına Oya Er, ilçe başkanlığına Cem Bal'ın atandığını");
    }

    @Test
    void keepsNounsCoordinatedAfterAParticipleInsideTheClause() {
        assertThat(texts(indirect(find("Kaymakam Kemal Demir, çalışmaların köylerden gelen istekler ve hava durumuna "
                + "göre süreceğini ifade etti.", "Kemal Demir"))))
                .containsExactly("çalışmaların köylerden gelen istekler ve hava durumuna göre süreceğini");
    }

    @Test
    void readsDikkatiÇekenAsASpeechVerb() {
        assertThat(texts(indirect(find("Gerze'nin en çok etkilenen ilçe olduğuna dikkati çeken Vali Kemal Demir, "
                + "yardımların süreceğini söyledi.", "Kemal Demir"))))
                .contains("Gerze'nin en çok etkilenen ilçe olduğuna");
    }

    @Test
    void readsAClauseBeforeŞuIfadelerleAndACompoundVerbWithOlInsideIt() {
        assertThat(texts(indirect(find("Vali Kemal Demir, sürecin olağan bir gelişme olduğunu şu ifadelerle aktardı: "
                + "\"Her şey yolunda gidiyor, endişe yok.\"", "Kemal Demir"))))
                .containsExactly("sürecin olağan bir gelişme olduğunu");
        assertThat(texts(indirect(find("Vali Kemal Demir, belki yeni sorular sorulmuş olabileceğini söyledi.",
                "Kemal Demir")))).containsExactly("belki yeni sorular sorulmuş olabileceğini");
    }

    @Test
    void readsACanliYayinAsTheFrameOfTheStatement() {
        assertThat(texts(indirect(find("Gazeteci Kemal Demir, dün akşamki canlı yayınında, Gerze'de yeni bir yol "
                + "açılacağını iddia etti.", "Kemal Demir")))).containsExactly("Gerze'de yeni bir yol açılacağını");
    }

    @Test
    void endsAClauseAtAPassiveConverbOfSpeech() {
        assertThat(texts(indirect(find("Açıklamada, yolun kış boyunca kapalı kalacağı hatırlatılarak, yeni bir "
                + "güzergâhın gerektiği vurgulandı."))))
                .containsExactly("yolun kış boyunca kapalı kalacağı", "yeni bir güzergâhın gerektiği");
    }

    @Test
    void leavesABodyNamedAfterAParticipleOutOfTheClause() {
        assertThat(texts(indirect(find("Yazılı bir açıklama yapan DSP Sinop İl Başkanlığı, zammın haksız olduğunu "
                + "belirtti.")))).containsExactly("zammın haksız olduğunu");
    }

    @Test
    void keepsATimeAdverbWithItsParticleInsideTheClause() {
        assertThat(texts(indirect(find("Vali Kemal Demir törende konuştu. Bugün de yeni konutların teslim edildiğini "
                + "anımsatan Demir, çalışmaların süreceğini söyledi.", "Kemal Demir"))))
                .contains("Bugün de yeni konutların teslim edildiğini");
    }

    @Test
    void leavesAnOfficeNamedAloneAsTheSubjectBeforeACommaOutOfTheClause() {
        assertThat(texts(indirect(find("Uzun görüşmelerin sonunda Meclis Başkanvekili, önergeyi gelecek oturumda yeniden "
                + "görüşeceklerini söyledi.")))).containsExactly("önergeyi gelecek oturumda yeniden görüşeceklerini");
    }

    @Test
    void leavesAVisitFramedWithAParticleOutOfTheClause() {
        assertThat(texts(indirect(find("Vali Kemal Demir, DSP il başkanlığı ziyaretinde ise kentin yeni yatırımlarla "
                + "büyüyeceğini söyledi.", "Kemal Demir")))).containsExactly("kentin yeni yatırımlarla büyüyeceğini");
    }

    @Test
    void readsAPassiveReportAsAConverbInMinusKen() {
        assertThat(texts(indirect(find("Yeni tesisin ilçede yüz kişiye iş sağlayacağı belirtilirken, "
                + "açılışın önümüzdeki ay yapılacağı bildirildi."))))
                .containsExactly("Yeni tesisin ilçede yüz kişiye iş sağlayacağı",
                        "açılışın önümüzdeki ay yapılacağı");
    }

    @Test
    void leavesTheSocialMediaTheSpeakerWroteOnOutOfTheClause() {
        assertThat(texts(indirect(find("Oya Tan, 17 Aralık tarihinde sosyal medyasında DSP'den istifa ettiğini "
                + "duyurdu.")))).containsExactly("DSP'den istifa ettiğini");
    }

    @Test
    void takesACountedGroupOfCouncilMembersAsTheSubjectButNotAYearsCount() {
        assertThat(texts(indirect(find("Gerze'de DSP'li 4 belediye meclis üyesi daha partiden ayrıldıklarını "
                + "duyurdu.")))).containsExactly("partiden ayrıldıklarını");
        assertThat(texts(indirect(find("Oya Tan, 12 yıldır belediye başkanı olarak görev yaptığını hatırlattı."))))
                .containsExactly("12 yıldır belediye başkanı olarak görev yaptığını");
    }

    @Test
    void takesACountedGroupRightBeforeTheClauseVerbAsItsObject() {
        assertThat(texts(indirect(find("DSP Genel Başkanı Ali Ton, 200 bin üyeye ulaştıklarını belirterek kendi "
                + "gücümüzle 4 milletvekili çıkardıklarını söyledi.", "Ali Ton"))))
                .containsExactly("200 bin üyeye ulaştıklarını", "kendi gücümüzle 4 milletvekili çıkardıklarını");
    }

    @Test
    void leavesAJointStatementOrAStanceTakenBeforeTheClauseOutOfIt() {
        assertThat(texts(indirect(find("Gerze'de üç meclis üyesi ortak bir açıklama yaparak partiden ayrıldıklarını "
                + "duyurdu.")))).containsExactly("partiden ayrıldıklarını");
        assertThat(texts(indirect(find("Vali Kemal Demir, yeni plana karşı çıkarak, eski yolun onarılması "
                + "gerektiğini söyledi.", "Kemal Demir")))).containsExactly("eski yolun onarılması gerektiğini");
    }

    @Test
    void readsNoWishMadeAsATemenniAsReportedSpeech() {
        assertThat(texts(indirect(find("DSP Genel Başkanı Ali Ton, yeni yılın ülkeye hayırlı olmasını temennisinde "
                + "bulundu.", "Ali Ton")))).isEmpty();
    }

    @Test
    void leavesALetterSentAndAReplyMadeOutOfTheClause() {
        assertThat(texts(indirect(find("Bunun üzerine Sinop Valiliği ilçelere bir yazı göndererek yolların hemen "
                + "açılmasını istedi.")))).containsExactly("yolların hemen açılmasını");
        assertThat(texts(indirect(find("Valilik, DSP'nin sorusuna yaptığı dönüşte yolların açıldığını belirtti."))))
                .containsExactly("yolların açıldığını");
    }

    @Test
    void aFiniteVerbBeforeVeClosesTheClauseBeforeIt() {
        assertThat(texts(indirect(find("Açıklamada teşekkür mesajı verildi ve yolların yıl sonuna kadar açılacağı "
                + "vurgulandı.")))).containsExactly("yolların yıl sonuna kadar açılacağı");
    }

    @Test
    void aDateBeforeAParticleIsNoSubject() {
        assertThat(texts(indirect(find("DSP Genel Başkan Yardımcısı Ali Tonguç, il kongrelerinin bittiğini, 30 Eylülde "
                + "ise büyük kongreyi yapacaklarını söyledi.", "Ali Tonguç"))))
                .containsExactly("il kongrelerinin bittiğini, 30 Eylülde ise büyük kongreyi yapacaklarını");
    }

    @Test
    void readsWireCopyThatDropsTheQuotationMarksBeforeABareDedi() {
        assertThat(texts(indirect(find("SİNOP (A.A) - DSP İl Başkanı Kemal Sezer, Partimiz her zaman halkını düşünen "
                + "bir parti dedi.", "Kemal Sezer")))).containsExactly("Partimiz her zaman halkını düşünen bir parti");
        assertThat(texts(indirect(find("Genel başkan önce Sezer dedi sonra vazgeçti.")))).isEmpty();
    }

    @Test
    void anOfficialNamedRightBeforeTheClauseIsItsSubject() {
        assertThat(texts(indirect(find("Öte yandan geçen hafta DSP Gerze İlçe Başkanı Kemal Sezer kongrede aday "
                + "olmayacağını açıklamıştı.", "Kemal Sezer")))).containsExactly("kongrede aday olmayacağını");
    }

    @Test
    void leavesASpeechMadeByConverbOutOfTheClause() {
        assertThat(texts(indirect(find("Programda ilçe başkanı ve il başkanı birer konuşma yaparak kongrenin "
                + "ertelenmesini istedi.")))).containsExactly("kongrenin ertelenmesini");
    }

    @Test
    void theHeadOfAParticipleSetOffByACommaIsTheSubject() {
        assertThat(texts(indirect(find("Gerze'de yaşayan fındık üreticileri, bu yıl rekoltenin düştüğünü söyledi."))))
                .containsExactly("bu yıl rekoltenin düştüğünü");
        assertThat(texts(indirect(find("Limanda çalışan balıkçılar, tekneler ve kooperatifler adına konuşan Er, "
                + "sezonun iyi geçtiğini belirtti.", "Er")))).containsExactly("sezonun iyi geçtiğini");
        // after a comma the phrase is an item of a list inside the clause
        assertThat(texts(indirect(find("Başkan Selim Oral, işsizlik, Gerze'nin geciken yatırımları, hastanenin "
                + "kapanması konusunda halkın şikayetçi olduğunu söyledi.", "Selim Oral")))).containsExactly(
                "işsizlik, Gerze'nin geciken yatırımları, hastanenin kapanması konusunda halkın şikayetçi olduğunu");
    }

    @Test
    void aStatementToThePressOrATopicSetOffByACommaFramesTheClause() {
        assertThat(texts(indirect(find("Başkan Selim Oral, yerel bir gazeteye verdiği demeçte, amacının Gerze'ye hizmet "
                + "etmek olduğunu söyledi.", "Selim Oral")))).containsExactly("amacının Gerze'ye hizmet etmek olduğunu");
        assertThat(texts(indirect(find("Başkan Selim Oral, öğrenci yurdu konusunda, iki yurdun yapılacağını söyledi.",
                "Selim Oral")))).containsExactly("iki yurdun yapılacağını");
    }

    @Test
    void anEventAFutureParticipleForetellsIsInsideTheClause() {
        assertThat(texts(indirect(find("Başkan Selim Oral, il yönetimi ile yapacakları toplantıda aday listesini "
                + "belirleyeceklerini söyledi.", "Selim Oral")))).containsExactly(
                "il yönetimi ile yapacakları toplantıda aday listesini belirleyeceklerini");
    }

    @Test
    void theSpeakersOwnSpeechesInThePluralFrameTheClause() {
        assertThat(texts(indirect(find("Selim Oral, meydandaki konuşmalarında, muhalefetin hiçbir sorunu çözmediğini "
                + "söyledi.", "Selim Oral")))).containsExactly("muhalefetin hiçbir sorunu çözmediğini");
    }

    @Test
    void aParticiplesHeadInABastaOlmakUzereListIsAnExampleInsideTheClause() {
        assertThat(texts(indirect(find("Bölgede başta kronik hastalığı bulunan yaşlılar olmak üzere tüm halkın "
                + "etkilendiğini söyleyen Milletvekili Selim Oral soru önergesi verdi.", "Selim Oral")))).containsExactly(
                "Bölgede başta kronik hastalığı bulunan yaşlılar olmak üzere tüm halkın etkilendiğini");
    }

    @Test
    void theHeadNounOfANameInACaseBeforeAParticleIsNoSubject() {
        assertThat(texts(indirect(find("Başkan Selim Oral, ilçenin en eski yapılarından Kent Müzesine ise bu yıl on bin "
                + "kişinin geldiğini söyledi.", "Selim Oral")))).containsExactly(
                "ilçenin en eski yapılarından Kent Müzesine ise bu yıl on bin kişinin geldiğini");
        assertThat(texts(indirect(find("Vali Selim Oral da köylerde sorun olmadığını söyledi.", "Selim Oral"))))
                .containsExactly("köylerde sorun olmadığını");
    }

    @Test
    void aHeadingGluedToTheNextSentenceEndsTheClauseWhereTheLineBreakWasLost() {
        assertThat(texts(indirect(find("Yeni park için teşekkürMahalleye kazandırdıkları parkın semtin çehresini "
                + "değiştirdiğini söyleyen Başkan Selim Oral, çalışmaların süreceğini belirtti.", "Selim Oral"))))
                .containsExactly("Mahalleye kazandırdıkları parkın semtin çehresini değiştirdiğini",
                        "çalışmaların süreceğini");
    }
}
