package vn.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
}
