package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.VietnamTime;

/**
 * The reception-side rules through the pages: a group's representatives appointed in writing from among the group
 * (docs/law/rules.md A3), the answer owed within 10 working days and flagged when late (A1 row 2), the written refusal
 * notice due within 3 working days of the grounds from 1 July 2026 (A4).
 */
@DanvanIntegrationTest
class ReceptionLawPageTests {

    @LocalServerPort
    int port;

    @Autowired
    ReceptionFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    ReceptionFixtures.Setting setting;
    WebSession session;

    @BeforeEach
    void setUp() throws Exception {
        setting = fixtures.setting();
        session = signedIn(setting.receptionOfficer());
        session.get("/reception/visits/new");
    }

    WebSession signedIn(StaffMember staff) throws Exception {
        return WebSession.signedIn(port, staff.username(), "mat-khau-tiep-dan-" + staff.username());
    }

    LocalDate today() {
        return LocalDate.now(VietnamTime.ZONE);
    }

    /** A working day long enough ago that its 10 working days have run out. */
    LocalDate longAgo() {
        LocalDate day = today().minusDays(40);
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    Map<String, String> visit(String kind, int people, int representatives, LocalDate day, String summary) {
        Map<String, String> form = new HashMap<>();
        form.put("bodyId", String.valueOf(setting.peoplesCommittee().id()));
        form.put("visitedOn", day.toString());
        form.put("visitorKind", kind);
        form.put("peopleCount", String.valueOf(people));
        form.put("representativeCount", String.valueOf(representatives));
        form.put("visitorName", "Võ Văn Nam");
        form.put("matter", "NEW");
        form.put("contentType", "COMPLAINT");
        form.put("fieldCode", "LAND");
        form.put("summary", summary);
        return form;
    }

    int visits() {
        return jdbc.sql("select count(*) from reception.visit where body_id = ?")
                .param(setting.peoplesCommittee().id())
                .query(Integer.class)
                .single();
    }

    List<String> audit(long visitId) {
        return jdbc.sql("""
                select action from shared.audit_event where subject_type = 'reception-visit' and subject_id = ?
                order by id
                """).param(String.valueOf(visitId)).query(String.class).list();
    }

    static long id(java.net.http.HttpResponse<String> response) {
        String path = response.uri().getPath();
        assertThat(path).matches("/reception/visits/\\d+");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void aGroupWithoutAWrittenAppointmentOfItsRepresentativesIsExplainedInVietnameseAndNothingIsWritten()
            throws Exception {
        int before = visits();

        var unwritten = session.post("/reception/visits", visit("GROUP", 9, 2, today(), "Đoàn 9 hộ khiếu nại"));
        assertThat(unwritten.statusCode()).isEqualTo(200);
        assertThat(unwritten.body()).contains("Đoàn đông người phải cử người đại diện bằng văn bản");

        Map<String, String> outsiders = visit("GROUP", 9, 2, today(), "Đoàn 9 hộ khiếu nại");
        outsiders.put("representativesInWriting", "true");
        var notAmong = session.post("/reception/visits", outsiders);
        assertThat(notAmong.body()).contains("Người đại diện phải là người trong đoàn");

        Map<String, String> tooMany = visit("GROUP", 9, 3, today(), "Đoàn 9 hộ khiếu nại");
        tooMany.put("representativesInWriting", "true");
        tooMany.put("representativesAmongGroup", "true");
        assertThat(session.post("/reception/visits", tooMany).uri().getPath()).isEqualTo("/reception/visits");
        assertThat(visits()).isEqualTo(before);

        Map<String, String> proper = visit("GROUP", 12, 5, today(), "Đoàn 12 hộ khiếu nại");
        proper.put("representativesInWriting", "true");
        proper.put("representativesAmongGroup", "true");
        var recorded = session.post("/reception/visits", proper);
        assertThat(recorded.body()).contains("Đã ghi lượt tiếp vào sổ.");
        assertThat(jdbc.sql("select representatives_in_writing and representatives_among_group from reception.visit"
                                + " where id = ?")
                        .param(id(recorded))
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anUnansweredVisitIsFlaggedOnTheDeskAfterTenWorkingDaysUntilItsAnswerIsRecorded() throws Exception {
        LocalDate visited = longAgo();
        var recorded =
                session.post("/reception/visits", visit("INDIVIDUAL", 1, 0, visited, "Khiếu nại cấp giấy chứng nhận"));
        long id = id(recorded);
        LocalDate due = calendar.plusWorkingDays(visited, 10);
        String dueText = String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear());
        assertThat(recorded.body()).contains("Hạn: " + dueText).contains("Quá hạn");

        var desk = session.get("/reception");
        assertThat(desk.body()).contains("id=\"overdue\"").contains("data-visit=\"" + id + "\"");

        var early = session.post(
                "/reception/visits/" + id + "/answer",
                Map.of("answer", "ACCEPTED", "answeredOn", visited.minusDays(1).toString()));
        assertThat(early.body()).contains("Ngày trả lời phải từ ngày tiếp đến hôm nay.");

        var answered = session.post(
                "/reception/visits/" + id + "/answer",
                Map.of("answer", "TRANSFERRED", "answeredOn", today().toString()));
        assertThat(answered.body())
                .contains("Đã ghi nhận trả lời công dân.")
                .contains("Đã chuyển cơ quan có thẩm quyền");
        assertThat(audit(id)).containsExactly("reception.visit-recorded", "reception.visit-answered");
        assertThat(session.get("/reception").body()).doesNotContain("data-visit=\"" + id + "\"");

        var twice = session.post(
                "/reception/visits/" + id + "/answer", Map.of("answer", "ACCEPTED", "answeredOn", today().toString()));
        assertThat(twice.body()).contains("Lượt tiếp đã được ghi nhận trả lời.");
        assertThat(audit(id)).hasSize(2);
    }

    @Test
    void aRefusalOnTheGroundsOfArticleNineThreeOwesItsWrittenNoticeWithinThreeWorkingDays() throws Exception {
        LocalDate visited = longAgo();
        Map<String, String> form = visit("INDIVIDUAL", 1, 0, visited, "Khiếu nại vụ việc đã giải quyết lần hai");
        form.put("refusalGround", "ALREADY_RESOLVED_PERSISTING");
        var refused = session.post("/reception/visits", form);
        long id = id(refused);
        LocalDate due = calendar.plusWorkingDays(visited, 3);
        assertThat(refused.body())
                .contains("Thông báo từ chối tiếp công dân (Mẫu 01/TCD)")
                .contains("Hạn: "
                        + String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear()))
                .doesNotContain("Trả lời người được tiếp");
        assertThat(session.get("/reception").body()).contains("data-visit=\"" + id + "\"");

        var noticed = session.post("/reception/visits/" + id + "/refusal-notice", Map.of("noticeOn", due.toString()));
        assertThat(noticed.body())
                .contains("Đã ghi nhận thông báo từ chối tiếp.")
                .doesNotContain("Quá hạn");
        assertThat(audit(id)).containsExactly("reception.visit-refused", "reception.refusal-notice-recorded");
        assertThat(session.get("/reception").body()).doesNotContain("data-visit=\"" + id + "\"");
    }

    @Test
    void aRefusalExplainedOnTheSpotOwesNoWrittenNoticeAndAGroundOfFirstJuly2026IsNotUsedBefore() throws Exception {
        Map<String, String> form = visit("INDIVIDUAL", 1, 0, today(), "Người đến gây rối");
        form.put("refusalGround", "THREATENING_OR_DISRUPTIVE");
        var refused = session.post("/reception/visits", form);
        long id = id(refused);
        assertThat(refused.body()).doesNotContain("id=\"refusal-notice\"").doesNotContain("id=\"answer\"");
        var notice =
                session.post("/reception/visits/" + id + "/refusal-notice", Map.of("noticeOn", today().toString()));
        assertThat(notice.body()).contains("Trường hợp từ chối này không phải thông báo bằng văn bản");

        int before = visits();
        Map<String, String> early = visit("INDIVIDUAL", 1, 0, LocalDate.of(2026, 6, 30), "Phản ánh lại vụ việc cũ");
        early.put("refusalGround", "ALREADY_ANSWERED_NO_NEW_FACTS");
        var tooEarly = session.post("/reception/visits", early);
        assertThat(tooEarly.body()).contains("Trường hợp từ chối này chưa có hiệu lực vào ngày tiếp");
        assertThat(visits()).isEqualTo(before);
    }
}
