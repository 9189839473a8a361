package dev.beyan.query.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The pages' words, Turkish by default; English in {@code messages/lbl_en.properties}. Templates use them as
 * {@code {lbl:name}}, in the language the page is rendered in.
 */
@MessageBundle(value = "lbl", locale = "tr")
public interface Labels {
    @Message("tr")
    String lang();

    @Message("İçeriğe geç")
    String skipToContent();

    @Message("Ana gezinme")
    String mainNavigation();

    @Message("Bültenler")
    String releases();

    @Message("Bülten")
    String release();

    @Message("İller")
    String provinces();

    @Message("Ara")
    String search();

    @Message("Açıklamalarda ve yetkililerde ara")
    String searchStatementsAndOfficials();

    @Message("örn. seçim, \"yerel seçim\", bayindir")
    String searchPlaceholder();

    @Message("beyan: Türk siyasi basın bültenlerinden yetkililer, yerler ve açıklamalar; her bültenin tüm geçmişiyle.")
    String footer();

    @Message("API belgeleri")
    String apiDocs();

    @Message("Son bültenler")
    String latestReleases();

    @Message("Her bülten değişmez olaylar olarak kaydedilir. Bir bülteni açın: metinde bulunanları, olay geçmişini ve sürümler arasındaki farkları görün.")
    String homeIntro();

    @Message("Daha eski bültenler")
    String older();

    @Message("Daha fazla")
    String more();

    @Message("Bu sayfa bülteni {position}. olaydaki haliyle gösteriyor.")
    String asOfNotice(long position);

    @Message("Güncel hali")
    String showCurrent();

    @Message("Bu bülten geri çekildi; geçmişi kayıtlı kalır.")
    String retractedNotice();

    @Message("Kimlik")
    String id();

    @Message("Yer bilgisi")
    String dateline();

    @Message("Yayın tarihi")
    String published();

    @Message("Kategori")
    String category();

    @Message("Kaynak")
    String source();

    @Message("Adres")
    String url();

    @Message("Durum")
    String status();

    @Message("yayında")
    String statusActive();

    @Message("geri çekildi")
    String statusRetracted();

    @Message("Sürümler")
    String versions();

    @Message("metin {textVersion}. sürümde, akış {version}. sürümde")
    String versionsValue(long textVersion, long version);

    @Message("Alındı")
    String received();

    @Message("JSON")
    String json();

    @Message("bülten")
    String jsonRelease();

    @Message("olaylar")
    String jsonEvents();

    @Message("çözümleme")
    String jsonAnalysis();

    @Message("yetkili")
    String jsonOfficial();

    @Message("yer")
    String jsonPlace();

    @Message("Metin")
    String text();

    @Message("{name} {version} ile çözümlendi (metnin {textVersion}. sürümü).")
    String analysedBy(String name, String version, long textVersion);

    @Message("Bu metin henüz çözümlenmedi; işaretler çözümlemeden sonra görünür.")
    String notAnalysed();

    @Message("Renkler")
    String legend();

    @Message("Yetkili")
    String legendOfficial();

    @Message("Yer")
    String legendPlace();

    @Message("Doğrudan alıntı")
    String legendDirect();

    @Message("Dolaylı anlatım")
    String legendIndirect();

    @Message("Bir işaretin üzerine gelin ya da sekme tuşuyla odaklanın: kimi ya da neresi olduğu görünür; yetkili ve yer işaretleri sayfalarına bağlanır.")
    String legendHelp();

    @Message("Bulunanlar")
    String findings();

    @Message("Yetkililer")
    String officials();

    @Message("Yetkili")
    String official();

    @Message("Kamu görevlileri (emniyet, jandarma, yargı, müdürlükler)")
    String functionaries();

    @Message("Kamu görevlisi")
    String functionary();

    @Message("Yerler")
    String places();

    @Message("Yer")
    String place();

    @Message("Açıklamalar")
    String statements();

    @Message("{n} anılma")
    String mentionsCount(int n);

    @Message("metinde")
    String inText();

    @Message("bültende gör")
    String inRelease();

    @Message("yok")
    String none();

    @Message("il")
    String province();

    @Message("ilçe")
    String district();

    @Message("İlçeler")
    String districts();

    @Message("İl (plaka ya da ad)")
    String provinceField();

    @Message("İlçe (kimlik ya da ad)")
    String districtField();

    @Message("Doğrudan alıntı")
    String directQuote();

    @Message("Dolaylı anlatım")
    String indirectQuote();

    @Message("konuşan belirsiz")
    String unknownSpeaker();

    @Message("Olay geçmişi")
    String timeline();

    @Message("Her olay değişmez biçimde kayıtlıdır. Herhangi bir olaydaki hali görmek için o olayın bağlantısını izleyin; düzeltmelerde metin farkı, yeni çözümlemelerde bulunanların farkı gösterilir.")
    String timelineHelp();

    @Message("Alındı")
    String eventReceived();

    @Message("Düzeltildi")
    String eventRevised();

    @Message("Geri çekildi")
    String eventRetracted();

    @Message("Çözümlendi")
    String eventAnalyzed();

    @Message("olay {position}, sürüm {version}")
    String eventLine(long position, long version);

    @Message("yapan:")
    String by();

    @Message("bu sayfada gösterilen")
    String shownHere();

    @Message("bu olaydaki hali")
    String viewAsOf();

    @Message("Gerekçe")
    String reason();

    @Message("Çözümleyen: {extractor}; metnin {version}. sürümü")
    String analysisLine(String extractor, Long version);

    @Message("Metin farkı")
    String textDiff();

    @Message("Bulunanların farkı")
    String analysisDiff();

    @Message("Bulunanlar bir önceki çözümlemeyle aynı.")
    String sameFindings();

    @Message("eklendi")
    String added();

    @Message("çıkarıldı")
    String removed();

    @Message("Diğer adlar")
    String aliases();

    @Message("İlk görülme")
    String firstSeen();

    @Message("Son görülme")
    String lastSeen();

    @Message("Sayılar")
    String counts();

    @Message("{releases} bülten, {statements} açıklama, {mentions} anılma")
    String countsValue(int releases, int statements, long mentions);

    @Message("Görevler")
    String offices();

    @Message("Görev")
    String office();

    @Message("Parti")
    String party();

    @Message("Partinin kaynağı")
    String partySource();

    @Message("metin")
    String fromText();

    @Message("sicil")
    String fromRegistry();

    @Message("eski")
    String former();

    @Message("Partinin kaynağı \"metin\" ise parti bültende yazılıdır; \"sicil\" ise 2024 yerel seçim sonuçlarından gelir.")
    String partySourceHelp();

    @Message("Yetkilinin geçtiği bültenler")
    String releasesWithOfficial();

    @Message("{releases} bülten, {statements} açıklama")
    String officialCounts(int releases, int statements);

    @Message("Plaka")
    String plate();

    @Message("Anılma")
    String mentionCount();

    @Message("Bülten sayısı")
    String releaseCount();

    @Message("Burada görevli yetkililer")
    String officialsHere();

    @Message("Listede ilk 200 yetkili var; gerisi için API'yi kullanın.")
    String moreOfficials();

    @Message("Bu yeri anan son bültenler")
    String latestReleasesHere();

    @Message("Açıklamalarda ve yetkililerde arama")
    String searchTitle();

    @Message("Sözcükler")
    String words();

    @Message("Tür")
    String kind();

    @Message("hepsi")
    String anyKind();

    @Message("Konuşan (yetkili kimliği)")
    String speakerId();

    @Message("Başlangıç tarihi")
    String from();

    @Message("Bitiş tarihi")
    String to();

    @Message("Arama yapılamadı")
    String searchRefused();

    @Message("Arama sözdizimi")
    String syntaxTitle();

    @Message("Birden çok sözcük: hepsini içeren açıklamalar bulunur (seçim başkan).")
    String syntaxWords();

    @Message("Tırnak içinde: sözcükler o sırayla geçmeli (\"yerel seçim\").")
    String syntaxPhrase();

    @Message("or: sözcüklerden biri yeter (Tire or Bayındır).")
    String syntaxOr();

    @Message("Eksi: o sözcüğü içerenler çıkarılır (seçim -borç).")
    String syntaxNot();

    @Message("Sözcükler Türkçe köklerine göre aranır: seçimler, seçim sözcüğünü de bulur.")
    String syntaxStem();

    @Message("Türkçe harfler olmadan da yazılabilir: bayindir Bayındır'ı, secim seçimi bulur.")
    String syntaxAscii();

    @Message("Süzgeçler: tür (doğrudan ya da dolaylı), konuşanın yetkili kimliği (o_4d5fb4dd09b829e1 gibi), parti, il (plaka ya da ad), ilçe, tarih aralığı (YYYY-AA-GG). Yetkililer adlarına göre de bulunur.")
    String syntaxFilters();

    @Message("Bulunan yetkililer")
    String officialsFound();

    @Message("Bulunan açıklamalar")
    String statementsFound();

    @Message("Bulunamadı")
    String notFound();

    @Message("Geçersiz istek")
    String badRequest();

    @Message("Hata")
    String error();

    @Message("Ana sayfaya dön")
    String backHome();
}
