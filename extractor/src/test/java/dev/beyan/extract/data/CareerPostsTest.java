package dev.beyan.extract.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which offices are career posts; titles as the extractor writes them. */
class CareerPostsTest {
    private static final CareerPosts POSTS = CareerPosts.load();

    @Test
    void securityJudicialReligiousAndDirectorsPostsAreCareerPosts() {
        assertThat(POSTS.covers("İl Emniyet Müdürü", null)).isTrue();
        assertThat(POSTS.covers("İlçe Jandarma Komutanı", null)).isTrue();
        assertThat(POSTS.covers("Garnizon Komutan Vekili", null)).isTrue();
        assertThat(POSTS.covers("Cumhuriyet Başsavcısı", null)).isTrue();
        assertThat(POSTS.covers("İl Müftüsü", null)).isTrue();
        assertThat(POSTS.covers("İl Milli Eğitim Müdür Yardımcısı", null)).isTrue();
        assertThat(POSTS.covers("Başkonsolos", null)).isTrue();
    }

    @Test
    void aGeneralSecretaryOutsideAPartyIsACareerPostAndAPartysIsNot() {
        assertThat(POSTS.covers("Büyükşehir Belediye Genel Sekreteri", null)).isTrue();
        assertThat(POSTS.covers("İl Özel İdaresi Genel Sekreteri", null)).isTrue();
        assertThat(POSTS.covers("Genel Sekreter", "CHP")).isFalse();
    }

    @Test
    void theJudgeChairingAProvincesOrADistrictsElectionBoardHoldsACareerPost() {
        assertThat(POSTS.covers("İlçe Seçim Kurulu Başkanı", null)).isTrue();
        assertThat(POSTS.covers("İl Seçim Kurulu Başkanı", null)).isTrue();
        assertThat(POSTS.covers("Seçim İşlerinden Sorumlu Genel Başkan Yardımcısı", "CHP")).isFalse();
    }

    @Test
    void aGeneralDirectorHeadsABodyAndIsNoCareerPost() {
        assertThat(POSTS.covers("DSİ Genel Müdürü", null)).isFalse();
        assertThat(POSTS.covers("BUSKİ Genel Müdür Yardımcısı", null)).isFalse();
        assertThat(POSTS.covers("Emniyet Genel Müdürü", null)).isFalse();
    }

    @Test
    void electedPoliticalAndGoverningOfficesAreNot() {
        assertThat(POSTS.covers("Vali", null)).isFalse();
        assertThat(POSTS.covers("Kaymakam", null)).isFalse();
        assertThat(POSTS.covers("Belediye Başkanı", null)).isFalse();
        assertThat(POSTS.covers("İl Genel Meclisi Başkanı", null)).isFalse();
        assertThat(POSTS.covers("İl Başkanı", "MHP")).isFalse();
        assertThat(POSTS.covers("AFAD Başkanı", null)).isFalse();
    }
}
