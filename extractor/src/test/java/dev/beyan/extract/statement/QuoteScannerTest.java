package dev.beyan.extract.statement;

import dev.beyan.extract.Analysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.beyan.extract.statement.Fixtures.direct;
import static dev.beyan.extract.statement.Fixtures.find;
import static dev.beyan.extract.statement.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

class QuoteScannerTest {

    @Test
    void joinsQuoteRunningOverParagraphs() {
        String text = "AK Parti Manisa İl Başkanı Mehmet Demirtaş, köy ziyaretlerinin ardından şunları söyledi:\n\n"
                + "\"Bu hafta köylerimizin tamamını dolaştık ve taleplerini dinledik. Yol sorunu ilk sırada geliyor.\n\n"
                + "Önümüzdeki ay yeni bir çalışma takvimi açıklayacağız. Hiçbir mahallemizi hizmetsiz bırakmayacağız.\"";
        List<Analysis.Statement> found = direct(find(text, "Mehmet Demirtaş"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).segments()).hasSize(2);
        assertThat(found.get(0).text()).isEqualTo(
                "Bu hafta köylerimizin tamamını dolaştık ve taleplerini dinledik. Yol sorunu ilk sırada geliyor.\n\n"
                        + "Önümüzdeki ay yeni bir çalışma takvimi açıklayacağız. Hiçbir mahallemizi hizmetsiz bırakmayacağız.");
        assertThat(found.get(0).speaker().name()).isEqualTo("Mehmet Demirtaş");
        assertThat(found.get(0).cue()).isEqualTo("şunları söyledi");
    }

    @Test
    void findsAQuoteAfterANameInSingleMarksWhoseClosingMarkCarriesItsSuffix() {
        String text = "‘Yeşil Parti’ye geçenleri karşılayan İl Başkanı Oya Er, “Teşkilatımız her gün büyüyor. "
                + "Kapımız herkese açık.” dedi.";
        assertThat(texts(direct(find(text, "Oya Er"))))
                .containsExactly("Teşkilatımız her gün büyüyor. Kapımız herkese açık.");
    }

    @Test
    void joinsParagraphsUpToAClosingMarkGluedBetweenAStopAndTheCue() {
        String text = "Başkan Oya Er mesajında \"Yasaya evet diyoruz, sokaklar güvenli olmalı.\n\nBu düzenleme "
                + "hepimizin güvenliği için gereklidir.\"dedi.";
        assertThat(texts(direct(find(text, "Oya Er")))).containsExactly(
                "Yasaya evet diyoruz, sokaklar güvenli olmalı.\n\nBu düzenleme hepimizin güvenliği için gereklidir.");
    }

    @Test
    void joinsParagraphsUpToAClosingMarkGluedBetweenTheLastWordAndTheCue() {
        String text = "Başkan Oya Er şunları kaydetti:\u201dFındık fiyatı geçen yıl erken açıklandı.\n\nBu yıl hâlâ "
                + "bekliyoruz.\n\nHükümetten rica ediyoruz: Fiyat hemen açıklansın\u201ddedi";
        assertThat(texts(direct(find(text, "Oya Er")))).containsExactly("Fındık fiyatı geçen yıl erken açıklandı."
                + "\n\nBu yıl hâlâ bekliyoruz.\n\nHükümetten rica ediyoruz: Fiyat hemen açıklansın");
    }

    @Test
    void closesAQuoteAtAMarkTypedAfterASpace() {
        String text = "Başkan Oya Er, \"Her bayram bir maaş verilmelidir. Destekler artmalıdır. \" dedi. Er daha sonra "
                + "köyleri gezdi. \" Yollar bu yıl bitecek\" diye konuştu.";
        assertThat(texts(direct(find(text, "Oya Er"))))
                .containsExactly("Her bayram bir maaş verilmelidir. Destekler artmalıdır.", "Yollar bu yıl bitecek");
    }

    @Test
    void keepsAQuoteWithinTheQuoteThatOpensIt() {
        String text = "Başkan Oya Er şu mesajı verdi:\n\n“‘Evim ne zaman biter?’ Bu sorunun cevabını her ay "
                + "vereceğiz.”";
        assertThat(texts(direct(find(text, "Oya Er"))))
                .containsExactly("‘Evim ne zaman biter?’ Bu sorunun cevabını her ay vereceğiz.");
    }

    @Test
    void joinsQuoteClosedOnlyAtTheEndOfItsThirdParagraph() {
        String text = "Bakan Oya Er şunları söyledi:\n\n"
                + "\"Köy yollarının yarısını bu yaz asfaltladık. Kalanı gelecek yıla kaldı.\n\n"
                + "Okul onarımları da tamamlandı. Sıra sağlık ocaklarında.\n\n"
                + "Dönem sonunda her köye hizmet ulaşmış olacak.\"\n\nKomisyon daha sonra toplandı.";
        List<Analysis.Statement> found = direct(find(text, "Oya Er"));
        assertThat(texts(found)).containsExactly("Köy yollarının yarısını bu yaz asfaltladık. Kalanı gelecek yıla kaldı.\n\n"
                + "Okul onarımları da tamamlandı. Sıra sağlık ocaklarında.\n\n"
                + "Dönem sonunda her köye hizmet ulaşmış olacak.");
    }

    @Test
    void joinsAPostQuotedWholeOverEightParagraphsAndClosedOnlyAtItsEnd() {
        String[] paragraphs = {"Dün akşam meclisimiz olağanüstü toplandı.", "Gündemde yalnızca su zammı vardı.",
            "Grubumuz zamma karşı oy kullandı.", "Çünkü vatandaş bu yükü kaldıramaz.",
            "Su idaresi kâr eden bir kurumdur.", "Zam yerine kayıp kaçak önlenmelidir.",
            "Bunu her platformda dile getireceğiz.", "Kararın iptali için yargıya gideceğiz."};
        String quoted = String.join("\n\n", paragraphs);
        String text = "Meclis Üyesi Oya Er, sosyal medya hesabından şunları yazdı:\n\n\"" + quoted
                + "\"\n\nOturum sona erdi.";
        assertThat(texts(direct(find(text, "Oya Er")))).containsExactly(quoted);
    }

    @Test
    void endsAQuoteNeverClosedWithItsParagraphWhenTheTextGoesOnFarBeyondIt() {
        String text = "Haber Merkezi « Yerel Gündem\n\nBaşkan Ali Tekin köy yollarını gezdi.\n\n"
                + "Yollar bu yaz bitecek.\n\nKöprü onarımı da başladı.\n\nOkulların boyası tamamlandı.\n\n"
                + "Sağlık ocağı açıldı.\n\nTekin, \"Bütün köylerimize hizmet ulaşacak\" dedi.";
        assertThat(texts(direct(find(text, "Ali Tekin")))).containsExactly("Bütün köylerimize hizmet ulaşacak");
    }

    @Test
    void endsAnUnclosedQuoteWithItsParagraphWhenALaterOneOpensAnother() {
        String text = "Bakan Oya Er şunları söyledi:\n\n"
                + "\"Köy yollarının yarısını bu yaz asfaltladık. Kalanı gelecek yıla kaldı.\n\n"
                + "Komisyon üyeleri ise \"Bu tablo hiç de iç açıcı değil\" dedi.";
        assertThat(texts(direct(find(text, "Oya Er")))).containsExactly(
                "Köy yollarının yarısını bu yaz asfaltladık. Kalanı gelecek yıla kaldı.", "Bu tablo hiç de iç açıcı değil");
    }

    @Test
    void readsAParagraphClosedByAMarkItNeverOpenedAsTheQuoteAColonAnnounced() {
        String text = "Vali Ayşe Karaca, şunları söyledi:\n* Yolların tamamı açık. Ekiplerimiz gece boyunca çalışacak.\u201D\n"
                + "Toplantı sona erdi.";
        List<Analysis.Statement> found = direct(find(text, "Ayşe Karaca"));
        assertThat(texts(found)).containsExactly("Yolların tamamı açık. Ekiplerimiz gece boyunca çalışacak.");
        assertThat(found.get(0).speaker().name()).isEqualTo("Ayşe Karaca");
    }

    @Test
    void opensAQuoteAtAStraightMarkGluedToTheCommaAfterTheSpeaker() {
        String text = "Köy yollarını anlatan Vali Ayşe Karaca,\" Bu kış bütün yolları açık tuttuk. Ekiplerimiz hazır\" "
                + "diye konuştu.Karaca, \"Köylerimize her hafta gideceğiz,\" dedi.";
        assertThat(texts(direct(find(text, "Ayşe Karaca")))).containsExactly(
                "Bu kış bütün yolları açık tuttuk. Ekiplerimiz hazır", "Köylerimize her hafta gideceğiz");
        String glued = "Soruya yanıt veren Vali Ayşe Karaca,\u201cBu kış bütün yolları açık tuttuk, ekiplerimiz "
                + "hazır\u201d diye konuştu.";
        assertThat(texts(direct(find(glued, "Ayşe Karaca"))))
                .containsExactly("Bu kış bütün yolları açık tuttuk, ekiplerimiz hazır");
    }

    @Test
    void opensAQuoteAtAMarkGluedBetweenAFullStopAndACapital() {
        String text = "Köprüyü gezen Başkan Cem Bal, şu sözlere yer verdi.\u201DKöprümüz bu yaz trafiğe açılacak ve "
                + "iki mahalleyi birleştirecek.\u201D Bal, daha sonra \u201CBitti.\u201DDiye ekledi.";
        assertThat(texts(direct(find(text, "Cem Bal"))))
                .containsExactly("Köprümüz bu yaz trafiğe açılacak ve iki mahalleyi birleştirecek.");
    }

    @Test
    void opensAQuoteAtATypographicMarkTypedWithASpaceAfterIt() {
        String text = "Vali Ayşe Karaca toplantıda konuşarak: \u201C Tüm ilçelerimizde kar küreme araçlarımız hazır "
                + "bekliyor.\u201D Dedi.";
        assertThat(texts(direct(find(text, "Ayşe Karaca")))).hasSize(1).first().asString()
                .contains("Tüm ilçelerimizde kar küreme araçlarımız hazır bekliyor.");
    }

    @Test
    void joinsQuoteWithOpeningMarkRepeatedPerParagraph() {
        String text = "Vali Ayşe Karaca şöyle konuştu:\n\n"
                + "\u201CKış hazırlıklarımızı erkenden tamamladık ve ekiplerimiz sahada.\n\n"
                + "\u201CTüm ilçelerimizde kar küreme araçlarımız hazır bekliyor.\u201D";
        List<Analysis.Statement> found = direct(find(text, "Ayşe Karaca"));
        assertThat(texts(found)).containsExactly("Kış hazırlıklarımızı erkenden tamamladık ve ekiplerimiz sahada.\n\n"
                + "Tüm ilçelerimizde kar küreme araçlarımız hazır bekliyor.");
    }

    @Test
    void skipsAllCapsSubheadInsideQuote() {
        String text = "Başkan Mehmet Demirtaş şunları ifade etti:\n\n"
                + "\"Bu hafta köylerimizin tamamını dolaştık ve taleplerini dinledik.\n\n"
                + "\"KÖYLERİMİZİ YALNIZ BIRAKMAYACAĞIZ\"\n\n"
                + "Hiçbir mahallemizi hizmetsiz bırakmayacağız, sözümüz söz.\"";
        List<Analysis.Statement> found = find(text, "Mehmet Demirtaş");
        assertThat(texts(found)).containsExactly("Bu hafta köylerimizin tamamını dolaştık ve taleplerini dinledik.\n\n"
                + "Hiçbir mahallemizi hizmetsiz bırakmayacağız, sözümüz söz.");
    }

    @Test
    void dropsStandaloneAllCapsSubhead() {
        String text = "\"YOLLARIMIZI BAŞTAN SONA YENİLEYECEĞİZ\"\n\nBaşkan Ali Tekin ilçede incelemelerde bulundu.";
        assertThat(find(text, "Ali Tekin")).isEmpty();
    }

    @Test
    void ignoresApostropheSuffixAsQuoteMark() {
        String text = "CHP'li Başkan Ali Tekin, \"Sakarsu'yu ve Tire'nin çiftçilerini bugün yerinde ziyaret ettik\" dedi. "
                + "Tekin, 'Tire’nin yollarını bu yıl baştan sona yeniledik' diye konuştu.";
        List<Analysis.Statement> found = direct(find(text, "Ali Tekin"));
        assertThat(texts(found)).containsExactly("Sakarsu'yu ve Tire'nin çiftçilerini bugün yerinde ziyaret ettik",
                "Tire’nin yollarını bu yıl baştan sona yeniledik");
        assertThat(found).allSatisfy(s -> assertThat(s.speaker().name()).isEqualTo("Ali Tekin"));
    }

    @Test
    void readsGuillemetsAndTypographicSingleQuotes() {
        String text = "Başkan Ali Tekin, «Meydan projesini yıl sonuna kadar bitireceğiz» dedi. "
                + "Tekin, ‘Bütçemizi şeffaf biçimde her ay paylaşacağız’ ifadelerini kullandı.";
        List<Analysis.Statement> found = direct(find(text, "Ali Tekin"));
        assertThat(texts(found)).containsExactly("Meydan projesini yıl sonuna kadar bitireceğiz",
                "Bütçemizi şeffaf biçimde her ay paylaşacağız");
        assertThat(found.get(1).cue()).isEqualTo("ifadelerini kullandı");
    }

    @Test
    void keepsNestedQuoteInsideItsQuote() {
        String text = "Başkan Ali Tekin, \"Kentimiz artık \"Kardeş Şehir\" unvanını gururla taşıyor\" dedi.";
        assertThat(texts(find(text, "Ali Tekin")))
                .containsExactly("Kentimiz artık \"Kardeş Şehir\" unvanını gururla taşıyor");
    }

    @Test
    void runsAQuoteCutOffBeforeItsCloseToTheEndOverItsParagraphs() {
        String text = "Başkan Ali Tekin, \"Köy yollarının yarısını bu yaz asfaltladık.\n\n"
                + "Kalan yollar da gelecek yıl bitecek, söz veriyoruz.";
        assertThat(texts(direct(find(text, "Ali Tekin")))).containsExactly(
                "Köy yollarının yarısını bu yaz asfaltladık.\n\nKalan yollar da gelecek yıl bitecek, söz veriyoruz.");
    }

    @Test
    void endsUnclosedQuoteWithTheText() {
        String text = "Başkan Ali Tekin: \u201CBu kent hak ettiği hizmete mutlaka kavuşacak";
        assertThat(texts(find(text, "Ali Tekin"))).containsExactly("Bu kent hak ettiği hizmete mutlaka kavuşacak");
    }

    @Test
    void splitsTwoQuotesSeparatedByNarrative() {
        String text = "Başkan Selim Kaya, \"Birinci sözümüz her zaman halkımızadır,\" dedi. "
                + "\"İkinci sözümüz ise gençlerimize olacak\" diye ekledi.";
        List<Analysis.Statement> found = direct(find(text, "Selim Kaya"));
        assertThat(texts(found)).containsExactly("Birinci sözümüz her zaman halkımızadır",
                "İkinci sözümüz ise gençlerimize olacak");
        assertThat(found).allSatisfy(s -> assertThat(s.speaker().name()).isEqualTo("Selim Kaya"));
    }

    @Test
    void countsEveryOccurrenceOfARepeatedQuote() {
        String text = "Başkan Selim Kaya, \"Su kesintileri bu yaz tamamen sona erecek\" dedi.\n\n"
                + "Kaya ilçedeki şantiyeyi gezdi. Kaya, \"Su kesintileri bu yaz tamamen sona erecek\" dedi.";
        assertThat(direct(find(text, "Selim Kaya"))).hasSize(2);
    }

    @Test
    void treatsSuffixAfterClosingSingleQuoteAsNoOpenQuote() {
        String text = "Başkan Ali Tekin, kentin simgesi ‘Saat Kulesi’ni ziyaret etti ve yeni projeleri anlattı.\n\n"
                + "Tekin, \"Kulemizi yıl sonuna kadar baştan sona restore edeceğiz\" dedi.";
        assertThat(texts(find(text, "Ali Tekin")))
                .containsExactly("Kulemizi yıl sonuna kadar baştan sona restore edeceğiz");
    }

    @Test
    void opensAQuoteAtALeftSingleMarkTypedWithASpaceAfterIt() {
        String text = "Başkan Ali Tekin işlerin biteceğini vurgulayarak ‘ Yeni tesisimizde günde bin ton asfalt "
                + "üretiyoruz. Hiçbir sokak kalmayacak’ dedi.";
        assertThat(texts(direct(find(text, "Ali Tekin"))))
                .containsExactly("Yeni tesisimizde günde bin ton asfalt üretiyoruz. Hiçbir sokak kalmayacak");
    }

    @Test
    void readsDoubledApostrophesAsQuotationMarks() {
        String text = "Başkan Ali Tekin, ''Bu kentin bütün sokaklarını yeniden aydınlatacağız'' dedi.";
        assertThat(texts(find(text, "Ali Tekin"))).containsExactly("Bu kentin bütün sokaklarını yeniden aydınlatacağız");
    }

    @Test
    void skipsSentenceCaseSubheadInsideQuote() {
        String text = "Başkan Mehmet Demirtaş şunları söyledi:\n\n"
                + "\"Bu hafta köylerimizin tamamını dolaştık ve taleplerini dinledik.\n\n"
                + "Köy yollarına yeni dönem\n\n"
                + "Önümüzdeki ay bütün köy yollarını asfaltlayacağız.\"";
        assertThat(texts(find(text, "Mehmet Demirtaş"))).containsExactly(
                "Bu hafta köylerimizin tamamını dolaştık ve taleplerini dinledik.\n\n"
                        + "Önümüzdeki ay bütün köy yollarını asfaltlayacağız.");
    }

    @Test
    void runsASingleMarkQuoteOnToTheLineThatClosesIt() {
        String text = "Dernek Başkanı Ali Tonguç, 'Kaymakamımıza hayırlı olsun demeye geldik. Gerze'de birlikte çalışacağız.\n"
                + "Mart'a kadar görevdeyiz, sonra da yanınızdayız' dedi.";
        assertThat(texts(direct(find(text)))).containsExactly("Kaymakamımıza hayırlı olsun demeye geldik. Gerze'de "
                + "birlikte çalışacağız.\n\nMart'a kadar görevdeyiz, sonra da yanınızdayız");
    }

    @Test
    void opensAStraightQuoteTypedWithASpaceAfterIt() {
        assertThat(texts(direct(find("DSP Genel Başkanı Kemal Sezer, \" Gerze için yeni bir dönem başlıyor, hep birlikte "
                + "çalışacağız\" dedi.", "Kemal Sezer")))).containsExactly("Gerze için yeni bir dönem başlıyor, hep "
                + "birlikte çalışacağız");
    }

    @Test
    void readsAClosingGlyphTypedForTheOpeningMarkAfterTheSpeakersComma() {
        String text = "“Seçimin yenilenmesi açık bir haksızlıktır” diyen Başkan Oya Er, ” Oylarımız yok sayıldı, itiraz ettik "
                + "ama reddedildi. Bu haksızlık değil de nedir?” dedi.";
        assertThat(texts(direct(find(text, "Oya Er")))).containsExactly("Seçimin yenilenmesi açık bir haksızlıktır",
                "Oylarımız yok sayıldı, itiraz ettik ama reddedildi. Bu haksızlık değil de nedir?");
    }
}
