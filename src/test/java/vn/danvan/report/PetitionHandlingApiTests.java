package vn.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.Decision;
import vn.danvan.petition.PetitionType;
import vn.danvan.report.web.Sheets;

/** {@code GET /api/v1/reports/petition-handling} over real HTTP: figures, .xlsx, and problem+json refusals. */
@DanvanIntegrationTest
class PetitionHandlingApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ReportFixtures fixtures;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    ReportFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        var accepted = fixtures.receive(
                setting.province(), PetitionType.COMPLAINT, LocalDate.of(2026, 10, 5), setting.provinceHead());
        fixtures.decide(accepted, Decision.ACCEPT, LocalDate.of(2026, 10, 6), setting.provinceHead());
        var guided = fixtures.receive(
                setting.province(), PetitionType.FEEDBACK, LocalDate.of(2026, 10, 5), setting.provinceHead());
        fixtures.decide(guided, Decision.GUIDE, LocalDate.of(2026, 10, 6), setting.provinceHead());
    }

    <T> HttpResponse<T> get(StaffMember staff, String query, HttpResponse.BodyHandler<T> body) throws Exception {
        String credentials = staff.username() + ":mat-khau-bao-cao-" + staff.username();
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/" + query))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .header("Accept-Language", "vi")
                        .GET()
                        .build(),
                body);
    }

    JsonNode problem(StaffMember staff, String query, int status) throws Exception {
        var response = get(staff, query, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(query).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return json.readTree(response.body());
    }

    @Test
    void theReportComesAsJsonWithItsFiguresAndItsLinesInTheFormsOrder() throws Exception {
        var response = get(
                setting.provinceHead(),
                "petition-handling?body=" + setting.province().id() + "&from=2026-10-01&to=2026-10-31",
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        assertThat(report.get("bodyName").asString())
                .isEqualTo(setting.province().name());
        assertThat(report.at("/figures/total").asInt()).isEqualTo(2);
        assertThat(report.at("/figures/withinJurisdiction").asInt()).isEqualTo(1);
        assertThat(report.at("/figures/outsideJurisdiction").asInt()).isEqualTo(1);
        assertThat(report.at("/figures/inProgress").asInt()).isEqualTo(1);
        assertThat(report.at("/lines/0/number").asString()).isEqualTo("1");
        assertThat(report.at("/lines/0/value").asInt()).isEqualTo(2);
    }

    @Test
    void theWorkbookIsServedAsXlsx() throws Exception {
        var response = get(
                setting.provinceHead(),
                "petition-handling.xlsx?from=2026-10-01&to=2026-10-31",
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Sheets.CONTENT_TYPE);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).contains("attachment").contains(".xlsx"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(6).getCell(2).getNumericCellValue())
                    .isEqualTo(2);
        }
    }

    @Test
    void refusalsAreProblemsWithAVietnameseDetail() throws Exception {
        String period = "&from=2026-10-01&to=2026-10-31";
        assertThat(problem(setting.provinceHead(), "petition-handling?from=2026-10-31&to=2026-10-01", 400)
                        .get("detail")
                        .asString())
                .isEqualTo("Ngày bắt đầu kỳ báo cáo phải trước hoặc bằng ngày kết thúc.");
        assertThat(problem(setting.provinceHead(), "petition-handling?from=31/10/2026&to=2026-10-01", 400)
                        .get("detail")
                        .asString())
                .contains("from");
        assertThat(problem(setting.provinceHead(), "petition-handling?to=2026-10-01", 400)
                        .get("detail")
                        .asString())
                .contains("Thiếu tham số bắt buộc \"from\"");
        assertThat(problem(
                                setting.communeHandler(),
                                "petition-handling?body=" + setting.province().id() + period,
                                403)
                        .get("code")
                        .asString())
                .isEqualTo("report.body.out-of-scope");
        assertThat(problem(setting.provinceHead(), "petition-handling?body=999999999" + period, 404)
                        .get("detail")
                        .asString())
                .isEqualTo("Không có cơ quan mã số 999999999.");
    }
}
