package vn.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.organization.Body;
import vn.danvan.organization.StaffMember;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.HeadPosition;
import vn.danvan.reception.Matter;
import vn.danvan.reception.ReceptionCommands;
import vn.danvan.reception.ReceptionLog;
import vn.danvan.reception.ReceptionSchedule;
import vn.danvan.reception.RefusalGround;
import vn.danvan.reception.SessionKind;
import vn.danvan.reception.VisitId;
import vn.danvan.report.domain.ReceptionReport;
import vn.danvan.report.domain.ReceptionReports;
import vn.danvan.report.web.ReceptionWorkbook;
import vn.danvan.report.web.ReportCharts;

/** The reception report (Biểu 01/TCD) computed from raw visits logged through the reception module. */
@DanvanIntegrationTest
class ReceptionReportIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 20);

    @Autowired
    ReportFixtures fixtures;

    @Autowired
    ReceptionSchedule schedule;

    @Autowired
    ReceptionLog log;

    @Autowired
    ReceptionReports reports;

    @Autowired
    ReceptionWorkbook workbook;

    ReportFixtures.Setting setting;

    VisitId visit(
            Body body,
            @Nullable Long session,
            LocalDate day,
            PetitionerKind kind,
            int people,
            int representatives,
            Matter matter,
            PetitionType type,
            String field,
            @Nullable String response,
            @Nullable RefusalGround refusal,
            StaffMember staff) {
        return log.record(
                new ReceptionCommands.RecordVisit(
                        body.id(),
                        session,
                        day,
                        kind,
                        people,
                        representatives,
                        "Công dân " + people,
                        null,
                        null,
                        null,
                        matter,
                        type,
                        field,
                        "Nội dung " + type + " " + field,
                        response,
                        refusal),
                TO,
                staff);
    }

    @BeforeEach
    void logTheVisitsOfNovember() {
        setting = fixtures.setting();
        Body province = setting.province();
        StaffMember head = setting.provinceHead();
        String told = "Đã giải thích, hướng dẫn";
        visit(
                province,
                null,
                LocalDate.of(2026, 11, 2),
                PetitionerKind.INDIVIDUAL,
                1,
                0,
                Matter.NEW,
                PetitionType.COMPLAINT,
                "LAND",
                told,
                null,
                head);
        var several = visit(
                province,
                null,
                LocalDate.of(2026, 11, 3),
                PetitionerKind.SEVERAL,
                3,
                0,
                Matter.OLD,
                PetitionType.FEEDBACK,
                "ENVIRONMENT",
                told,
                null,
                head);
        log.createPetition(several.id(), head);
        visit(
                province,
                null,
                LocalDate.of(2026, 11, 4),
                PetitionerKind.GROUP,
                7,
                2,
                Matter.NEW,
                PetitionType.COMPLAINT,
                "LAND",
                told,
                null,
                head);
        visit(
                province,
                null,
                LocalDate.of(2026, 11, 5),
                PetitionerKind.INDIVIDUAL,
                1,
                0,
                Matter.OLD,
                PetitionType.COMPLAINT,
                "LAND",
                null,
                RefusalGround.ALREADY_RESOLVED_PERSISTING,
                head);

        var director = schedule.appoint(
                new ReceptionCommands.AppointHead(
                        province.id(),
                        HeadPosition.AGENCY_HEAD,
                        "Giám đốc Lê Thanh Sơn",
                        null,
                        LocalDate.of(2026, 1, 1)),
                head);
        var session = schedule.schedule(
                new ReceptionCommands.ScheduleSession(
                        province.id(),
                        director.id(),
                        SessionKind.PERIODIC,
                        LocalDate.of(2026, 11, 10),
                        LocalTime.of(8, 0),
                        LocalTime.of(11, 0),
                        "Trụ sở Ban Tiếp công dân",
                        false,
                        null,
                        true,
                        null),
                head);
        schedule.markHeld(session.id(), TO, head);
        var delegation = visit(
                province,
                session.id(),
                LocalDate.of(2026, 11, 10),
                PetitionerKind.GROUP,
                12,
                5,
                Matter.OLD,
                PetitionType.DENUNCIATION,
                "CORRUPTION",
                told,
                null,
                head);
        log.createPetition(delegation.id(), head);
        visit(
                province,
                session.id(),
                LocalDate.of(2026, 11, 10),
                PetitionerKind.INDIVIDUAL,
                1,
                0,
                Matter.NEW,
                PetitionType.RECOMMENDATION,
                "POLICY",
                null,
                null,
                head);

        visit(
                province,
                null,
                LocalDate.of(2026, 10, 30),
                PetitionerKind.INDIVIDUAL,
                1,
                0,
                Matter.NEW,
                PetitionType.FEEDBACK,
                "OTHER",
                told,
                null,
                head);
        visit(
                setting.commune(),
                null,
                LocalDate.of(2026, 11, 5),
                PetitionerKind.INDIVIDUAL,
                1,
                0,
                Matter.NEW,
                PetitionType.FEEDBACK,
                "OTHER",
                told,
                null,
                setting.communeHandler());
    }

    @Test
    void regularAndHeadLedReceptionAreCountedWithTheirPeopleMattersAndDelegations() {
        var report = reports.compile(setting.province().id(), FROM, TO, false, setting.provinceHead());

        assertThat(report.regular()).isEqualTo(new ReceptionReport.Breakdown(4, 12, 2, 2, 1, 7, 0, 1));
        assertThat(report.headLed()).isEqualTo(new ReceptionReport.Breakdown(2, 13, 1, 1, 1, 12, 1, 0));
        assertThat(report.headReceptionDays()).isEqualTo(1);
        assertThat(report.results()).isEqualTo(new ReceptionReport.Results(4, 2, 1));
        assertThat(report.byContent())
                .extracting(
                        ReceptionReport.ContentRow::type,
                        ReceptionReport.ContentRow::fieldCode,
                        ReceptionReport.ContentRow::visits,
                        ReceptionReport.ContentRow::people)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PetitionType.COMPLAINT, "LAND", 3, 9),
                        org.assertj.core.groups.Tuple.tuple(PetitionType.DENUNCIATION, "CORRUPTION", 1, 12),
                        org.assertj.core.groups.Tuple.tuple(PetitionType.RECOMMENDATION, "POLICY", 1, 1),
                        org.assertj.core.groups.Tuple.tuple(PetitionType.FEEDBACK, "ENVIRONMENT", 1, 3));
    }

    @Test
    void withSubordinatesTheCommunesVisitsAreAddedAndTheWorkbookHoldsTheSameFigures() throws Exception {
        var report = reports.compile(setting.province().id(), FROM, TO, true, setting.provinceHead());
        assertThat(report.regular().visits()).isEqualTo(5);

        try (var read =
                new XSSFWorkbook(new ByteArrayInputStream(workbook.write(report, Locale.forLanguageTag("vi"))))) {
            var sheet = read.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo kết quả tiếp công dân");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Tiếp thường xuyên");
            assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Lãnh đạo tiếp định kỳ và đột xuất");
            assertThat(sheet.getRow(7).getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(7).getCell(6).getNumericCellValue()).isEqualTo(12);
        }
    }

    @Autowired
    ReportCharts charts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theObligationsChartHoldsTheHeldReceptionDaysAsLogged() {
        var attendance = charts.reception(
                setting.province().id(), FROM, TO, false, setting.provinceHead(), LocalDate.of(2026, 11, 30));

        long heldDays = jdbc.sql("""
                        select count(distinct s.held_on) from reception.session s join reception.head h on h.id = s.head_id
                        where h.full_name = 'Giám đốc Lê Thanh Sơn' and s.body_id = ? and s.state = 'HELD'
                          and s.kind = 'PERIODIC' and s.held_on between ? and ?
                        """)
                .param(setting.province().id())
                .param(FROM)
                .param(LocalDate.of(2026, 11, 30))
                .query(Long.class)
                .single();
        assertThat(heldDays).isEqualTo(1);
        assertThat(attendance)
                .filteredOn(a -> a.headName().equals("Giám đốc Lê Thanh Sơn"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.held()).isEqualTo(heldDays);
                    assertThat(a.required()).as("agency head: one day a month").isEqualTo(1);
                    assertThat(a.met()).isTrue();
                });
    }
}
