package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.StaffMember;
import vn.danvan.shared.VietnamTime;

/** The reception desk through the real form login: schedule, log a delegation, make its petition, the public schedule. */
@DanvanIntegrationTest
class ReceptionPageTests {

    @LocalServerPort
    int port;

    @Autowired
    ReceptionFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    ReceptionFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    WebSession signedIn(StaffMember staff) throws Exception {
        return WebSession.signedIn(port, staff.username(), "mat-khau-tiep-dan-" + staff.username());
    }

    static LocalDate nextWorkingWeekday() {
        LocalDate day = LocalDate.now(VietnamTime.ZONE).plusDays(7);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day;
    }

    Map<String, String> visitForm(String summary) {
        Map<String, String> form = new HashMap<>(Map.of(
                "bodyId",
                String.valueOf(setting.peoplesCommittee().id()),
                "visitedOn",
                "2026-11-20",
                "visitorKind",
                "GROUP",
                "peopleCount",
                "9",
                "representativeCount",
                "2",
                "visitorName",
                "Phan Văn Tâm",
                "communeCode",
                "19789",
                "matter",
                "NEW",
                "contentType",
                "COMPLAINT"));
        form.put("fieldCode", "LAND");
        form.put("representativesInWriting", "true");
        form.put("representativesAmongGroup", "true");
        form.put("summary", summary);
        form.put("response", "Hướng dẫn đoàn cử người đại diện, nộp đơn");
        return form;
    }

    @Test
    void anOfficerSchedulesTheChairmansReceptionAndCitizensSeeItOnThePortal() throws Exception {
        var session = signedIn(setting.receptionOfficer());
        var desk = session.get("/reception");
        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(desk.body())
                .contains("Nghĩa vụ tiếp công dân")
                .contains("Chủ tịch Trần Quốc Bảo")
                .contains("Chưa đủ — cần xếp lịch");

        LocalDate day = nextWorkingWeekday();
        var scheduled = session.post(
                "/reception/sessions",
                Map.of(
                        "kind",
                        "PERIODIC",
                        "headId",
                        String.valueOf(setting.chairman().id()),
                        "bodyId",
                        String.valueOf(setting.peoplesCommittee().id()),
                        "heldOn",
                        day.toString(),
                        "startsAt",
                        "07:30",
                        "endsAt",
                        "11:30",
                        "place",
                        "Hội trường UBND phường Thuận Hoá " + setting.chairman().id(),
                        "published",
                        "true"));
        assertThat(scheduled.statusCode()).isEqualTo(200);
        assertThat(scheduled.body()).contains("Đã xếp lịch tiếp công dân.");

        var portal = new WebSession(port).get("/portal/reception");
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body())
                .contains(
                        "Hội trường UBND phường Thuận Hoá " + setting.chairman().id())
                .contains("Chủ trì: Chủ tịch Trần Quốc Bảo");
    }

    @Test
    void aDelegationIsLoggedAndItsPetitionMadeInOneStep() throws Exception {
        var session = signedIn(setting.receptionOfficer());
        session.get("/reception/visits/new");
        var visit =
                session.post("/reception/visits", visitForm("Đoàn 9 hộ tổ 12 khiếu nại việc thu hồi đất làm đường"));
        assertThat(visit.statusCode()).isEqualTo(200);
        assertThat(visit.uri().getPath()).matches("/reception/visits/\\d+");
        assertThat(visit.body()).contains("Đã ghi lượt tiếp vào sổ.").contains("Đoàn 9 người");
        assertThat(visit.body())
                .as("a visit outside a leader's session says so, with no message left unresolved")
                .contains("Tiếp thường xuyên (không theo buổi của lãnh đạo)")
                .doesNotContain("??");

        var petition = session.post(visit.uri().getPath() + "/petition", Map.of());
        assertThat(petition.uri().getPath()).matches("/petitions/\\d+");
        assertThat(petition.body())
                .contains("Đoàn 9 hộ tổ 12 khiếu nại việc thu hồi đất làm đường")
                .contains("Chờ xử lý");
        var again = session.get(visit.uri().getPath());
        assertThat(again.body()).contains("Xem hồ sơ đơn").doesNotContain("id=\"create-petition\"");
    }

    @Test
    void anInvalidVisitShowsVietnameseErrorsAndWritesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from reception.visit")
                .query(Long.class)
                .single();
        var session = signedIn(setting.receptionOfficer());
        session.get("/reception/visits/new");
        Map<String, String> form = visitForm("");
        form.put("representativeCount", "4");
        var page = session.post("/reception/visits", form);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Vui lòng kiểm tra các trường");

        form.put("summary", "Đoàn 9 hộ cử 4 người đại diện");
        var limits = session.post("/reception/visits", form);
        assertThat(limits.body()).contains("người đại diện");
        assertThat(jdbc.sql("select count(*) from reception.visit")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void staffOfAnotherWardCannotOpenThisWardsVisit() throws Exception {
        var session = signedIn(setting.receptionOfficer());
        session.get("/reception/visits/new");
        var visit = session.post("/reception/visits", visitForm("Phản ánh tiếng ồn công trình ban đêm"));

        var outsider = signedIn(setting.outsider()).get(visit.uri().getPath());
        assertThat(outsider.statusCode()).isEqualTo(403);
        assertThat(outsider.body()).doesNotContain("Phản ánh tiếng ồn");
    }
}
