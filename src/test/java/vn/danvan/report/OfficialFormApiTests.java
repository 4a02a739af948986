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
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.Decision;
import vn.danvan.petition.Instance;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.ResolutionFigures;
import vn.danvan.report.web.Sheets;

/** {@code GET /api/v1/reports/{form}} for Biểu 01–04 over real HTTP: JSON, .xlsx, PDF and the refusals. */
@DanvanIntegrationTest
class OfficialFormApiTests {

    static final String PERIOD = "from=2026-10-01&to=2026-10-31";

    /** Each form with its code and the figure of its first column for the province in October. */
    static final Map<String, String> CODES = Map.of(
            "01", "Biểu số 01/TCD", "02", "Biểu số 02/XLD", "03", "Biểu số 03/KQGQKN", "04", "Biểu số 04/KQGQTC");

    @LocalServerPort
    int port;

    @Autowired
    ReportFixtures fixtures;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    ReportFixtures.Setting setting;
    vn.danvan.petition.PetitionReference denunciation;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
        var head = setting.provinceHead();
        var complaint = fixtures.accepted(
                setting.province(),
                PetitionType.COMPLAINT,
                LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 6),
                head,
                Instance.FIRST,
                null);
        fixtures.resolve(
                complaint,
                Outcome.RIGHT,
                LocalDate.of(2026, 10, 20),
                head,
                new ResolutionFigures(12_345_000, 0, 0, 0, 0, 0, false, 0));
        denunciation = fixtures.accepted(
                setting.province(),
                PetitionType.DENUNCIATION,
                LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 6),
                head,
                Instance.FIRST,
                null);
        var guided = fixtures.receive(setting.province(), PetitionType.FEEDBACK, LocalDate.of(2026, 10, 5), head);
        fixtures.decide(guided, Decision.GUIDE, LocalDate.of(2026, 10, 6), head);
    }

    <T> HttpResponse<T> get(@Nullable StaffMember staff, String query, HttpResponse.BodyHandler<T> body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/" + query))
                .header("Accept-Language", "vi")
                .GET();
        if (staff != null) {
            String credentials = staff.username() + ":mat-khau-bao-cao-" + staff.username();
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), body);
    }

    JsonNode problem(@Nullable StaffMember staff, String query, int status) throws Exception {
        var response = get(staff, query, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(query).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(query)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return json.readTree(response.body());
    }

    @Test
    void everyFormComesAsJsonWithItsCodeColumnsAndRows() throws Exception {
        for (String form : CODES.keySet()) {
            var response = get(
                    setting.provinceHead(),
                    form + "?body=" + setting.province().id() + "&" + PERIOD,
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(form).isEqualTo(200);
            JsonNode report = json.readTree(response.body());
            assertThat(report.get("code").asString()).isEqualTo(CODES.get(form));
            assertThat(report.get("reportingBody").asString())
                    .isEqualTo(setting.province().name());
            assertThat(report.get("from").asString()).isEqualTo("2026-10-01");
            assertThat(report.at("/columns/0/number").asString()).isEqualTo("1");
            assertThat(report.at("/rows/0/code").asString()).isEqualTo("1");
        }
        JsonNode complaints =
                json.readTree(get(setting.provinceHead(), "03?" + PERIOD, HttpResponse.BodyHandlers.ofString())
                        .body());
        assertThat(complaints.at("/columns/13/key").asString()).isEqualTo("MONEY_TO_STATE");
        assertThat(complaints.at("/rows/0/values/0").asInt()).isEqualTo(1);
        assertThat(complaints.at("/rows/0/values/13").decimalValue()).isEqualByComparingTo("12.345");
        JsonNode handling =
                json.readTree(get(setting.provinceHead(), "02?" + PERIOD, HttpResponse.BodyHandlers.ofString())
                        .body());
        assertThat(handling.at("/rows/0/values/0").asInt()).isEqualTo(3);
    }

    @Test
    void everyFormComesAsAWorkbookAndAsAPdf() throws Exception {
        for (String form : CODES.keySet()) {
            var xlsx = get(
                    setting.provinceHead(),
                    form + "?" + PERIOD + "&format=xlsx",
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(xlsx.statusCode()).as(form).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(Sheets.CONTENT_TYPE);
            assertThat(xlsx.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(d -> assertThat(d)
                            .contains("attachment")
                            .contains("bieu-" + form + "-2026-10-01-2026-10-31.xlsx"));
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue())
                        .isEqualTo(CODES.get(form));
            }
            var pdf = get(
                    setting.provinceHead(),
                    form + "?" + PERIOD + "&format=pdf",
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).as(form).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
            assertThat(text)
                    .as(form)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains(CODES.get(form))
                    .contains("Số liệu tính từ ngày 01/10/2026 đến ngày 31/10/2026");
        }
    }

    @Test
    void withoutCredentialsOutOfScopeOrWithABadPeriodTheApiAnswersWithAProblem() throws Exception {
        for (String form : CODES.keySet()) {
            assertThat(get(null, form + "?" + PERIOD, HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .as(form)
                    .isEqualTo(401);
            assertThat(problem(
                                    setting.communeHandler(),
                                    form + "?body=" + setting.province().id() + "&" + PERIOD,
                                    403)
                            .get("code")
                            .asString())
                    .isEqualTo("report.body.out-of-scope");
            assertThat(problem(setting.provinceHead(), form + "?from=2026-10-31&to=2026-10-01", 400)
                            .get("detail")
                            .asString())
                    .isEqualTo("Ngày bắt đầu kỳ báo cáo phải trước hoặc bằng ngày kết thúc.");
            assertThat(problem(setting.provinceHead(), form + "?from=31/10/2026&to=2026-10-31", 400)
                            .get("detail")
                            .asString())
                    .contains("from");
            problem(setting.provinceHead(), form + "?to=2026-10-31", 400);
            problem(setting.provinceHead(), form + "?" + PERIOD + "&format=doc", 400);
        }
        assertThat(problem(setting.provinceHead(), "03?from=1990-01-01&to=2026-10-31", 400)
                        .get("code")
                        .asString())
                .isEqualTo("report.period.too-long");
    }

    HttpResponse<String> conclude(long petition, String body) throws Exception {
        StaffMember staff = setting.provinceHead();
        String credentials = staff.username() + ":mat-khau-bao-cao-" + staff.username();
        return http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/api/v1/petitions/" + petition + "/conclusion"))
                        .header("Accept-Language", "vi")
                        .header("Content-Type", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aConclusionPostedOverTheApiCarriesItsFiguresIntoBieu04() throws Exception {
        var negative = conclude(denunciation.id(), """
                {"outcome": "RIGHT", "summary": "Tố cáo đúng", "resolvedOn": "2026-10-20",
                 "figures": {"moneyToStateVnd": -5}}
                """);
        assertThat(negative.statusCode()).as(negative.body()).isEqualTo(400);
        var empty = json.readTree(get(setting.provinceHead(), "04?" + PERIOD, HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(empty.at("/rows/0/values/3").asInt()).as("nothing resolved").isZero();

        var posted = conclude(denunciation.id(), """
                {"outcome": "RIGHT", "summary": "Tố cáo đúng", "resolvedOn": "2026-10-20",
                 "figures": {"moneyToStateVnd": 3000000, "landToStateM2": 40, "peopleRecommendedForSanction": 2,
                             "transferredToInvestigation": true, "subjectsTransferredToInvestigation": 1}}
                """);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);

        JsonNode form = json.readTree(get(setting.provinceHead(), "04?" + PERIOD, HttpResponse.BodyHandlers.ofString())
                .body());
        double[] values = new double[20];
        for (int i = 0; i < values.length; i++) {
            values[i] = form.at("/rows/0/values/" + i).asDouble();
        }
        //  total carried new resolved withdrawn conclusion right wrong partly money-state land-state
        //  money-citizens land-citizens restored sanction investigation subjects on-time late in-progress
        assertThat(values).containsExactly(1, 0, 1, 1, 0, 1, 1, 0, 0, 3, 40, 0, 0, 0, 2, 1, 1, 1, 0, 0);
    }
}
