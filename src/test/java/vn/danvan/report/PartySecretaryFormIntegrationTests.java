package vn.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.report.ResolutionFormsIntegrationTests.assertRow;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.report.domain.OfficialForm;
import vn.danvan.report.web.OfficialForms;
import vn.danvan.report.web.OfficialLayout;

/**
 * The QĐ 11 report in its official layout and over {@code GET /api/v1/reports/qd11}, over the ward Party committee's
 * November of {@link PartySecretaryReportIntegrationTests}.
 */
@DanvanIntegrationTest
class PartySecretaryFormIntegrationTests extends PartySecretaryReportIntegrationTests {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    static final LocalDate LAST = LocalDate.of(2026, 11, 30);

    @Autowired
    OfficialForms forms;

    @Autowired
    OfficialLayout layout;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<byte[]> get(String query, boolean authenticated) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/" + query))
                .header("Accept-Language", "vi")
                .GET();
        if (authenticated) {
            String credentials = office.username() + ":" + password;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyLineOfTheQd11FormHasItsNumberAndItsFigure() {
        OfficialForm form = forms.build(OfficialForms.Kind.QD11, null, FIRST, LAST, false, secretary.id(), office, VI);

        assertThat(form.rows())
                .extracting(OfficialForm.Row::code)
                .containsExactly(
                        "1", "2", "3", "3.1", "3.2", "3.3", "4", "4.1", "4.2", "4.3", "5", "5.1", "5.2", "5.3");
        double[] expected = {2, 2, 2, 7, 1, 6, 1, 1, 0, 1, 2, 1, 1, 1};
        for (int i = 0; i < expected.length; i++) {
            assertRow(form, form.rows().get(i).code(), expected[i]);
        }
        assertThat(form.headName()).isEqualTo("Bí thư Hoàng Văn Nam");
        assertThat(form.rows().get(6).label()).isEqualTo("Số cuộc đối thoại cấp ủy tổ chức");

        OfficialForm byBody = forms.build(OfficialForms.Kind.QD11, null, FIRST, LAST, false, null, office, VI);
        assertThat(byBody.rows()).isEqualTo(form.rows());
    }

    @Test
    void theQd11FormComesOverTheApiAsJsonWorkbookAndPdf() throws Exception {
        String period = "from=2026-11-01&to=2026-11-30";
        var answer = get("qd11?" + period, true);
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode form = json.readTree(new String(answer.body(), StandardCharsets.UTF_8));
        assertThat(form.get("code").asString()).isEqualTo("Báo cáo theo Quy định 11-QĐi/TW");
        assertThat(form.at("/rows/3/values/0").asInt()).isEqualTo(7);

        var xlsx = get("qd11?head=" + secretary.id() + "&" + period + "&format=xlsx", true);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(10).getCell(2).getStringCellValue()).isEqualTo("1");
            assertThat(sheet.getRow(14).getCell(0).getStringCellValue()).isEqualTo("3.1");
            assertThat(sheet.getRow(14).getCell(2).getNumericCellValue()).isEqualTo(7);
        }
        var pdf = get("qd11?" + period + "&format=pdf", true);
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Số liệu tính từ ngày 01/11/2026 đến ngày 30/11/2026")
                .contains("Bí thư Hoàng Văn Nam");

        assertThat(get("qd11?" + period, false).statusCode()).isEqualTo(401);
        var outOfScope = get("qd11?body=" + petitions.setting().province().id() + "&" + period, true);
        assertThat(outOfScope.statusCode()).isEqualTo(403);
        var reversed = get("qd11?from=2026-11-30&to=2026-11-01", true);
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(new String(reversed.body(), StandardCharsets.UTF_8))
                        .get("detail")
                        .asString())
                .isEqualTo("Ngày bắt đầu kỳ báo cáo phải trước hoặc bằng ngày kết thúc.");
    }

    @Test
    void theQd11PageTakesThePeriodOfTheOtherTabsAndOffersTheOfficialForm() throws Exception {
        var session = WebSession.signedIn(port, office.username(), password);
        var page = session.get("/reports/qd11?from=2026-11-01&to=2026-11-30");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Bí thư Hoàng Văn Nam")
                .contains("/reports/forms/qd11/pdf?head=" + secretary.id() + "&amp;from=2026-11-01&amp;to=2026-11-30")
                .contains("/reports/petitions?body=")
                .contains("from=2026-11-01&amp;to=2026-11-30");
        var pdf = session.download("/reports/forms/qd11/pdf?head=" + secretary.id() + "&from=2026-11-01&to=2026-11-30");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
