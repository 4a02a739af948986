package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.VietnamTime;

/**
 * The training courses and the activities with the community over JSON: created and read back, bad input a Vietnamese
 * problem+json that writes nothing, another body's staff a 403 or an empty list.
 */
@DanvanIntegrationTest
class TrainingAndActivityApiTests {

    static final LocalDate TODAY = LocalDate.now(VietnamTime.ZONE);

    @LocalServerPort
    int port;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    PlanFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    @Test
    void aCourseIsPlannedAndItsParticipantEnrolledOverTheApi() throws Exception {
        var reversed = post(setting.boardStaff(), "/api/v1/programme/courses", """
                {"bodyId": %d, "title": "Lớp kỹ năng tiếp công dân", "topic": "RECEPTION", "startsOn": "%s",
                 "endsOn": "%s", "place": "Huế", "hours": 16}""".formatted(
                        setting.board().id(), TODAY.plusDays(5), TODAY.plusDays(3)));
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(reversed.body()).contains("Ngày kết thúc lớp phải sau ngày bắt đầu.");
        assertThat(courses()).isZero();

        var planned = post(setting.boardStaff(), "/api/v1/programme/courses", """
                {"bodyId": %d, "title": "Lớp kỹ năng tiếp công dân", "topic": "RECEPTION", "startsOn": "%s",
                 "endsOn": "%s", "place": "Huế", "hours": 16}""".formatted(
                        setting.board().id(), TODAY.plusDays(3), TODAY.plusDays(5)));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        String location = planned.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        var enrolled = post(
                setting.boardStaff(),
                "/api/v1/programme/courses/" + id + "/participants",
                "{\"staffId\": %d}".formatted(setting.communeStaff().id()));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        assertThat(enrolled.body()).contains(setting.communeStaff().fullName());
        var outsider = post(
                setting.boardStaff(),
                "/api/v1/programme/courses/" + id + "/participants",
                "{\"staffId\": %d}".formatted(setting.borderStaff().id()));
        assertThat(outsider.statusCode()).isEqualTo(400);
        assertThat(outsider.body()).contains("Chỉ cử học cán bộ của cơ quan mở lớp");

        assertThat(get(setting.boardStaff(), "/api/v1/programme/courses").body())
                .contains("Lớp kỹ năng tiếp công dân");
        assertThat(get(setting.boardStaff(), "/api/v1/programme/courses/" + id).body())
                .contains("\"participants\"")
                .contains(setting.communeStaff().fullName());
        assertThat(get(setting.borderStaff(), "/api/v1/programme/courses/" + id).statusCode())
                .isEqualTo(403);
        assertThat(get(setting.borderStaff(), "/api/v1/programme/courses").body())
                .doesNotContain("Lớp kỹ năng tiếp công dân");
        assertThat(courses()).isEqualTo(1);
    }

    @Test
    void anActivityWithTheCommunityIsRecordedAndReadOverTheApi() throws Exception {
        var noLeader = post(setting.boardStaff(), "/api/v1/programme/activities", """
                {"bodyId": %d, "kind": "FIELD_VISIT", "community": "PARTY_CELL", "heldOn": "%s",
                 "place": "Chi bộ thôn 3", "leaderName": null, "learned": "Nắm tình hình"}""".formatted(
                        setting.board().id(), TODAY));
        assertThat(noLeader.statusCode()).isEqualTo(400);
        assertThat(noLeader.body()).contains("Chuyến đi cơ sở cần ghi tên đồng chí lãnh đạo.");
        var future = post(setting.boardStaff(), "/api/v1/programme/activities", """
                {"bodyId": %d, "kind": "COMMUNITY_WORK", "community": "ETHNIC_MINORITY", "heldOn": "%s",
                 "place": "Bản A Lưới", "leaderName": null, "learned": "Nắm tình hình"}""".formatted(
                        setting.board().id(), TODAY.plusDays(1)));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(activities()).isZero();

        var recorded = post(setting.boardStaff(), "/api/v1/programme/activities", """
                {"bodyId": %d, "kind": "FIELD_VISIT", "community": "PARTY_CELL", "heldOn": "%s",
                 "place": "Chi bộ thôn 3", "leaderName": "Đồng chí Bí thư", "learned": "Bà con mong làm đường"}""".formatted(
                        setting.board().id(), TODAY));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.body()).contains("Bà con mong làm đường").contains("\"FIELD_VISIT\"");
        var stranger = post(setting.borderStaff(), "/api/v1/programme/activities", """
                {"bodyId": %d, "kind": "FIELD_VISIT", "community": "PARTY_CELL", "heldOn": "%s",
                 "place": "Chi bộ", "leaderName": "Ai đó", "learned": "Không"}""".formatted(
                        setting.board().id(), TODAY));
        assertThat(stranger.statusCode()).isEqualTo(403);

        assertThat(get(setting.boardStaff(), "/api/v1/programme/activities?year=" + TODAY.getYear())
                        .body())
                .contains("Chi bộ thôn 3");
        assertThat(get(setting.borderStaff(), "/api/v1/programme/activities").body())
                .doesNotContain("Chi bộ thôn 3");
        assertThat(get(setting.boardStaff(), "/api/v1/programme/activities?year=1800")
                        .statusCode())
                .isEqualTo(400);
        assertThat(activities()).isEqualTo(1);
    }

    long courses() {
        return jdbc.sql("select count(*) from programme.course where body_id = ?")
                .param(setting.board().id())
                .query(Long.class)
                .single();
    }

    long activities() {
        return jdbc.sql("select count(*) from programme.activity where body_id = ?")
                .param(setting.board().id())
                .query(Long.class)
                .single();
    }

    HttpResponse<String> post(StaffMember staff, String path, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        request(staff, path)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(StaffMember staff, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(request(staff, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(StaffMember staff, String path) {
        String credentials = staff.username() + ":" + PlanFixtures.PASSWORD_PREFIX + staff.username();
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
