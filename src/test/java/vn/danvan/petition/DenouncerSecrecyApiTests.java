package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.StaffMember;

/**
 * The seal on a denouncer's identity belongs to the identity for its whole life (Luật Tố cáo 2018 Đ.9(1)(b),
 * Đ.47): whatever the case later becomes, staff without the permission never read it.
 */
@DanvanIntegrationTest
class DenouncerSecrecyApiTests {

    private static final String DENOUNCER = "Lê Thị Kín";

    @LocalServerPort
    int port;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CitizenDesk online;

    final JsonMapper json = JsonMapper.builder().build();
    StaffApi api;
    PetitionFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        api = new StaffApi(port);
        setting = fixtures.setting();
    }

    long denunciation() throws Exception {
        var created = api.call(
                setting.provinceReception(),
                "POST",
                "/api/v1/petitions",
                StaffApi.petitionJson(setting.province().id(), "DENUNCIATION", DENOUNCER, "Tố cáo lạm quyền"));
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    HttpResponse<String> classify(long id, String type) throws Exception {
        return api.call(
                setting.provinceHandler(),
                "PUT",
                "/api/v1/petitions/" + id + "/classification",
                "{\"type\": \"%s\", \"fieldCode\": \"LAND\", \"anonymous\": false}".formatted(type));
    }

    void identityIsRefused(StaffMember staff, long id) throws Exception {
        var refused = api.call(staff, "GET", "/api/v1/petitions/" + id + "/identity", null);
        assertThat(refused.statusCode()).as("identity of %d", id).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Kín");
        assertThat(api.call(staff, "GET", "/api/v1/petitions/" + id, null).body())
                .doesNotContain("Kín");
    }

    List<String> identityAudit(long id) {
        return jdbc.sql("""
                select action from shared.audit_event where subject_type = 'petition' and subject_id = ?
                and action like 'petition.identity%' order by id
                """).param(String.valueOf(id)).query(String.class).list();
    }

    long derived(long originId, String relation) {
        return jdbc.sql("select id from petition.petition where related_petition_id = ? and relation = ?")
                .params(originId, relation)
                .query(Long.class)
                .single();
    }

    @Test
    void reclassifiedDenunciationKeepsItsSeal() throws Exception {
        long id = denunciation();
        assertThat(classify(id, "FEEDBACK").statusCode()).isEqualTo(200);
        identityIsRefused(setting.provinceHandler(), id);
        assertThat(identityAudit(id)).containsExactly("petition.identity-refused");

        assertThat(classify(id, "DENUNCIATION").statusCode()).isEqualTo(200);
        assertThat(classify(id, "COMPLAINT").statusCode()).isEqualTo(200);
        identityIsRefused(setting.provinceHandler(), id);
        assertThat(api.call(
                                setting.provinceHandler(),
                                "GET",
                                "/api/v1/petitions?body=" + setting.province().id(),
                                null)
                        .body())
                .doesNotContain("Kín");
        assertThat(jdbc.sql("select search_text || coalesce(petitioner_name, '') from petition.petition where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .doesNotContain("kin")
                .doesNotContain("Kín");

        var revealed = api.call(setting.confidant(), "GET", "/api/v1/petitions/" + id + "/identity", null);
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(revealed.body()).contains(DENOUNCER);
        assertThat(identityAudit(id))
                .containsExactly("petition.identity-refused", "petition.identity-refused", "petition.identity-viewed");
    }

    @Test
    void aPartSplitOffADenunciationIsSealedWhateverItsType() throws Exception {
        long id = denunciation();
        var split = api.call(setting.provinceHandler(), "POST", "/api/v1/petitions/" + id + "/split", """
                {"type": "FEEDBACK", "fieldCode": "LAND", "title": "Phản ánh đường hỏng", "content": "Đường thôn hỏng"}
                """);
        assertThat(split.statusCode()).isEqualTo(201);
        long part = json.readTree(split.body()).get("id").asLong();
        identityIsRefused(setting.provinceHandler(), part);
        assertThat(identityAudit(part)).containsExactly("petition.identity-refused");
        assertThat(api.call(setting.confidant(), "GET", "/api/v1/petitions/" + part + "/identity", null)
                        .body())
                .contains(DENOUNCER);
    }

    @Test
    void splittingADenunciationOffAComplaintSealsTheWholeIdentity() throws Exception {
        var created = api.call(
                setting.provinceReception(),
                "POST",
                "/api/v1/petitions",
                StaffApi.petitionJson(setting.province().id(), "COMPLAINT", DENOUNCER, "Khiếu nại và tố cáo"));
        long id = json.readTree(created.body()).get("id").asLong();
        var split = api.call(setting.provinceHandler(), "POST", "/api/v1/petitions/" + id + "/split", """
                {"type": "DENUNCIATION", "fieldCode": "LAND", "title": "Tố cáo cán bộ", "content": "Cán bộ nhận tiền"}
                """);
        assertThat(split.statusCode()).isEqualTo(201);
        long part = json.readTree(split.body()).get("id").asLong();
        identityIsRefused(setting.provinceHandler(), part);
        identityIsRefused(setting.provinceHandler(), id);
    }

    @Test
    void reclassifyingOnePartAsADenunciationSealsTheOriginalAndEveryOtherPart() throws Exception {
        var created = api.call(
                setting.provinceReception(),
                "POST",
                "/api/v1/petitions",
                StaffApi.petitionJson(setting.province().id(), "COMPLAINT", DENOUNCER, "Khiếu nại nhiều nội dung"));
        long id = json.readTree(created.body()).get("id").asLong();
        long[] parts = new long[2];
        for (int i = 0; i < parts.length; i++) {
            var split = api.call(
                    setting.provinceHandler(), "POST", "/api/v1/petitions/" + id + "/split", """
                    {"type": "FEEDBACK", "fieldCode": "LAND", "title": "Phần %d", "content": "Nội dung phần %d"}
                    """.formatted(i, i));
            assertThat(split.statusCode()).isEqualTo(201);
            parts[i] = json.readTree(split.body()).get("id").asLong();
        }

        assertThat(classify(parts[0], "DENUNCIATION").statusCode()).isEqualTo(200);

        identityIsRefused(setting.provinceHandler(), id);
        identityIsRefused(setting.provinceHandler(), parts[1]);
        assertThat(jdbc.sql("select count(*) from petition.petition where id in (?, ?, ?) and not identity_sealed")
                        .params(id, parts[0], parts[1])
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select string_agg(search_text || coalesce(petitioner_name, ''), ' ') from petition.petition "
                                        + "where id in (?, ?, ?)")
                        .params(id, parts[0], parts[1])
                        .query(String.class)
                        .single())
                .doesNotContain("kin")
                .doesNotContain("Kín");
    }

    @Test
    void theCopyTransferredToAnotherBodyIsSealed() throws Exception {
        long id = denunciation();
        assertThat(classify(id, "RECOMMENDATION").statusCode()).isEqualTo(200);
        var transferred = api.call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions/" + id + "/decision",
                "{\"decision\": \"TRANSFER\", \"targetBodyId\": %d}"
                        .formatted(setting.commune().id()));
        assertThat(transferred.statusCode()).isEqualTo(200);
        long copy = derived(id, "TRANSFERRED_FROM");
        identityIsRefused(setting.communeHandler(), copy);
        assertThat(api.call(
                                setting.communeHandler(),
                                "PUT",
                                "/api/v1/petitions/" + copy + "/classification",
                                "{\"type\": \"FEEDBACK\", \"fieldCode\": \"LAND\", \"anonymous\": false}")
                        .statusCode())
                .isEqualTo(200);
        identityIsRefused(setting.communeHandler(), copy);
        assertThat(identityAudit(copy)).containsExactly("petition.identity-refused", "petition.identity-refused");
    }

    @Test
    void aReopenedCaseKeepsTheSealAndIsNotPublished() throws Exception {
        long id = denunciation();
        assertThat(classify(id, "FEEDBACK").statusCode()).isEqualTo(200);
        jdbc.sql("update petition.petition set publish_answer = true where id = ?")
                .param(id)
                .update();
        assertThat(api.call(
                                setting.provinceHandler(),
                                "POST",
                                "/api/v1/petitions/" + id + "/decision",
                                "{\"decision\": \"ACCEPT\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.call(
                                setting.provinceHandler(),
                                "POST",
                                "/api/v1/petitions/" + id + "/conclusion",
                                "{\"outcome\": \"ANSWERED\", \"summary\": \"Đã trả lời\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from petition.published_answer where petition_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();

        String code = jdbc.sql("select tracking_code from petition.petition where id = ?")
                .param(id)
                .query(String.class)
                .single();
        long reopened = online.reopen(code, "Chưa được giải quyết thoả đáng").id();
        identityIsRefused(setting.provinceHandler(), reopened);
        assertThat(api.call(setting.confidant(), "GET", "/api/v1/petitions/" + reopened + "/identity", null)
                        .body())
                .contains(DENOUNCER);
    }

    @Test
    void aSecondInstanceOfAReclassifiedDenunciationIsSealed() throws Exception {
        long id = denunciation();
        assertThat(classify(id, "COMPLAINT").statusCode()).isEqualTo(200);
        String code = jdbc.sql("select tracking_code from petition.petition where id = ?")
                .param(id)
                .query(String.class)
                .single();
        // The first instance's deadline has passed (received on 5 October): the second instance may be filed.
        String second = StaffApi.petitionJson(setting.province().id(), "COMPLAINT", DENOUNCER, "Khiếu nại lần hai")
                .replace(
                        "\"receivedOn\"",
                        "\"instance\": \"SECOND\", \"relation\": \"SECOND_INSTANCE_OF\", "
                                + "\"relatedTrackingCode\": \"" + code + "\", \"receivedOn\"")
                .replace(
                        "2026-10-05",
                        java.time.LocalDate.now(vn.danvan.shared.VietnamTime.ZONE)
                                .toString());
        var created = api.call(setting.provinceReception(), "POST", "/api/v1/petitions", second);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        identityIsRefused(
                setting.provinceHandler(),
                json.readTree(created.body()).get("id").asLong());
    }

    @Test
    void theMigrationSealsDenunciationsReclassifiedBeforeAndTheirParts() throws Exception {
        long id = denunciation();
        assertThat(classify(id, "FEEDBACK").statusCode()).isEqualTo(200);
        var split = api.call(setting.provinceHandler(), "POST", "/api/v1/petitions/" + id + "/split", """
                {"type": "RECOMMENDATION", "fieldCode": "LAND", "title": "Kiến nghị sửa đường", "content": "Sửa đường"}
                """);
        long part = json.readTree(split.body()).get("id").asLong();
        var other = api.call(
                setting.provinceReception(),
                "POST",
                "/api/v1/petitions",
                StaffApi.petitionJson(setting.province().id(), "FEEDBACK", "Trần Văn Công", "Phản ánh đèn đường"));
        long feedback = json.readTree(other.body()).get("id").asLong();
        // As the rows stood before the seal existed: only the current type said what was secret.
        jdbc.sql("update petition.petition set identity_sealed = false where id in (?, ?)")
                .params(id, part)
                .update();
        identityIsReadableByTheHandler(part);

        String migration = new String(
                getClass()
                        .getResourceAsStream("/db/migration/petition/V2026_11_30_1000__petition_identity_sealed.sql")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String statements = migration
                .lines()
                .filter(line -> !line.startsWith("--"))
                .collect(java.util.stream.Collectors.joining("\n"));
        for (String statement : statements.split(";")) {
            if (!statement.isBlank() && !statement.strip().startsWith("alter table")) {
                jdbc.sql(statement).update();
            }
        }
        identityIsRefused(setting.provinceHandler(), id);
        identityIsRefused(setting.provinceHandler(), part);
        assertThat(jdbc.sql("select identity_sealed from petition.petition where id = ?")
                        .param(feedback)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(api.call(setting.provinceHandler(), "GET", "/api/v1/petitions/" + feedback, null)
                        .body())
                .contains("Trần Văn Công");
    }

    void identityIsReadableByTheHandler(long id) throws Exception {
        assertThat(api.call(setting.provinceHandler(), "GET", "/api/v1/petitions/" + id + "/identity", null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aReclassifiedDenunciationIsNeverListedForApiClients() throws Exception {
        long id = denunciation();
        assertThat(classify(id, "FEEDBACK").statusCode()).isEqualTo(200);
        String code = jdbc.sql("select tracking_code from petition.petition where id = ?")
                .param(id)
                .query(String.class)
                .single();
        var now = java.time.OffsetDateTime.now();
        assertThat(online.serviceRequests(new CitizenDesk.RequestFilter(
                        List.of(code), null, null, now.minusYears(1), now.plusDays(1), null, 10)))
                .isEmpty();
    }

    @Test
    void twentyConcurrentReclassificationsAndRevealsNeverLeakTheIdentity() throws Exception {
        long id = denunciation();
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String type = i % 4 == 0 ? "DENUNCIATION" : "FEEDBACK";
            calls.add(
                    i % 2 == 0
                            ? () -> classify(id, type)
                            : () -> api.call(
                                    setting.provinceHandler(), "GET", "/api/v1/petitions/" + id + "/identity", null));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (Future<HttpResponse<String>> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
        }
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).isLessThan(500);
            assertThat(response.body()).doesNotContain("Kín");
            if (response.request().uri().getPath().endsWith("/identity")) {
                assertThat(response.statusCode()).isEqualTo(403);
            }
        }
        assertThat(identityAudit(id)).hasSize(10).containsOnly("petition.identity-refused");
        classify(id, "FEEDBACK");
        identityIsRefused(setting.provinceHandler(), id);
    }
}
