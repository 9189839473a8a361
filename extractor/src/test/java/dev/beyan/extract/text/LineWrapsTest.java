package dev.beyan.extract.text;

import dev.beyan.extract.Analysis;
import dev.beyan.extract.SharedExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineWrapsTest {
    /** Our own paragraph, broken at about 60 characters as a PDF export breaks it. */
    private static final String WRAPPED = """
            DSP Sinop İl Kongresi dün Gerze'de toplandı ve delegeler
            oylarını kullandı. Kongrede konuşan DSP Genel Başkan
            Yardımcısı Kemal Sezer, "Sinop için yeni bir dönem
            başlıyor, hep birlikte çalışacağız" dedi. Sezer ayrıca
            kongrenin huzur içinde geçtiğini söyledi.
            """;

    @Test
    void readsTheBreaksOfAHardWrappedTextAsSpacesKeepingItsLength() {
        String read = LineWraps.unwrap(WRAPPED);
        assertThat(read).hasSameSizeAs(WRAPPED).doesNotContain("delegeler\n").contains("Genel Başkan Yardımcısı");
    }

    @Test
    void leavesTextsWithLongLinesOrShortListsAsTheyAre() {
        String paragraphs = "Gerze Belediye Başkanı Kemal Sezer, ilçede yeni bir park açtıklarını ve parkın her yaştan "
                + "vatandaşa hizmet edeceğini söyledi, açılışa çok sayıda kişi katıldı\nSinop Valisi Oya Er de törende "
                + "bir konuşma yaptı.";
        assertThat(LineWraps.unwrap(paragraphs)).isSameAs(paragraphs);
        String list = "Kemal Sezer\nOya Tan\nAli Kaya\nDeniz Er\n";
        assertThat(LineWraps.unwrap(list)).isSameAs(list);
    }

    @Test
    void findsTitlesAndQuotesAcrossWrapsAndQuotesThemAsReceived() {
        Analysis analysis = SharedExtractor.get().analyze(WRAPPED);
        assertThat(analysis.officials()).extracting(Analysis.Official::name, Analysis.Official::title)
                .contains(org.assertj.core.groups.Tuple.tuple("Kemal Sezer", "Genel Başkan Yardımcısı"));
        assertThat(analysis.statements()).extracting(Analysis.Statement::text)
                .contains("Sinop için yeni bir dönem\nbaşlıyor, hep birlikte çalışacağız");
    }
}
