package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.StaffMember;

/** The complaint paths over real HTTP: each refusal is problem+json with a Vietnamese detail and writes nothing. */
@DanvanIntegrationTest
class ComplaintApiTests {

    @LocalServerPort
    int port;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    PetitionFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    HttpResponse<String> call(StaffMember staff, String method, String path, String body) throws Exception {
        return new StaffApi(port).call(staff, method, path, body);
    }

    long complaint() throws Exception {
        var created = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions",
                StaffApi.petitionJson(setting.province().id(), "COMPLAINT", "Lê Văn Tám", "Khiếu nại giá đền bù"));
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("detail").asString()).contains(detail);
    }

    int timelineRows(long id) {
        return jdbc.sql("select count(*) from petition.petition_event where petition_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void aTimeBarredComplaintIsRefusedAtAcceptanceWithAProblemNamingTheLastDay() throws Exception {
        long id = complaint();
        var recorded = call(
                setting.provinceHandler(),
                "PUT",
                "/api/v1/petitions/" + id + "/complaint-particulars",
                "{\"subject\": \"ADMINISTRATIVE\", \"learnedOn\": \"2026-06-01\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        var view = call(setting.provinceHandler(), "GET", "/api/v1/petitions/" + id + "/complaint", null);
        assertThat(json.readTree(view.body()).get("timeBarEnds").asString()).isEqualTo("2026-08-31");

        int rows = timelineRows(id);
        var refused = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions/" + id + "/decision",
                "{\"decision\": \"ACCEPT\", \"decidedOn\": \"2026-10-07\", \"complex\": false}");
        assertProblem(refused, 409, "hết thời hiệu");
        assertThat(refused.body()).contains("2026-08-31");
        assertThat(timelineRows(id)).isEqualTo(rows);
    }

    @Test
    void suspendingAComplaintNotBeingResolvedOrDeclaringComplexityWithoutACriterionIsAProblem() throws Exception {
        long id = complaint();
        assertProblem(
                call(
                        setting.provinceHandler(),
                        "POST",
                        "/api/v1/petitions/" + id + "/suspension",
                        "{\"ground\": \"OTHER\", \"reason\": \"Chờ kết quả giám định\"}"),
                409,
                "không");
        assertProblem(
                call(
                        setting.provinceHandler(),
                        "POST",
                        "/api/v1/petitions/" + id + "/complexity",
                        "{\"complexity\": \"COMPLEX\", \"criteria\": [], \"reason\": \"Phức tạp\"}"),
                400,
                "không hợp lệ");
        assertProblem(
                call(
                        setting.provinceHandler(),
                        "POST",
                        "/api/v1/petitions/" + id + "/complexity",
                        "{\"complexity\": \"ESPECIALLY_COMPLEX\", \"criteria\": [\"FOREIGN_ELEMENT\"], \"reason\": \"x\"}"),
                400,
                "đặc biệt phức tạp");
        assertProblem(
                call(
                        setting.provinceHandler(),
                        "POST",
                        "/api/v1/petitions/" + id + "/decision-sending",
                        "{\"sentOn\": \"2026-10-06\"}"),
                409,
                "quyết định");
    }

    @Test
    void aComplaintIsSuspendedAndResumedOverTheApi() throws Exception {
        long id = complaint();
        call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions/" + id + "/decision",
                "{\"decision\": \"ACCEPT\", \"decidedOn\": \"2026-10-07\", \"complex\": false}");
        var suspended = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions/" + id + "/suspension",
                "{\"ground\": \"FORCE_MAJEURE_OR_OBSTACLE\", \"reason\": \"Bão lũ\", \"issuedOn\": \"2026-10-20\"}");
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        assertThat(json.readTree(suspended.body()).get("due").isNull()).isTrue();
        var resumed = call(
                setting.provinceHandler(),
                "POST",
                "/api/v1/petitions/" + id + "/resumption",
                "{\"reason\": \"Hết bão lũ\", \"issuedOn\": \"2026-11-16\"}");
        assertThat(json.readTree(resumed.body()).get("due").asString()).isEqualTo("2026-12-16");
        assertProblem(
                call(
                        setting.provinceHandler(),
                        "POST",
                        "/api/v1/petitions/" + id + "/resumption",
                        "{\"reason\": \"lần nữa\"}"),
                409,
                "không bị tạm đình chỉ");
        // An observer may see the case but not change it.
        assertThat(call(
                                setting.observer(),
                                "POST",
                                "/api/v1/petitions/" + id + "/suspension",
                                "{\"ground\": \"OTHER\", \"reason\": \"x\"}")
                        .statusCode())
                .isEqualTo(403);
    }
}
