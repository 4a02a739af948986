package vn.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.Decision;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionType;

/** The report page through the real form login: figures, download, and form errors in Vietnamese. */
@DanvanIntegrationTest
class PetitionHandlingPageTests {

    @LocalServerPort
    int port;

    @Autowired
    ReportFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    ReportFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        var resolved = fixtures.receive(
                setting.province(), PetitionType.DENUNCIATION, LocalDate.of(2026, 10, 5), setting.provinceHead());
        fixtures.decide(resolved, Decision.ACCEPT, LocalDate.of(2026, 10, 6), setting.provinceHead());
        fixtures.resolve(resolved, Outcome.PARTLY_RIGHT, LocalDate.of(2026, 10, 20), setting.provinceHead());
    }

    WebSession signedIn(StaffMember staff) throws Exception {
        return WebSession.signedIn(port, staff.username(), "mat-khau-bao-cao-" + staff.username());
    }

    String query(long body, String from, String to) {
        return "?body=" + body + "&from=" + from + "&to=" + to;
    }

    @Test
    void theHeadOfABodyReadsTheReportOfAPeriodOnThePage() throws Exception {
        var page = signedIn(setting.provinceHead())
                .get("/reports/petitions" + query(setting.province().id(), "2026-10-01", "2026-10-31"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Báo cáo kết quả xử lý đơn")
                .contains(setting.province().name())
                .contains("Kỳ báo cáo: từ 01/10/2026 đến 31/10/2026")
                .contains("data-line=\"RESOLVED\"")
                .contains("Kết quả: đúng một phần")
                .contains("Tố cáo")
                .contains("/reports/petitions/xlsx?body=" + setting.province().id());
    }

    @Test
    void thePageOffersTheSameReportAsAWorkbook() throws Exception {
        var session = signedIn(setting.provinceHead());
        var download = session.download(
                "/reports/petitions/xlsx" + query(setting.province().id(), "2026-10-01", "2026-10-31"));

        assertThat(download.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(setting.province().name());
        }
    }

    @Test
    void aMalformedOrReversedPeriodIsAFormErrorInVietnamese() throws Exception {
        var session = signedIn(setting.provinceHead());
        var malformed =
                session.get("/reports/petitions" + query(setting.province().id(), "31-10-2026", "2026-10-31"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("Ngày &quot;31-10-2026&quot; không đúng định dạng");
        var reversed =
                session.get("/reports/petitions" + query(setting.province().id(), "2026-10-31", "2026-10-01"));
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("Ngày bắt đầu kỳ báo cáo phải trước hoặc bằng ngày kết thúc.");
    }

    @Test
    void aCommuneOfficerIsToldTheyMayNotSeeTheProvincesFigures() throws Exception {
        var page = signedIn(setting.communeHandler())
                .get("/reports/petitions" + query(setting.province().id(), "2026-10-01", "2026-10-31"));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body())
                .contains("Tài khoản không được xem số liệu của "
                        + setting.province().name())
                .doesNotContain("data-line=");
    }

    @Test
    void theReceptionReportSitsBesideItWithTheSameChoiceAndDownload() throws Exception {
        var session = signedIn(setting.provinceHead());
        var page = session.get("/reports/reception" + query(setting.province().id(), "2026-10-01", "2026-10-31"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Báo cáo kết quả tiếp công dân")
                .contains("Tiếp thường xuyên")
                .contains("Lãnh đạo tiếp định kỳ và đột xuất")
                .contains("aria-current=\"page\"");

        var download = session.download(
                "/reports/reception/xlsx" + query(setting.province().id(), "2026-10-01", "2026-10-31"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("bao-cao-tiep-cong-dan"));
    }

    /** The numbers in the cells of the table row that carries {@code marker}, in order. */
    static List<Long> row(String page, String marker) {
        int start = page.indexOf(marker);
        assertThat(start).as(marker).isPositive();
        String row = page.substring(start, page.indexOf("</tr>", start));
        return Pattern.compile("<td class=\"num\">(\\d*)</td>")
                .matcher(row)
                .results()
                .map(m -> m.group(1).isEmpty() ? -1L : Long.parseLong(m.group(1)))
                .toList();
    }

    long raw(String condition, Object... params) {
        var statement = jdbc.sql("select count(*) from petition.petition where body_id = :body and " + condition)
                .param("body", setting.province().id());
        for (int i = 0; i < params.length; i++) {
            statement = statement.param("p" + i, params[i]);
        }
        return statement.query(Long.class).single();
    }

    @Test
    void theChartsTablesHoldTheRawCountsOfThePeriodByMonthFieldAndState() throws Exception {
        var head = setting.provinceHead();
        var complaint = fixtures.receive(setting.province(), PetitionType.COMPLAINT, LocalDate.of(2026, 9, 10), head);
        fixtures.decide(complaint, Decision.ACCEPT, LocalDate.of(2026, 9, 11), head);
        fixtures.resolve(complaint, Outcome.RIGHT, LocalDate.of(2026, 9, 25), head);
        var feedback = fixtures.receive(setting.province(), PetitionType.FEEDBACK, LocalDate.of(2026, 9, 12), head);
        jdbc.sql("update petition.petition set field_code = 'ENVIRONMENT' where id = ?")
                .param(feedback.id())
                .update();
        fixtures.receive(setting.province(), PetitionType.RECOMMENDATION, LocalDate.of(2026, 8, 30), head);

        String page = signedIn(head)
                .get("/reports/petitions" + query(setting.province().id(), "2026-09-01", "2026-10-31"))
                .body();

        for (var month : List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10))) {
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            long resolved = raw("resolved_on between :p0 and :p1", first, last);
            long onTime = raw("resolved_on between :p0 and :p1 and resolved_on <= resolution_due", first, last);
            assertThat(row(page, "data-month=\"" + month + "\""))
                    .as(month.toString())
                    .containsExactly(
                            raw("received_on between :p0 and :p1", first, last),
                            resolved,
                            resolved == 0 ? -1 : Math.round(100.0 * onTime / resolved));
        }
        assertThat(row(page, "data-month=\"2026-09\"").getFirst()).isEqualTo(2);
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 10, 31);
        for (String field : List.of("LAND", "ENVIRONMENT")) {
            assertThat(row(page, "data-key=\"" + field + "\""))
                    .as(field)
                    .containsExactly(raw("field_code = :p0 and received_on between :p1 and :p2", field, from, to));
        }
        for (String state : List.of("RESOLVED", "RECEIVED")) {
            assertThat(row(page, "data-key=\"" + state + "\""))
                    .as(state)
                    .containsExactly(raw("state = :p0 and received_on between :p1 and :p2", state, from, to));
        }
        assertThat(page).contains("id=\"chart-months\"", "/js/insight-charts.js");
    }
}
