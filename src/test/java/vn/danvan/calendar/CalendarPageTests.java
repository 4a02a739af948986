package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.Role;
import vn.danvan.organization.UnitLevel;

/** The calendar page for administrators: Tết 2027 as computed, an override added through the form, errors in Vietnamese. */
@DanvanIntegrationTest
class CalendarPageTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    String admin;

    @BeforeEach
    void anAdministrator() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long body = administration
                .addBody("LICH-" + suffix, "Văn phòng " + suffix, BodyKind.OTHER, UnitLevel.CENTRAL, null, null, null)
                .id();
        admin = "lich-" + suffix;
        administration.addStaff(
                admin, "mat-khau-lich-nghi", "Quản trị lịch", null, body, EnumSet.of(Role.ADMINISTRATOR), false);
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        jdbc.sql("delete from calendar.day_override where extract(year from day) = 2098")
                .update();
        calendar.forget(2098);
    }

    @Test
    void theAdministratorSeesTet2027WithItsCompensatoryDays() throws Exception {
        var page = WebSession.signedIn(port, admin, "mat-khau-lich-nghi").get("/admin/calendar?year=2027");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Thứ Sáu 05/02/2027")
                .contains("Tết Âm lịch")
                .contains("data-day=\"2027-02-10\"")
                .contains("Nghỉ bù")
                .contains("Giỗ Tổ Hùng Vương");
    }

    @Test
    void anOverrideIsAddedThroughTheFormAndABadOneIsExplainedInVietnamese() throws Exception {
        var session = WebSession.signedIn(port, admin, "mat-khau-lich-nghi");
        session.get("/admin/calendar?year=2098");
        var added = session.post(
                "/admin/calendar",
                Map.of(
                        "day",
                        "2098-06-16",
                        "kind",
                        "DAY_OFF",
                        "name",
                        "Nghỉ thêm theo quyết định",
                        "basis",
                        "Quyết định số 9/QĐ-TTg"));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("Đã lưu điều chỉnh lịch nghỉ.").contains("Nghỉ thêm theo quyết định");

        var refused =
                session.post("/admin/calendar", Map.of("day", "2098-06-16", "kind", "DAY_OFF", "name", "Lần hai"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("đã có điều chỉnh").contains("value=\"Lần hai\"");
        var malformed = session.post("/admin/calendar", Map.of("day", "16/06/2098", "kind", "DAY_OFF", "name", "X"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("không đúng định dạng");
        assertThat(calendar.overrides(2098)).hasSize(1);
    }
}
