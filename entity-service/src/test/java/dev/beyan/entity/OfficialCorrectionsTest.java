package dev.beyan.entity;

import dev.beyan.common.event.ReleaseAnalyzed;
import dev.beyan.common.store.PgEventStore;
import dev.beyan.common.store.RecordedEvent;
import dev.beyan.common.testing.Poll;
import dev.beyan.common.testing.RealServersResource;
import dev.beyan.common.testing.TableChecksums;
import dev.beyan.common.testing.TestDatabase;
import dev.beyan.common.testing.TestTokens;
import dev.beyan.registry.identity.Handles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Official identity on the real stack: namesakes kept apart, one person across two offices, and editors' merges and
 * splits recorded as events that hold through a rebuild and a re-analysis.
 */
@QuarkusTest
@QuarkusTestResource(RealServersResource.class)
class OfficialCorrectionsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String EDITOR = TestTokens.of("editor-ayse", "editor");
    private static final String ADMIN = TestTokens.of("identity-test", "admin");
    private static final String GOVERNOR = """
            (TRABZON)- Trabzon Valisi Tahir Şahin, kentteki sel bölgesinde incelemelerde bulundu. Şahin, "Zarar \
            gören bütün evleri yeniden yapacağız" dedi.""";
    private static final String MAYOR = """
            (İZMİR)- İzmir'in Tire Belediye Başkanı Tahir Şahin, ilçedeki yeni pazar yerini açtı. Şahin, \
            "Üreticimizin yanındayız" dedi.""";
    private static final String MAYOR_AGAIN = """
            (İZMİR)- Tire Belediye Başkanı Tahir Sahin, meclis toplantısını yönetti.""";

    @Inject
    PgEventStore store;

    private ReleaseWriter writer;
    private Pool db;

    @BeforeEach
    void open() {
        db = TestDatabase.superuserPool();
        writer = new ReleaseWriter(new PgEventStore(db, store.codec()));
    }

    @AfterEach
    void close() {
        writer.close();
        db.closeAndAwait();
    }

    @Test
    void namesakesAreTwoOfficialsUntilAnEditorMergesThemAndCorrectionsSurviveRebuildAndReanalysis() {
        String governorRelease = receive(GOVERNOR, "2026-02-10");
        String mayorRelease = receive(MAYOR, "2026-02-12");
        String mayorAgain = receive(MAYOR_AGAIN, "2026-02-20");

        String governor = officialIn(governorRelease, "tahir-sahin");
        String mayor = officialIn(mayorRelease, "tahir-sahin");
        // the governors' register has him in Kilis until a decree moved him to Trabzon: one person, named by the
        // first of his entries
        assertThat(governor).isEqualTo(Handles.registered("vali-kilis-2"));
        assertThat(mayor).isEqualTo(Handles.minted(mayorRelease, "tahir-sahin"));
        assertThat(officialIn(mayorAgain, "tahir-sahin")).isEqualTo(mayor);
        assertThat(identityRule(mayorRelease)).isEqualTo("first-seen");

        given().auth().oauth2(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("into", governor, "reason", "the governor was the mayor's namesake, not him"))
                .post("/v1/officials/{id}/merge", mayor).then().statusCode(200)
                .body("type", equalTo("OfficialsMerged")).body("officialId", equalTo(governor));

        assertThat(officialIn(mayorRelease, "tahir-sahin")).isEqualTo(governor);
        assertThat(officialIn(mayorAgain, "tahir-sahin")).isEqualTo(governor);
        assertThat(identityRule(mayorRelease)).isEqualTo("merged");
        assertThat(exists(mayor)).isFalse();
        assertThat(query("SELECT release_count FROM readmodel.officials WHERE id = $1", governor).iterator().next()
                .getInteger("release_count")).isEqualTo(3);
        RecordedEvent merge = last(writer.historyOf("curation-officials"));
        assertThat(merge.type()).isEqualTo("OfficialsMerged");
        assertThat(merge.metadata().actor()).isEqualTo("editor-ayse");
        assertThat(merge.data()).contains("\"editor\": \"editor-ayse\"", "namesake");

        String splitOff = given().auth().oauth2(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("releaseIds", List.of(mayorAgain), "reason", "a council meeting: the mayor"))
                .post("/v1/officials/{id}/split", governor).then().statusCode(200)
                .body("type", equalTo("OfficialSplit")).extract().path("officialId");
        assertThat(officialIn(mayorAgain, "tahir-sahin")).isEqualTo(splitOff);
        assertThat(officialIn(mayorRelease, "tahir-sahin")).isEqualTo(governor);
        Map<String, String> corrected = TableChecksums.of(db, "readmodel");

        rebuild();
        assertThat(TableChecksums.of(db, "readmodel")).isEqualTo(corrected);

        pretendAnOlderExtractorAnalysed(mayorRelease);
        pretendAnOlderExtractorAnalysed(mayorAgain);
        // entity-service projects only the analyses it appends itself: those written behind its back need a rebuild
        rebuild();
        assertThat(query("""
                SELECT count(*) AS n FROM readmodel.releases WHERE extractor_version = '0.9.0' AND id IN ($1, $2)""",
                mayorRelease, mayorAgain).iterator().next().getLong("n")).isEqualTo(2);
        String answer = given().auth().oauth2(ADMIN).post("/v1/admin/reanalyze").then().statusCode(200).extract()
                .asString();
        assertThat(answer.lines().reduce((a, b) -> b).orElseThrow()).contains("\"done\":true");
        assertThat(writer.history(mayorRelease)).extracting(RecordedEvent::type).endsWith("ReleaseAnalyzed",
                "ReleaseAnalyzed");
        assertThat(officialIn(mayorRelease, "tahir-sahin")).isEqualTo(governor);
        assertThat(officialIn(mayorAgain, "tahir-sahin")).isEqualTo(splitOff);
        assertThat(identityRule(mayorAgain)).isEqualTo("split");

        Map<String, String> reanalysed = TableChecksums.of(db, "readmodel");
        rebuild();
        assertThat(TableChecksums.of(db, "readmodel")).isEqualTo(reanalysed);
    }

    @Test
    void aGovernorWhoStandsForMayorIsOneOfficialWithTwoPositionsWhenTheRegisterLinksHim() {
        String governor = receive("(DİYARBAKIR)- Diyarbakır Valisi Murat Zorluoğlu, kentteki okulları ziyaret etti.",
                "2025-03-10");
        String candidate = receive("""
                (TRABZON)- AK Parti Trabzon Büyükşehir Belediye Başkan Adayı Murat Zorluoğlu, seçim bürosunu \
                açtı.""", "2024-01-20");

        String id = officialIn(governor, "murat-zorluoglu");
        assertThat(id).isEqualTo(Handles.registered("vali-diyarbakir-1"));
        assertThat(officialIn(candidate, "murat-zorluoglu")).isEqualTo(id);
        List<String> titles = new ArrayList<>();
        query("SELECT title FROM readmodel.positions WHERE official_id = $1 ORDER BY first_seen", id)
                .forEach(r -> titles.add(r.getString("title")));
        assertThat(titles).containsExactly("Büyükşehir Belediye Başkan Adayı", "Vali");
    }

    @Test
    void correctionsNeedTheEditorRoleAValidBodyAndKnownOfficials() {
        String release = receive("""
                (İZMİR)- Kiraz Belediye Başkanı Nuri Balcıoğlu, köy yollarındaki çalışmaları inceledi.""", "2024-06-01");
        String other = receive("""
                (İZMİR)- Beydağ Belediye Başkanı Selin Karaçam, kadın kooperatifini ziyaret etti.""", "2024-06-02");
        String id = officialIn(release, "nuri-balcioglu");
        String otherId = officialIn(other, "selin-karacam");
        Map<String, String> merge = Map.of("into", otherId, "reason", "test");

        given().contentType(ContentType.JSON).body(merge).post("/v1/officials/{id}/merge", id).then().statusCode(401);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(merge)
                .post("/v1/officials/{id}/merge", id).then().statusCode(403);
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON).body(merge)
                .post("/v1/officials/{id}/merge", "o_0000000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON).body(Map.of("into", otherId))
                .post("/v1/officials/{id}/merge", id).then().statusCode(400).body("field", equalTo("reason"));
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON).body(Map.of("into", id, "reason", "x"))
                .post("/v1/officials/{id}/merge", id).then().statusCode(400).body("field", equalTo("into"));
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("into", "nobody", "reason", "x\u0000")).post("/v1/officials/{id}/merge", id).then()
                .statusCode(400).body("field", equalTo("reason"));
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("releaseIds", List.of(other), "reason", "x")).post("/v1/officials/{id}/split", id).then()
                .statusCode(400).body("field", equalTo("releaseIds"));
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("releaseIds", List.of(release), "reason", "x")).post("/v1/officials/{id}/split", id)
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(exists(id)).isTrue();
        assertThat(exists(otherId)).isTrue();
    }

    private String receive(String text, String publishedAt) {
        String id = ReleaseWriter.newId();
        writer.receive(id, text + " " + id, publishedAt);
        Poll.until("release " + id + " projected", () -> query(
                "SELECT version FROM readmodel.stream_checkpoints WHERE stream_id = $1 AND version >= 2",
                "release-" + id).size() == 1);
        return id;
    }

    private void rebuild() {
        String answer = given().auth().oauth2(ADMIN).post("/v1/admin/rebuild").then().statusCode(200).extract()
                .asString();
        assertThat(answer.lines().reduce((a, b) -> b).orElseThrow()).contains("\"done\":true").doesNotContain("error");
    }

    /** Appends an analysis as an older extractor would have recorded it. */
    private void pretendAnOlderExtractorAnalysed(String id) {
        List<RecordedEvent> history = writer.history(id);
        RecordedEvent current = last(history);
        ReleaseAnalyzed analysis = (ReleaseAnalyzed) writer.event(id, current.streamVersion());
        writer.append(id, current.streamVersion(), new ReleaseAnalyzed(id, analysis.extractorName(), "0.9.0", 1,
                analysis.analysis()));
    }

    private String officialIn(String releaseId, String nameKey) {
        RowSet<Row> rows = query("""
                SELECT official_id FROM readmodel.release_officials WHERE release_id = $1 AND name_key = $2""",
                releaseId, nameKey);
        assertThat(rows.size()).as(nameKey + " in " + releaseId).isEqualTo(1);
        return rows.iterator().next().getString("official_id");
    }

    private String identityRule(String releaseId) {
        return query("SELECT identity_rule FROM readmodel.release_officials WHERE release_id = $1", releaseId)
                .iterator().next().getString("identity_rule");
    }

    private boolean exists(String officialId) {
        return query("SELECT 1 FROM readmodel.officials WHERE id = $1", officialId).size() == 1;
    }

    private RowSet<Row> query(String sql, Object... args) {
        return db.preparedQuery(sql).execute(Tuple.from(args)).await().atMost(WAIT);
    }

    private static RecordedEvent last(List<RecordedEvent> events) {
        return events.get(events.size() - 1);
    }
}
