package vn.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.Body;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.Instance;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionReference;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.ResolutionFigures;
import vn.danvan.report.domain.OfficialForm;
import vn.danvan.report.web.OfficialForms;
import vn.danvan.report.web.OfficialLayout;
import vn.danvan.shared.DomainException;

/**
 * Biểu 03 (complaints) and Biểu 04 (denunciations) for October 2026, from cases handled through the petition
 * module, every cell checked against figures counted by hand. The period's dates have no public holiday.
 */
@DanvanIntegrationTest
class ResolutionFormsIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 10, 31);
    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ReportFixtures fixtures;

    @Autowired
    OfficialForms forms;

    @Autowired
    OfficialLayout layout;

    @Autowired
    JdbcClient jdbc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    ReportFixtures.Setting setting;

    static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    PetitionReference complaint(Body body, LocalDate received, LocalDate accepted) {
        return fixtures.accepted(
                body, PetitionType.COMPLAINT, received, accepted, setting.provinceHead(), Instance.FIRST, null);
    }

    PetitionReference secondComplaint(LocalDate received, LocalDate accepted, PetitionReference first) {
        return fixtures.accepted(
                setting.province(),
                PetitionType.COMPLAINT,
                received,
                accepted,
                setting.provinceHead(),
                Instance.SECOND,
                first.trackingCode());
    }

    PetitionReference denunciation(LocalDate received, LocalDate accepted) {
        return fixtures.accepted(
                setting.province(),
                PetitionType.DENUNCIATION,
                received,
                accepted,
                setting.provinceHead(),
                Instance.FIRST,
                null);
    }

    void resolve(PetitionReference petition, Outcome outcome, LocalDate on) {
        fixtures.resolve(petition, outcome, on, setting.provinceHead());
    }

    void resolve(PetitionReference petition, Outcome outcome, LocalDate on, ResolutionFigures figures) {
        fixtures.resolve(petition, outcome, on, setting.provinceHead(), figures);
    }

    @BeforeEach
    void resolveTheCasesOfOctober() {
        setting = fixtures.setting();
        Body province = setting.province();
        // Complaints of the province.
        var c1 = complaint(province, day(8, 3), day(8, 5)); // carried over, resolved late (due early September)
        resolve(c1, Outcome.RIGHT, day(10, 12), new ResolutionFigures(150_500_000, 200, 0, 0, 2, 1, false, 0));
        complaint(province, day(9, 10), day(9, 14)); // carried over, still being resolved
        var c3 = complaint(province, day(10, 1), day(10, 5));
        resolve(c3, Outcome.WRONG, day(10, 20));
        var c4 = complaint(province, day(10, 1), day(10, 5));
        resolve(c4, Outcome.WITHDRAWN, day(10, 15));
        var firstOfC5 = complaint(province, day(9, 1), day(9, 2)); // resolved before October: not counted
        resolve(firstOfC5, Outcome.WRONG, day(9, 25), new ResolutionFigures(7_000_000, 7, 7, 7, 7, 7, true, 7));
        var firstOfC6 = complaint(province, day(9, 1), day(9, 2));
        resolve(firstOfC6, Outcome.WRONG, day(9, 28));
        var c5 = secondComplaint(day(10, 6), day(10, 7), firstOfC5);
        resolve(c5, Outcome.PARTLY_RIGHT, day(10, 27), new ResolutionFigures(0, 0, 20_000_000, 50, 3, 0, true, 2));
        var c6 = secondComplaint(day(10, 6), day(10, 7), firstOfC6);
        resolve(c6, Outcome.WRONG, day(10, 28));
        var c7 = complaint(province, day(10, 8), day(10, 9)); // resolved in November: in progress in October
        resolve(c7, Outcome.RIGHT, day(11, 5), new ResolutionFigures(999_000_000, 999, 0, 0, 9, 9, true, 9));
        complaint(province, day(10, 20), day(11, 2)); // accepted after October: not yet within competence
        fixtures.decide(
                fixtures.receive(province, PetitionType.COMPLAINT, day(10, 10), setting.provinceHead()),
                vn.danvan.petition.Decision.GUIDE,
                day(10, 12),
                setting.provinceHead()); // guided: not within competence
        // A complaint of the commune.
        var commune = complaint(setting.commune(), day(10, 2), day(10, 5));
        resolve(commune, Outcome.RIGHT, day(10, 30), new ResolutionFigures(1_000_000, 0, 0, 0, 0, 2, false, 0));
        // Denunciations of the province.
        denunciation(day(9, 1), day(9, 3)); // carried over, still being resolved
        var d2 = denunciation(day(10, 1), day(10, 2));
        resolve(d2, Outcome.RIGHT, day(10, 20), new ResolutionFigures(2_500_000, 0, 0, 120, 1, 3, true, 1));
        var d3 = denunciation(day(10, 1), day(10, 2));
        resolve(d3, Outcome.WITHDRAWN, day(10, 10));
        var d4 = denunciation(day(8, 20), day(8, 24)); // due 23 September: resolved late
        resolve(d4, Outcome.PARTLY_RIGHT, day(10, 5));
        var d5 = denunciation(day(10, 5), day(10, 6));
        resolve(d5, Outcome.WRONG, day(10, 28));
    }

    static void assertRow(OfficialForm form, String code, double... expected) {
        OfficialForm.Row row = form.rows().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(row.values().stream().mapToDouble(BigDecimal::doubleValue).toArray())
                .as("row %s (%s) of %s", code, row.label(), form.code())
                .containsExactly(expected);
    }

    OfficialForm form(OfficialForms.Kind kind, boolean subordinates) {
        return forms.build(kind, setting.province().id(), FROM, TO, subordinates, null, setting.provinceHead(), VI);
    }

    @Test
    void everyCellOfBieu03CountsTheComplaintsAsTheyStoodAtTheEndOfOctober() {
        OfficialForm alone = form(OfficialForms.Kind.F03, false);

        assertThat(alone.code()).isEqualTo("Biểu số 03/KQGQKN");
        assertThat(alone.columns())
                .extracting(OfficialForm.Column::key)
                .containsExactly(
                        "TOTAL",
                        "CARRIED_OVER",
                        "NEW_CASES",
                        "RESOLVED",
                        "WITHDRAWN",
                        "BY_DECISION",
                        "RIGHT",
                        "WRONG",
                        "PARTLY_RIGHT",
                        "FIRST_INSTANCE",
                        "SECOND_INSTANCE",
                        "FIRST_DECISION_UPHELD",
                        "FIRST_DECISION_REVERSED",
                        "MONEY_TO_STATE",
                        "LAND_TO_STATE",
                        "MONEY_TO_CITIZENS",
                        "LAND_TO_CITIZENS",
                        "PEOPLE_RESTORED",
                        "PEOPLE_SANCTION",
                        "INVESTIGATION_CASES",
                        "INVESTIGATION_SUBJECTS",
                        "ON_TIME",
                        "LATE",
                        "IN_PROGRESS");
        assertThat(alone.columns())
                .extracting(OfficialForm.Column::number)
                .startsWith("1", "2", "3")
                .endsWith("24");
        assertThat(alone.rows())
                .extracting(OfficialForm.Row::label)
                .containsExactly(setting.province().name());
        //                 total carried new resolved withdrawn decision right wrong partly 1st 2nd upheld reversed
        //                 money-state land-state money-citizens land-citizens restored sanction investigation subjects
        //                 on-time late in-progress
        assertRow(alone, "1", 7, 2, 5, 5, 1, 4, 1, 2, 1, 2, 2, 1, 1, 150.5, 200, 20, 50, 5, 1, 1, 2, 4, 1, 2);

        OfficialForm withCommune = form(OfficialForms.Kind.F03, true);
        assertThat(withCommune.rows())
                .extracting(OfficialForm.Row::code, OfficialForm.Row::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "Tổng cộng"),
                        org.assertj.core.groups.Tuple.tuple(
                                "1.1", setting.province().name()),
                        org.assertj.core.groups.Tuple.tuple(
                                "1.2", setting.commune().name()));
        assertRow(withCommune, "1", 8, 2, 6, 6, 1, 5, 2, 2, 1, 3, 2, 1, 1, 151.5, 200, 20, 50, 5, 3, 1, 2, 5, 1, 2);
        assertRow(withCommune, "1.1", 7, 2, 5, 5, 1, 4, 1, 2, 1, 2, 2, 1, 1, 150.5, 200, 20, 50, 5, 1, 1, 2, 4, 1, 2);
        assertRow(withCommune, "1.2", 1, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 1, 0, 0);
    }

    @Test
    void everyCellOfBieu04CountsTheDenunciationsOnly() {
        OfficialForm form = form(OfficialForms.Kind.F04, false);

        assertThat(form.code()).isEqualTo("Biểu số 04/KQGQTC");
        assertThat(form.columns())
                .extracting(OfficialForm.Column::key)
                .doesNotContain("FIRST_INSTANCE", "SECOND_INSTANCE", "FIRST_DECISION_UPHELD")
                .hasSize(20);
        assertThat(form.columns().get(6).label()).isEqualTo("Tố cáo đúng");
        //              total carried new resolved withdrawn conclusion right wrong partly
        //              money-state land-state money-citizens land-citizens restored sanction investigation subjects
        //              on-time late in-progress
        assertRow(form, "1", 5, 2, 3, 4, 1, 3, 1, 1, 1, 2.5, 0, 0, 120, 1, 3, 1, 1, 3, 1, 1);
    }

    @Test
    void figuresGoOnlyWithAComplaintOrADenunciationAndNeverBelowZero() {
        var head = setting.provinceHead();
        var recommendation = fixtures.accepted(
                setting.province(), PetitionType.RECOMMENDATION, day(10, 1), day(10, 2), head, Instance.FIRST, null);
        var complaint = complaint(setting.province(), day(10, 1), day(10, 2));

        assertThatThrownBy(() -> fixtures.resolve(
                        recommendation,
                        Outcome.ANSWERED,
                        day(10, 20),
                        head,
                        new ResolutionFigures(1, 0, 0, 0, 0, 0, false, 0)))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.figures-not-for-type");
        assertThatThrownBy(() -> fixtures.resolve(
                        complaint,
                        Outcome.RIGHT,
                        day(10, 20),
                        head,
                        new ResolutionFigures(-1, 0, 0, 0, 0, 0, false, 0)))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("petition.figures-negative");
        assertThat(jdbc.sql("select state from petition.petition where id in (:ids)")
                        .param("ids", List.of(recommendation.id(), complaint.id()))
                        .query(String.class)
                        .list())
                .containsOnly("ACCEPTED");
        assertThat(jdbc.sql("select count(*) from petition.resolution_figures where petition_id in (:ids)")
                        .param("ids", List.of(recommendation.id(), complaint.id()))
                        .query(Integer.class)
                        .single())
                .isZero();

        fixtures.resolve(
                complaint, Outcome.RIGHT, day(10, 20), head, new ResolutionFigures(5_000_000, 0, 0, 0, 1, 0, false, 0));
        assertThat(jdbc.sql("select count(*) from shared.audit_event where action = 'petition.resolution-figures'"
                                + " and subject_id = :id")
                        .param("id", String.valueOf(complaint.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theWorkbookCarriesTheOfficialHeadingCodesFiguresAndAnA4LandscapePrintSetup() throws Exception {
        OfficialForm form = form(OfficialForms.Kind.F03, true);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(layout.xlsx(form, VI)))) {
            Sheet sheet = workbook.getSheetAt(0);
            int split = (2 + 24) / 2;
            assertThat(sheet.getRow(0).getCell(split).getStringCellValue())
                    .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(sheet.getRow(1).getCell(split).getStringCellValue()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(setting.province().name().toUpperCase(Locale.of("vi")));
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Biểu số 03/KQGQKN");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue())
                    .isEqualTo("TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue())
                    .isEqualTo("(Số liệu tính từ ngày 01/10/2026 đến ngày 31/10/2026)");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).startsWith("Đơn vị tính: vụ việc");
            assertThat(sheet.getRow(8).getCell(2).getStringCellValue()).isEqualTo("Vụ việc thuộc thẩm quyền");
            assertThat(sheet.getRow(9).getCell(3).getStringCellValue()).isEqualTo("Kỳ trước chuyển sang");
            Row numbers = sheet.getRow(10);
            assertThat(numbers.getCell(0).getStringCellValue()).isEqualTo("A");
            assertThat(numbers.getCell(1).getStringCellValue()).isEqualTo("B");
            assertThat(numbers.getCell(2).getStringCellValue()).isEqualTo("1");
            assertThat(numbers.getCell(25).getStringCellValue()).isEqualTo("24");
            Row total = sheet.getRow(11);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(8);
            assertThat(total.getCell(15).getNumericCellValue()).isEqualTo(151.5);
            assertThat(sheet.getRow(13).getCell(1).getStringCellValue())
                    .isEqualTo(setting.commune().name());
            assertThat(sheet.getRow(13).getCell(20).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9); // A4
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("9:11");
        }
    }

    @Test
    void thePdfIsAnA4LandscapePageWithTheQuocHieuThePeriodAndTheFigures() throws Exception {
        OfficialForm form = form(OfficialForms.Kind.F04, false);

        var reader = new PdfReader(layout.pdf(form, VI));
        var page = reader.getPageSize(1);
        assertThat(page.getWidth()).isGreaterThan(page.getHeight());
        assertThat(Math.round(page.getWidth())).isEqualTo(842);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Biểu số 04/KQGQTC")
                .contains("TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO")
                .contains("Số liệu tính từ ngày 01/10/2026 đến ngày 31/10/2026")
                .contains("Rút tố")
                .contains("2,5") // 2 500 000 đồng in millions
                .contains("120")
                .contains("NGƯỜI LẬP BIỂU")
                .contains("THỦ TRƯỞNG CƠ QUAN");
    }

    @Test
    void aStaffMemberOfTheCommuneCannotReadTheProvincesForm() {
        StaffMember communeHandler = setting.communeHandler();
        assertThatThrownBy(() -> forms.build(
                        OfficialForms.Kind.F03, setting.province().id(), FROM, TO, false, null, communeHandler, VI))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("report.body.out-of-scope");
    }

    @Test
    void theComplaintsPageShowsTheFormOffersThePresetsAndKeepsThePeriodAcrossTheTabs() throws Exception {
        var staff = setting.provinceHead();
        var session = vn.danvan.WebSession.signedIn(port, staff.username(), "mat-khau-bao-cao-" + staff.username());
        var page = session.get("/reports/complaints?body=" + setting.province().id()
                + "&from=2026-10-01&to=2026-10-31&subordinates=true");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("Tổng hợp kết quả giải quyết khiếu nại")
                .contains("Biểu số 03/KQGQKN")
                .contains("[K]")
                .contains("data-column=\"MONEY_TO_STATE\">151,5<")
                .contains("data-column=\"LAND_TO_CITIZENS\">50<")
                .contains(setting.commune().name());
        // The presets of 2026, October chosen.
        assertThat(html)
                .containsPattern(
                        "class=\"active\"[^>]*href=\"/reports/complaints\\?body=\\d+&amp;from=2026-10-01&amp;to=2026-10-31"
                                + "|href=\"/reports/complaints\\?body=\\d+&amp;from=2026-10-01&amp;to=2026-10-31[^\"]*\"[^>]*class=\"active\"")
                .contains("from=2026-10-01&amp;to=2026-12-31")
                .contains("from=2026-01-01&amp;to=2026-06-30")
                .contains("from=2026-01-01&amp;to=2026-09-30")
                .contains("from=2026-01-01&amp;to=2026-12-31");
        // The tabs carry the body and the period.
        assertThat(html)
                .contains("/reports/petitions?body=" + setting.province().id()
                        + "&amp;from=2026-10-01&amp;to=2026-10-31&amp;subordinates=true")
                .contains("/reports/denunciations?body=" + setting.province().id()
                        + "&amp;from=2026-10-01&amp;to=2026-10-31&amp;subordinates=true")
                .contains("/reports/forms/03/pdf?body=" + setting.province().id());

        var pdf = session.download("/reports/forms/03/pdf?body="
                + setting.province().id() + "&from=2026-10-01&to=2026-10-31&subordinates=true");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1))
                .contains("Tổng cộng");
        var xlsx = session.download(
                "/reports/complaints/xlsx?body=" + setting.province().id() + "&from=2026-10-01&to=2026-10-31");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        var refused = session.get("/reports/denunciations?from=2026-10-31&to=2026-10-01");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Ngày bắt đầu kỳ báo cáo phải trước hoặc bằng ngày kết thúc.");
    }
}
