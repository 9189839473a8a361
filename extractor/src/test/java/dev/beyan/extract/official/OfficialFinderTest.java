package dev.beyan.extract.official;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Officials, by rule; every fixture is written for this test. */
class OfficialFinderTest {

    private static List<Analysis.Official> officials(String text) {
        return SharedExtractor.get().analyze(text).officials();
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
        Analysis.Official o = only("Cumhurbaşkanı ve AK Parti Genel Başkanı Recep Tayyip Erdoğan mitingde konuştu.");
        assertThat(o.title()).isEqualTo("Cumhurbaşkanı");
        assertThat(o.party()).isEqualTo("AK Parti");
    }

    @Test
    void readsTheOfficeNounBeforeTheAppointee() {
        Analysis.Official o = only("DEVA Partisi Gerze İlçe Başkanlığı'na Selim Ocakçı atandı.");
        assertThat(o.title()).isEqualTo("İlçe Başkanı");
        assertThat(o.party()).isEqualTo("DEVA");
        assertThat(o.district()).isEqualTo("Gerze");
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
}
