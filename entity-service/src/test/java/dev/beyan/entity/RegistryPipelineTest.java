package dev.beyan.entity;

import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.messaging.EventMessage;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.testing.Poll;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TableChecksums;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.common.testing.TestTokens;
import dev.beyan.common.testing.TopicReader;
import dev.beyan.extract.Extractor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The registry filling itself from the real broker and the real event store. */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class RegistryPipelineTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ADMIN = TestTokens.of("registry-pipeline-test", "admin");
    private static final String MAYOR_TEXT = """
            (KONYA)- Ereğli Belediye Başkanı Ahmet Yılmazer, ilçedeki yeni parkı açtı. Yılmazer, "Bu park \
            bütün mahallelerimize nefes aldıracak" dedi.""";
    private static final String GOVERNOR_TEXT = """
            (SİVAS)- Sivas Valisi Mehmet Kaya, Zara ilçesinde incelemelerde bulundu. Kaya, "Yatırımlarımız \
            planlandığı gibi sürüyor ve yıl sonunda bitecek" diye konuştu.""";

    @Inject
    PgEventStore store;

    private ReleaseWriter writer;
    private Pool db;

    @BeforeEach
    void open() {
        db = TestDatabase.superuserPool();
        // the superuser's store: the writer plays ingest-service and, for old analyses, an older entity-service
        writer = new ReleaseWriter(new PgEventStore(db, store.codec()));
    }

    @AfterEach
    void close() {
        writer.close();
        db.closeAndAwait();
    }

    private RowSet<Row> query(String sql, Object... args) {
        return db.preparedQuery(sql).execute(Tuple.from(args)).await().atMost(WAIT);
    }

    private void awaitProjected(String id, long version) {
        Poll.until("release " + id + " projected to version " + version, () ->
                query("SELECT version FROM readmodel.stream_checkpoints WHERE stream_id = $1", "release-" + id)
                        .size() == 1 && query("SELECT version FROM readmodel.stream_checkpoints WHERE stream_id = $1",
                        "release-" + id).iterator().next().getLong("version") >= version);
    }

    @Test
    void seedFlowsIntoOfficialsPlacesAndStatements() throws Exception {
        String seed = Files.readString(Path.of("../seeds/000_d70b2ed9d009a380.txt"), StandardCharsets.UTF_8);
        String text = seed.substring(seed.indexOf('\n') + 1).stripLeading();
        String id = ReleaseWriter.newId();
        writer.receive(id, text, "2024-05");

        awaitProjected(id, 2);

        List<RecordedEvent> history = writer.history(id);
        assertThat(history).extracting(RecordedEvent::type).containsExactly("ReleaseReceived", "ReleaseAnalyzed");
        assertThat(history.get(1).data()).contains("\"extractorName\": \"" + Extractor.NAME + "\"",
                "\"analyzedVersion\": 1");
        assertThat(history.get(1).metadata().causationId()).isEqualTo(history.get(0).eventId().toString());

        Row aslanoglu = query("""
                SELECT o.name, p.title, p.party, p.province_id FROM readmodel.officials o
                JOIN readmodel.positions p ON p.official_id = o.id WHERE o.name_folded = 'senol aslanoglu'""")
                .iterator().next();
        assertThat(aslanoglu.getString("title")).isEqualTo("İl Başkanı");
        assertThat(aslanoglu.getString("party")).isEqualTo("CHP");
        assertThat(aslanoglu.getInteger("province_id")).isEqualTo(35);

        Row sakarsu = query("""
                SELECT p.party, p.party_source, p.registry_office, d.name AS district FROM readmodel.positions p
                JOIN readmodel.officials o ON o.id = p.official_id JOIN readmodel.districts d ON d.id = p.district_id
                WHERE o.name_folded = 'davut sakarsu'""").iterator().next();
        assertThat(sakarsu.getString("district")).isEqualTo("Bayındır");
        assertThat(sakarsu.getString("party")).isEqualTo("CHP");
        assertThat(sakarsu.getString("party_source")).isEqualTo("registry");

        List<String> places = names(query("""
                SELECT d.name FROM readmodel.release_places rp JOIN readmodel.districts d ON d.id = rp.place_id
                WHERE rp.release_id = $1 AND rp.place_kind = 'district'""", id));
        assertThat(places).contains("Kiraz", "Beydağ", "Tire", "Bayındır");
        assertThat(query("SELECT mention_count FROM readmodel.provinces WHERE id = 35").iterator().next()
                .getInteger("mention_count")).isPositive();

        RowSet<Row> statements = query("""
                SELECT kind, speaker_name, text, start_offset, end_offset FROM readmodel.statements
                WHERE release_id = $1 ORDER BY seq""", id);
        assertThat(StreamSupport.stream(statements.spliterator(), false).filter(r -> r.getString("kind").equals("direct")))
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(r -> assertThat(r.getString("speaker_name")).isEqualTo("Şenol Aslanoğlu"));
        for (Row r : statements) {
            assertThat(text.substring(r.getInteger("start_offset"), r.getInteger("end_offset")))
                    .startsWith(r.getString("text").substring(0, Math.min(20, r.getString("text").length())));
        }
        assertThat(query("SELECT count(*) AS n FROM readmodel.statements WHERE search @@ plainto_tsquery('turkish', 'seçimler') AND release_id = $1", id)
                .iterator().next().getLong("n")).isPositive();
    }

    @Test
    void redeliveredMessageChangesNothing() {
        String id = ReleaseWriter.newId();
        RecordedEvent received = writer.receive(id, MAYOR_TEXT, "2024-06-01");
        awaitProjected(id, 2);
        Map<String, String> before = TableChecksums.of(db, "readmodel");

        writer.publish(received);
        String marker = ReleaseWriter.newId();
        writer.receive(marker, GOVERNOR_TEXT + " " + marker, "2024-06-02");
        awaitProjected(marker, 2);

        assertThat(writer.history(id)).hasSize(2);
        Map<String, String> after = TableChecksums.of(db, "readmodel");
        assertThat(query("SELECT count(*) AS n FROM readmodel.statements WHERE release_id = $1", id).iterator().next()
                .getLong("n")).isEqualTo(1);
        assertThat(after.get("release_officials")).isNotEqualTo(before.get("release_officials"));
        // only the marker release changed anything: removing it restores the state before
        writer.retract(marker, 2);
        awaitProjected(marker, 3);
        Map<String, String> withoutMarker = TableChecksums.of(db, "readmodel");
        assertThat(withoutMarker.get("statements")).isEqualTo(before.get("statements"));
        assertThat(withoutMarker.get("officials")).isEqualTo(before.get("officials"));
    }

    @Test
    void revisionReplacesAndRetractionRemovesTheReleasesContributions() {
        String id = ReleaseWriter.newId();
        writer.receive(id, MAYOR_TEXT, "2024-06-01");
        awaitProjected(id, 2);
        assertThat(officialNames(id)).containsExactly("Ahmet Yılmazer");

        writer.revise(id, 2, GOVERNOR_TEXT);
        awaitProjected(id, 4);
        assertThat(officialNames(id)).containsExactly("Mehmet Kaya");
        assertThat(query("SELECT text_version, analyzed_version FROM readmodel.releases WHERE id = $1", id)
                .iterator().next().getLong("analyzed_version")).isEqualTo(3);

        writer.retract(id, 4);
        awaitProjected(id, 5);
        assertThat(officialNames(id)).isEmpty();
        assertThat(query("SELECT status FROM readmodel.releases WHERE id = $1", id).iterator().next()
                .getString("status")).isEqualTo("retracted");
        assertThat(query("SELECT count(*) AS n FROM readmodel.statements WHERE release_id = $1", id).iterator().next()
                .getLong("n")).isZero();
        assertThat(writer.history(id)).hasSize(5);
    }

    @Test
    void poisonMessageLandsInTheDeadLetterTopicAndTheNextOneIsProcessed() {
        String poisonKey = "poison-" + ReleaseWriter.newId();
        writer.sendRaw(poisonKey, "{this is not an event");
        String id = ReleaseWriter.newId();
        writer.receive(id, MAYOR_TEXT, "2024-06-01");

        awaitProjected(id, 2);
        List<ConsumerRecord<String, String>> dead = TopicReader.readUntil(EventMessage.DEAD_LETTER_TOPIC,
                records -> records.stream().anyMatch(r -> poisonKey.equals(r.key())), Poll.PATIENCE);
        ConsumerRecord<String, String> record = dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(record.value()).isEqualTo("{this is not an event");
        assertThat(new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .isNotBlank();
    }

    @Test
    void analysisMessagesAreDroppedOnTheirTypeWithoutBeingRead() {
        // an unreadable body under the analysis type: read, it would go to the dead-letter topic like the poison
        String analysisKey = "analysis-" + ReleaseWriter.newId();
        writer.sendRaw(analysisKey, "ReleaseAnalyzed", "{never parsed");
        String poisonKey = "poison-" + ReleaseWriter.newId();
        writer.sendRaw(poisonKey, "ReleaseReceived", "{parsed and refused");

        List<ConsumerRecord<String, String>> dead = TopicReader.readUntil(EventMessage.DEAD_LETTER_TOPIC,
                records -> records.stream().anyMatch(r -> poisonKey.equals(r.key())), Poll.PATIENCE);
        assertThat(dead).noneMatch(r -> analysisKey.equals(r.key()));
    }

    @Test
    void rebuildFromTheEventStoreReproducesTheLiveReadModelsExactly() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = ReleaseWriter.newId();
            writer.receive(id, (i % 2 == 0 ? MAYOR_TEXT : GOVERNOR_TEXT) + " " + id, "2024-0" + (i + 1));
            ids.add(id);
        }
        ids.forEach(id -> awaitProjected(id, 2));
        writer.revise(ids.get(0), 2, GOVERNOR_TEXT);
        writer.retract(ids.get(1), 2);
        awaitProjected(ids.get(0), 4);
        awaitProjected(ids.get(1), 3);
        Map<String, String> live = TableChecksums.of(db, "readmodel");

        String answer = given().auth().oauth2(ADMIN).post("/v1/admin/rebuild").then().statusCode(200).extract().asString();

        assertThat(answer.lines().reduce((a, b) -> b).orElseThrow()).contains("\"done\":true").doesNotContain("error");
        assertThat(TableChecksums.of(db, "readmodel")).isEqualTo(live);
    }

    @Test
    void reanalyzeAppendsANewAnalysisForReleasesAnalysedByAnOlderExtractor() {
        String id = ReleaseWriter.newId();
        writer.receive(id, MAYOR_TEXT, "2024-06-01");
        awaitProjected(id, 2);
        RecordedEvent current = writer.history(id).get(1);
        // pretend an older extractor analysed it: append its analysis as that version would have recorded it
        ReleaseAnalyzed old = (ReleaseAnalyzed) writer.event(id, current.streamVersion());
        writer.append(id, 2, new ReleaseAnalyzed(id, old.extractorName(), "0.9.0", 1, old.analysis()));
        // entity-service projects an analysis in the transaction that appends it, never from its message: an
        // analysis written behind its back, as here, reaches the read models through a rebuild
        given().auth().oauth2(ADMIN).post("/v1/admin/rebuild").then().statusCode(200);
        awaitProjected(id, 3);
        assertThat(query("SELECT extractor_version FROM readmodel.releases WHERE id = $1", id).iterator().next()
                .getString("extractor_version")).isEqualTo("0.9.0");

        String answer = given().auth().oauth2(ADMIN).post("/v1/admin/reanalyze").then().statusCode(200).extract().asString();

        assertThat(answer.lines().reduce((a, b) -> b).orElseThrow()).contains("\"done\":true");
        List<RecordedEvent> history = writer.history(id);
        assertThat(history).extracting(RecordedEvent::type)
                .containsExactly("ReleaseReceived", "ReleaseAnalyzed", "ReleaseAnalyzed", "ReleaseAnalyzed");
        assertThat(history.get(3).data()).contains("\"extractorVersion\": \"" + Extractor.VERSION + "\"");
        assertThat(query("SELECT extractor_version FROM readmodel.releases WHERE id = $1", id)
                .iterator().next().getString("extractor_version")).isEqualTo(Extractor.VERSION);
    }

    @Test
    void aLocalOutletsProvincePlacesItsUnplacedOfficesAlsoAfterARevision() {
        String id = ReleaseWriter.newId();
        String text = "Törene Vali Oya Ergun ve Vali Yardımcısı Cem Balcı katıldı. " + id;
        writer.receiveFrom(id, text, "2024-06-01", "https://www.sinophaber.com/haber/" + id);
        awaitProjected(id, 2);
        assertThat(provinceOf("oya ergun")).isEqualTo(57);

        writer.revise(id, 2, text + " Tören sonunda fidan dikildi.");
        awaitProjected(id, 4);

        assertThat(writer.history(id).get(3).data()).contains("\"province\": \"Sinop\"");
        assertThat(provinceOf("cem balci")).isEqualTo(57);
    }

    private Integer provinceOf(String nameFolded) {
        return query("""
                SELECT p.province_id FROM readmodel.positions p JOIN readmodel.officials o ON o.id = p.official_id
                WHERE o.name_folded = $1""", nameFolded).iterator().next().getInteger("province_id");
    }

    @Test
    void theSamePersonIsOneOfficialAcrossReleasesWithOrWithoutTitleCapitalsOrSuffix() {
        String first = ReleaseWriter.newId();
        writer.receive(first, "(KONYA)- Ereğli Belediye Başkanı Ahmet Yılmazer, yeni parkı açtı. " + first, "2024-06-01");
        String second = ReleaseWriter.newId();
        writer.receive(second, "(KONYA)- EREĞLİ BELEDİYE BAŞKANI AHMET YILMAZER, meclis toplantısına katıldı. "
                + "Toplantıda Yılmazer'e teşekkür edildi. " + second, "2024-07-01");
        awaitProjected(first, 2);
        awaitProjected(second, 2);

        RowSet<Row> inSecond = query("SELECT official_id FROM readmodel.release_officials WHERE release_id = $1", second);
        assertThat(inSecond.size()).isEqualTo(1);
        String officialId = inSecond.iterator().next().getString("official_id");
        assertThat(query("SELECT official_id FROM readmodel.release_officials WHERE release_id = $1", first)
                .iterator().next().getString("official_id")).isEqualTo(officialId);
        Row official = query("SELECT name, aliases, release_count FROM readmodel.officials WHERE id = $1", officialId)
                .iterator().next();
        assertThat(official.getString("name")).isEqualTo("Ahmet Yılmazer");
        assertThat(official.getLong("release_count")).isGreaterThanOrEqualTo(2);
        assertThat(official.getArrayOfStrings("aliases")).contains("AHMET YILMAZER");
    }

    private List<String> officialNames(String releaseId) {
        return names(query("SELECT name FROM readmodel.release_officials WHERE release_id = $1 ORDER BY name", releaseId));
    }

    private static List<String> names(RowSet<Row> rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.getString(0)));
        return out;
    }
}
