package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImpersonalVoiceTest {
    private static List<String> speakers(String text) {
        return SharedExtractor.get().analyze(text).statements().stream()
                .map(s -> s.speaker() == null ? "?" : s.speaker().name()).toList();
    }

    @Test
    void aBodySetOffAsTheSubjectOfTheSentenceBeforeOwnsAStatementMadeInThePassive() {
        assertThat(speakers("Demokrat Parti, Gerze Belediye Başkanı Kemal Sezer'in görevden alınmasına tepki gösterdi. "
                + "Yapılan açıklamada, \"Bu karar halkın iradesine açık bir saldırıdır ve kabul edilemez\" denildi."))
                .containsExactly("Demokrat Parti");
    }

    @Test
    void theWordsThatTakePlaceInADeputysMotionAreTheDeputysNotTheMinistersItAddresses() {
        assertThat(speakers("CHP Bolu Milletvekili Ayşe Kara, Ulaştırma Bakanı Ali Tan'ın yanıtlaması istemiyle "
                + "önerge sundu. Bakan Tan'ın yanıtlaması istemiyle önerge sunan Kara'nın önergesinde şu ifadeler yer "
                + "aldı: \"Köprünün yapımı üç yıldır bekliyor ve vatandaşlar tehlikeli bir yoldan geçiyor.\""))
                .containsExactly("Ayşe Kara");
    }

    @Test
    void theSignatoryOfAStatementMadeInThePassiveIsItsSpeakerNotTheBodyNamedBefore() {
        assertThat(speakers("DSP Gerze İlçe Başkanlığı bir açıklama yayımladı. İlçe Başkanı Oya Er imzasıyla yayımlanan "
                + "açıklamada, \"Gerze'nin sorunlarını halktan saklamıyoruz ve saklamayacağız\" denildi."))
                .containsExactly("Oya Er");
    }

    @Test
    void aVisitorsNoteInTheGuestBookIsTheVisitors() {
        assertThat(speakers("Vali Oya Er, Belediye Başkanı Cem Bal'ı ziyaret etti. Er'in defterdeki notunda, \"Bu "
                + "güzel ilçede görev yapan herkese başarılar diliyorum\" ifadeleri yer aldı."))
                .containsExactly("Oya Er");
    }

    @Test
    void theOwnerOfTheStatementNamedInTheSentenceBeforeOwnsItsQuote() {
        assertThat(speakers("Sinop Valiliği'nin sosyal medya hesabından yapılan açıklamada yolların açıldığı bildirildi."
                + "\nYOLLAR AÇILDI\nAçıklamada, \"Ekiplerimiz gece boyunca çalıştı, bütün köy yolları ulaşıma açıktır.\" "
                + "ifadelerine yer verildi.")).endsWith("Sinop Valiliği");
    }

    @Test
    void theBodyThatIssuedAStatementTheSentenceBeforeOwnsAReportInThePassive() {
        assertThat(speakers("DSP Gerze İlçe Başkanlığı, gözaltılarla ilgili yazılı bir değerlendirme yayımladı. "
                + "Açıklamada, iddiaların ilçede yolsuzluğu yeniden gündeme getirdiği vurgulandı."))
                .containsExactly("DSP Gerze İlçe Başkanlığı");
    }

    @Test
    void anUnnamedPersonInsideTheSentenceSaysTheClauseNotThePreviousSpeaker() {
        assertThat(SharedExtractor.get().analyze("Başkan Ali Kaya suyun akşam verileceğini söyledi. Çeşme başında "
                + "bekleyen bir köylü, iki gündür su gelmediğini söyledi.").statements())
                .extracting(s -> s.speaker() == null ? "?" : s.speaker().name(), Analysis.Statement::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ali Kaya", "suyun akşam verileceğini"),
                        org.assertj.core.groups.Tuple.tuple("?", "iki gündür su gelmediğini"));
    }

    @Test
    void theVerbalNounOfSayingIsItsGenitiveOwnersReport() {
        assertThat(SharedExtractor.get().analyze("Köylüler, Kaymakam Oya Er'in santralin çalışmayacağını söylemesi "
                + "üzerine evlerine döndü.").statements())
                .extracting(s -> s.speaker() == null ? "?" : s.speaker().name(), Analysis.Statement::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oya Er", "santralin çalışmayacağını"));
    }

    @Test
    void aGivenNameAloneNamesTheOnlyOfficialWithIt() {
        assertThat(speakers("DSP İl Başkan Yardımcısı Nevzat Ekin karara tepki gösterdi. Kararın yanlış olduğunu "
                + "belirten Nevzat, \"Bu karar kentin yararına değildir\" dedi."))
                .containsOnly("Nevzat Ekin");
    }

    @Test
    void markupLeftInTheTextEndsAClause() {
        assertThat(SharedExtractor.get().analyze("Kaya konuştu.</div> <div>Köylülerin santrali istemediğini "
                + "söyledi.").statements()).extracting(Analysis.Statement::text)
                .containsExactly("Köylülerin santrali istemediğini");
    }

    @Test
    void aProsecutorsOfficeOrACommandSpeaksInItsOwnName() {
        assertThat(speakers("Sinop Cumhuriyet Başsavcılığından yapılan açıklamada iki kişinin tutuklandığı bildirildi. "
                + "İl Jandarma Komutanlığı da aranan şüphelinin yakalandığını duyurdu."))
                .containsExactly("Sinop Cumhuriyet Başsavcılığı", "İl Jandarma Komutanlığı");
    }

    @Test
    void theAnaphorPartininReadsAsThePartyNamedBefore() {
        assertThat(speakers("Demokrat Parti'ye yeni katılımlar sürüyor. Partinin sosyal medya hesaplarından yapılan "
                + "açıklamada, “Boyabat Belediye Başkanı Ali Tonguç partimize katıldı, kendisine hoş geldiniz diyoruz” "
                + "denildi.")).containsExactly("Demokrat Parti");
    }

    @Test
    void noPersonNamedNearAnImpersonalQuoteTakesIt() {
        assertThat(speakers("Gerze Belediye Başkanı Kemal Sezer dün görevden alındı.\n\nAçıklamada, \"Belediyemizin "
                + "bütün hizmetleri aksamadan sürecektir\" denildi.")).containsExactly("?");
    }

    @Test
    void aPartyThatSpeaksGivesItsPartyToTheCandidateItCallsOurs() {
        Analysis a = SharedExtractor.get().analyze("Demokrat Parti'ye yeni katılımlar sürüyor. Partinin açıklamasında, "
                + "“Başkanlarımıza rozetlerini Samsun Büyükşehir Belediye Başkan Adayımız Avukat Kemal Sezer taktı, "
                + "hepsine hoş geldiniz diyoruz” denildi.");
        assertThat(a.officials()).extracting(Analysis.Official::name, Analysis.Official::party)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Demokrat Parti"));
    }

    @Test
    void aPersonOwnsOnlyTheirOwnStatementNotOneMadeAboutThem() {
        assertThat(speakers("Vali Oya Er'in yaptığı açıklamada, \"Köy yollarının hepsi bu akşam ulaşıma açılacaktır\" "
                + "denildi.")).containsExactly("Oya Er");
        assertThat(speakers("Demokrat Parti MYK'sından Gerze Belediye Başkanı Kemal Sezer'in yerine kayyum atanmasına "
                + "ilişkin yapılan açıklamada, \"İktidar seçilmişlerin iradesini yok saymaya devam ediyor\" denildi."))
                .doesNotContain("Kemal Sezer");
    }

    @Test
    void aPartyAnAuthorWasElectedFromDoesNotOwnTheirJointStatement() {
        assertThat(speakers("Demokrat Parti'den meclis üyesi seçilen Kemal Sezer, Oya Tan ve Ali Tonguç ortak bir "
                + "açıklama yaptı.\nYapılan açıklamada şu ifadeler kullanıldı, “Partimizden bugün itibarıyla istifa "
                + "ediyoruz ve görevimize bağımsız olarak devam edeceğiz.”")).doesNotContain("Demokrat Parti");
    }

    @Test
    void wordsCharacterisedInAStatementAreItsAgentsTwoSentencesOn() {
        assertThat(speakers("Meclisteki olaylar DSP Sinop İl Başkanlığı tarafından sert bir açıklamayla eleştirildi. "
                + "Açıklamada, başkanın tavrı “demokrasiyle bağdaşmayan bir tutum” olarak nitelendirildi. Ayrıca meclis "
                + "üyesinin sözleri de “siyasi ahlakla bağdaşmayan bir üslup” olarak yorumlandı."))
                .containsExactly("DSP Sinop İl Başkanlığı", "DSP Sinop İl Başkanlığı");
    }

    @Test
    void wordsQuotedAsTheContentOfSomeonesStatementAreTheirs() {
        assertThat(speakers("DSP İl Başkanı Kemal Sezer, Vali Oya Er'in basına yansıyan \"Bu yıl hiçbir köy yolu "
                + "yapılmayacak\" şeklindeki sözlerini kınadıklarını söyledi."))
                .containsExactly("Kemal Sezer", "Oya Er"); // the clause, which holds the quote, comes first
    }

    @Test
    void aStatementGivenAsMadeAfterAColonIsItsMakersAlsoABodyNamedInLowerCase() {
        String text = "Konuyla ilgili valilikten yapılan açıklama şöyle:\n\n\u201CKöy yollarının hepsi yarın sabah "
                + "ulaşıma açılacaktır. Ekiplerimiz gece boyunca karla mücadele çalışmalarını sürdürecektir\u201D";
        assertThat(speakers(text)).containsExactly("Valilik");
    }
}
