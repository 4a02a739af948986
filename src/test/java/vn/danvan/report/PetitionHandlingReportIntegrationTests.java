package vn.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.petition.Decision;
import vn.danvan.petition.FilingGround;
import vn.danvan.petition.Instance;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionType;
import vn.danvan.report.web.PetitionHandlingWorkbook;
import vn.danvan.shared.DomainException;

/**
 * The petition-handling report computed from cases handled through the petition module, each state
 * taken as it stood on the last day of the period. Dates are September–November 2026, which have
 * no public holiday except 2 September (before every case here).
 */
@DanvanIntegrationTest
class PetitionHandlingReportIntegrationTests {

    static final LocalDate OCTOBER_FIRST = LocalDate.of(2026, 10, 1);
    static final LocalDate OCTOBER_LAST = LocalDate.of(2026, 10, 31);

    @Autowired
    ReportFixtures fixtures;

    @Autowired
    PetitionHandlingReports reports;

    @Autowired
    PetitionHandlingWorkbook workbook;

    ReportFixtures.Setting setting;

    @BeforeEach
    void handleTheCasesOfSeptemberAndOctober() {
        setting = fixtures.setting();
        var province = setting.province();
        var head = setting.provinceHead();
        // Before October.
        var stillOpenComplaint = fixtures.receive(province, PetitionType.COMPLAINT, date(9, 14), head);
        fixtures.decide(stillOpenComplaint, Decision.ACCEPT, date(9, 15), head); // due 15 Oct, never resolved
        var guidedInSeptember = fixtures.receive(province, PetitionType.FEEDBACK, date(9, 14), head);
        fixtures.decide(guidedInSeptember, Decision.GUIDE, date(9, 15), head);
        var lateRecommendation = fixtures.receive(province, PetitionType.RECOMMENDATION, date(9, 28), head);
        fixtures.decide(lateRecommendation, Decision.ACCEPT, date(10, 2), head); // 15 working days: due 23 Oct
        fixtures.resolve(lateRecommendation, Outcome.ANSWERED, date(10, 26), head);
        // In October.
        var rightComplaint = fixtures.receive(province, PetitionType.COMPLAINT, date(10, 5), head);
        fixtures.decide(rightComplaint, Decision.ACCEPT, date(10, 7), head);
        fixtures.resolve(rightComplaint, Outcome.RIGHT, date(10, 26), head);
        var denunciation = fixtures.receive(province, PetitionType.DENUNCIATION, date(10, 5), head);
        fixtures.decide(denunciation, Decision.ACCEPT, date(10, 7), head);
        fixtures.resolve(denunciation, Outcome.WRONG, date(11, 3), head); // after the period: still in progress then
        var transferred = fixtures.receive(province, PetitionType.FEEDBACK, date(10, 6), head);
        fixtures.transfer(transferred, setting.commune(), date(10, 7), head);
        var guidedLate = fixtures.receive(province, PetitionType.RECOMMENDATION, date(10, 6), head);
        fixtures.decide(guidedLate, Decision.GUIDE, date(10, 21), head); // processing due 20 Oct
        var filed = fixtures.receive(province, PetitionType.COMPLAINT, date(10, 8), head);
        fixtures.file(filed, FilingGround.NOT_SIGNED, date(10, 9), head);
        fixtures.receive(province, PetitionType.FEEDBACK, date(10, 12), head); // unprocessed, due 26 Oct
        fixtures.receive(
                province,
                PetitionType.COMPLAINT,
                date(10, 27),
                head,
                Instance.SECOND,
                rightComplaint.trackingCode()); // unprocessed, due 5 Nov
        // After October.
        fixtures.receive(province, PetitionType.FEEDBACK, date(11, 2), head);
    }

    @Test
    void everyLineOfTheFormCountsTheCasesAsTheyStoodOnTheLastDayOfThePeriod() {
        var figures = reports.compile(
                        setting.province().id(), OCTOBER_FIRST, OCTOBER_LAST, false, setting.provinceHead())
                .figures();

        assertThat(figures.carriedOver()).isEqualTo(2); // the open complaint, the recommendation accepted on 2 Oct
        assertThat(figures.receivedInPeriod()).isEqualTo(7);
        assertThat(figures.total()).isEqualTo(9);
        assertThat(figures.processed()).isEqualTo(7);
        assertThat(figures.processedLate()).isEqualTo(1);
        assertThat(figures.awaitingProcessing()).isEqualTo(2);
        assertThat(figures.awaitingProcessingOverdue()).isEqualTo(1);
        assertThat(figures.eligible()).isEqualTo(6);
        assertThat(figures.withinJurisdiction()).isEqualTo(4);
        assertThat(figures.acceptedComplaints()).isEqualTo(2);
        assertThat(figures.acceptedDenunciations()).isEqualTo(1);
        assertThat(figures.acceptedRecommendationsAndFeedback()).isEqualTo(1);
        assertThat(figures.outsideJurisdiction()).isEqualTo(2);
        assertThat(figures.guided()).isEqualTo(1);
        assertThat(figures.transferred()).isEqualTo(1);
        assertThat(figures.ineligible()).isEqualTo(1);
        assertThat(figures.filed()).isEqualTo(1);
        assertThat(figures.returned()).isZero();
        assertThat(figures.complaintsFirstInstance()).isEqualTo(3);
        assertThat(figures.complaintsSecondInstance()).isEqualTo(1);
        assertThat(figures.resolved()).isEqualTo(2);
        assertThat(figures.resolvedOnTime()).isEqualTo(1);
        assertThat(figures.resolvedLate()).isEqualTo(1);
        assertThat(figures.outcomeRight()).isEqualTo(1);
        assertThat(figures.outcomeAnswered()).isEqualTo(1);
        assertThat(figures.outcomeWrong()).isZero();
        assertThat(figures.inProgress())
                .isEqualTo(2); // the September complaint and the denunciation resolved in November
        assertThat(figures.inProgressOverdue()).isEqualTo(1);
    }

    @Test
    void casesReceivedMoreThanHalfAYearEarlierAndStillUnsettledAtThePeriodsStartAreCarriedOver() {
        var province = setting.province();
        var head = setting.provinceHead();
        var before = reports.compile(province.id(), OCTOBER_FIRST, OCTOBER_LAST, false, head)
                .figures();
        var stillOpen = fixtures.receive(province, PetitionType.COMPLAINT, LocalDate.of(2025, 8, 1), head);
        fixtures.decide(stillOpen, Decision.ACCEPT, LocalDate.of(2025, 8, 4), head);
        var resolvedInOctober = fixtures.receive(province, PetitionType.COMPLAINT, LocalDate.of(2025, 9, 1), head);
        fixtures.decide(resolvedInOctober, Decision.ACCEPT, LocalDate.of(2025, 9, 3), head);
        fixtures.resolve(resolvedInOctober, Outcome.RIGHT, date(10, 20), head);
        var settledLongBefore = fixtures.receive(province, PetitionType.FEEDBACK, LocalDate.of(2025, 6, 2), head);
        fixtures.decide(settledLongBefore, Decision.GUIDE, LocalDate.of(2025, 6, 3), head);

        var after = reports.compile(province.id(), OCTOBER_FIRST, OCTOBER_LAST, false, head)
                .figures();

        assertThat(after.carriedOver()).isEqualTo(before.carriedOver() + 2);
        assertThat(after.total()).isEqualTo(before.total() + 2);
        assertThat(after.resolved()).isEqualTo(before.resolved() + 1);
        assertThat(after.resolvedLate()).isEqualTo(before.resolvedLate() + 1);
        assertThat(after.inProgress()).isEqualTo(before.inProgress() + 1);
        assertThat(after.inProgressOverdue()).isEqualTo(before.inProgressOverdue() + 1);
    }

    @Test
    void aPastPeriodKeepsItsFiguresWhenTheCasesMoveOn() {
        var september = reports.compile(setting.province().id(), date(9, 1), date(9, 30), false, setting.provinceHead())
                .figures();

        assertThat(september.total()).isEqualTo(3);
        assertThat(september.carriedOver()).isZero();
        assertThat(september.processed()).isEqualTo(2);
        assertThat(september.awaitingProcessing()).isEqualTo(1); // the recommendation was accepted on 2 October
        assertThat(september.withinJurisdiction()).isEqualTo(1);
        assertThat(september.guided()).isEqualTo(1);
        assertThat(september.inProgress()).isEqualTo(1);
        assertThat(september.resolved()).isZero();
    }

    @Test
    void theContentBreakdownAddsUpToTheTotals() {
        var report =
                reports.compile(setting.province().id(), OCTOBER_FIRST, OCTOBER_LAST, false, setting.provinceHead());

        assertThat(report.byContent())
                .extracting(PetitionHandlingReport.ContentRow::type)
                .containsExactly(
                        PetitionType.COMPLAINT,
                        PetitionType.DENUNCIATION,
                        PetitionType.RECOMMENDATION,
                        PetitionType.FEEDBACK);
        assertThat(report.byContent().stream()
                        .mapToInt(PetitionHandlingReport.ContentRow::total)
                        .sum())
                .isEqualTo(report.figures().total());
        assertThat(report.byContent().stream()
                        .mapToInt(PetitionHandlingReport.ContentRow::withinJurisdiction)
                        .sum())
                .isEqualTo(report.figures().withinJurisdiction());
        assertThat(report.byContent().getFirst()).satisfies(complaints -> {
            assertThat(complaints.fieldNameVi()).isEqualTo("Đất đai");
            assertThat(complaints.total()).isEqualTo(4);
            assertThat(complaints.resolved()).isEqualTo(1);
            assertThat(complaints.inProgress()).isEqualTo(1);
        });
    }

    @Test
    void withItsSubordinatesABodyAlsoCountsTheCasesItTransferredDown() {
        var withCommune =
                reports.compile(setting.province().id(), OCTOBER_FIRST, OCTOBER_LAST, true, setting.provinceHead());

        assertThat(withCommune.bodyNames())
                .containsExactlyInAnyOrder(
                        setting.province().name(), setting.commune().name());
        assertThat(withCommune.figures().total()).isEqualTo(10);
        assertThat(withCommune.figures().receivedInPeriod()).isEqualTo(8);
        assertThat(withCommune.figures().awaitingProcessing()).isEqualTo(3);
        var communeAlone =
                reports.compile(setting.commune().id(), OCTOBER_FIRST, OCTOBER_LAST, false, setting.communeHandler());
        assertThat(communeAlone.figures().total()).isEqualTo(1);
    }

    @Test
    void aStaffMemberCannotReadTheFiguresOfABodyOutsideTheirScope() {
        assertThatThrownBy(() -> reports.compile(
                        setting.province().id(), OCTOBER_FIRST, OCTOBER_LAST, false, setting.communeHandler()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(HttpStatus.FORBIDDEN));
        var communeWithSubordinates =
                reports.compile(setting.commune().id(), OCTOBER_FIRST, OCTOBER_LAST, true, setting.communeHandler());
        assertThat(communeWithSubordinates.bodyNames())
                .containsExactly(setting.commune().name());
    }

    @Test
    void aReversedOrEndlessPeriodOrAnUnknownBodyIsRefused() {
        assertThatThrownBy(() -> reports.compile(
                        setting.province().id(), OCTOBER_LAST, OCTOBER_FIRST, false, setting.provinceHead()))
                .extracting("code")
                .isEqualTo("report.period.reversed");
        assertThatThrownBy(() -> reports.compile(
                        setting.province().id(), LocalDate.of(1990, 1, 1), OCTOBER_LAST, false, setting.provinceHead()))
                .extracting("code")
                .isEqualTo("report.period.too-long");
        assertThatThrownBy(() ->
                        reports.compile(Long.MAX_VALUE, OCTOBER_FIRST, OCTOBER_LAST, false, setting.provinceHead()))
                .extracting("code")
                .isEqualTo("report.body.unknown");
    }

    @Test
    void theWorkbookHoldsTheSameFiguresAsThePage() throws IOException {
        var report =
                reports.compile(setting.province().id(), OCTOBER_FIRST, OCTOBER_LAST, false, setting.provinceHead());

        byte[] xlsx = workbook.write(report, Locale.forLanguageTag("vi"));

        try (var read = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet lines = read.getSheetAt(0);
            assertThat(lines.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo kết quả xử lý đơn");
            assertThat(lines.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(setting.province().name());
            assertThat(lines.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Kỳ báo cáo: từ 01/10/2026 đến 31/10/2026");
            for (var line : report.lines()) {
                Row row = rowNumbered(lines, line.number());
                assertThat(row.getCell(2).getNumericCellValue())
                        .as(line.number())
                        .isEqualTo(line.value());
            }
            assertThat(rowNumbered(lines, "4.1").getCell(1).getStringCellValue())
                    .isEqualTo("Thuộc thẩm quyền (đã thụ lý)");
            // The export is aggregate only: no petitioner, and so no denouncer, is ever named in it.
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (Sheet sheet : read) {
                for (Row row : sheet) {
                    row.forEach(
                            cell -> assertThat(formatter.formatCellValue(cell)).doesNotContain("Trần Thị Bình"));
                }
            }
            Sheet content = read.getSheetAt(1);
            assertThat(content.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Khiếu nại");
            assertThat(content.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(4);
        }
    }

    private static Row rowNumbered(Sheet sheet, String number) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && number.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no line " + number);
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
