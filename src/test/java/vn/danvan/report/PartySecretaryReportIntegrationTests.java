package vn.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.WebSession;
import vn.danvan.dialogue.CommitmentTracking;
import vn.danvan.dialogue.DialogueCommands;
import vn.danvan.dialogue.DialogueKind;
import vn.danvan.dialogue.DialogueRecording;
import vn.danvan.organization.Body;
import vn.danvan.organization.BodyKind;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;
import vn.danvan.organization.UnitLevel;
import vn.danvan.petition.Decision;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionType;
import vn.danvan.petition.PetitionerKind;
import vn.danvan.reception.HeadPosition;
import vn.danvan.reception.Matter;
import vn.danvan.reception.ReceptionCommands;
import vn.danvan.reception.ReceptionLog;
import vn.danvan.reception.ReceptionSchedule;
import vn.danvan.reception.SessionKind;
import vn.danvan.report.domain.PartySecretaryReport;
import vn.danvan.report.domain.PartySecretaryReports;

/** The QĐ 11 report of a ward Party secretary, from raw sessions, visits, a dialogue and petitions of November 2026. */
@DanvanIntegrationTest
class PartySecretaryReportIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    ReportFixtures petitions;

    @Autowired
    ReceptionSchedule schedule;

    @Autowired
    ReceptionLog log;

    @Autowired
    DialogueRecording dialogues;

    @Autowired
    CommitmentTracking commitments;

    @Autowired
    PartySecretaryReports reports;

    @LocalServerPort
    int port;

    StaffMember office;
    ReceptionSchedule.Head secretary;
    String password;

    @BeforeEach
    void aWardPartyCommitteesNovember() {
        petitions.setting(); // imports the units
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Body committee = administration.addBody(
                "DUP-" + suffix,
                "Đảng ủy phường Phú Xuân " + suffix,
                BodyKind.PARTY_COMMITTEE,
                UnitLevel.COMMUNE,
                TestUnits.HUE,
                TestUnits.PHU_XUAN,
                null);
        long id = administration.addStaff(
                "vpdu-" + suffix,
                "mat-khau-qd11-" + suffix,
                "Văn phòng Đảng ủy",
                null,
                committee.id(),
                EnumSet.of(Role.HEAD_OF_BODY, Role.RECEPTION_OFFICER, Role.CASE_HANDLER),
                false);
        password = "mat-khau-qd11-" + suffix;
        office = new StaffMember(
                id,
                "vpdu-" + suffix,
                "Văn phòng Đảng ủy",
                committee.id(),
                EnumSet.of(Role.HEAD_OF_BODY, Role.RECEPTION_OFFICER, Role.CASE_HANDLER),
                directory.bodyWithSubordinates(committee.id()),
                false,
                false);
        secretary = schedule.appoint(
                new ReceptionCommands.AppointHead(
                        committee.id(),
                        HeadPosition.COMMUNE_PARTY_SECRETARY,
                        "Bí thư Hoàng Văn Nam",
                        null,
                        LocalDate.of(2025, 7, 1)),
                office);

        var own = schedule.schedule(
                new ReceptionCommands.ScheduleSession(
                        committee.id(),
                        secretary.id(),
                        SessionKind.PERIODIC,
                        LocalDate.of(2026, 11, 5),
                        LocalTime.of(8, 0),
                        LocalTime.of(11, 0),
                        "Trụ sở Đảng ủy",
                        false,
                        null,
                        true,
                        null),
                office);
        schedule.markHeld(own.id(), TODAY, office);
        var delegated = schedule.schedule(
                new ReceptionCommands.ScheduleSession(
                        committee.id(),
                        secretary.id(),
                        SessionKind.PERIODIC,
                        LocalDate.of(2026, 11, 19),
                        LocalTime.of(8, 0),
                        LocalTime.of(11, 0),
                        "Trụ sở Đảng ủy",
                        false,
                        "Phó Bí thư Lê Thu",
                        true,
                        null),
                office);
        schedule.markHeld(delegated.id(), TODAY, office);
        log.record(
                new ReceptionCommands.RecordVisit(
                        committee.id(),
                        own.id(),
                        LocalDate.of(2026, 11, 5),
                        PetitionerKind.GROUP,
                        6,
                        1,
                        "Đại diện đoàn",
                        null,
                        null,
                        null,
                        Matter.NEW,
                        PetitionType.RECOMMENDATION,
                        "LAND",
                        "Đoàn 6 hộ kiến nghị về quy hoạch",
                        "Tiếp thu",
                        null),
                TODAY,
                office);
        log.record(
                new ReceptionCommands.RecordVisit(
                        committee.id(),
                        delegated.id(),
                        LocalDate.of(2026, 11, 19),
                        PetitionerKind.INDIVIDUAL,
                        1,
                        0,
                        "Công dân",
                        null,
                        null,
                        null,
                        Matter.OLD,
                        PetitionType.FEEDBACK,
                        "PARTY",
                        "Phản ánh về đảng viên",
                        "Tiếp thu",
                        null),
                TODAY,
                office);

        var dialogue = dialogues.hold(
                new DialogueCommands.HoldDialogue(
                        committee.id(),
                        null,
                        DialogueKind.AD_HOC,
                        LocalDate.of(2026, 11, 10),
                        "Hội trường",
                        "Đối thoại về quy hoạch",
                        "Bí thư Hoàng Văn Nam",
                        null,
                        60,
                        null,
                        null,
                        null),
                TODAY,
                office);
        var issue = dialogues.raiseIssue(
                dialogue.id(),
                new DialogueCommands.RaiseIssue("Công khai quy hoạch", null, "LAND", "Sẽ công khai"),
                office);
        commitments.commit(
                issue.id(),
                new DialogueCommands.MakeCommitment(
                        committee.id(),
                        "Bí thư Hoàng Văn Nam",
                        null,
                        "Niêm yết quy hoạch tại nhà văn hoá",
                        LocalDate.of(2026, 11, 15)),
                TODAY,
                office);

        var petition = petitions.receive(committee, PetitionType.FEEDBACK, LocalDate.of(2026, 11, 4), office);
        petitions.decide(petition, Decision.ACCEPT, LocalDate.of(2026, 11, 5), office);
        petitions.resolve(petition, Outcome.ANSWERED, LocalDate.of(2026, 11, 12), office);
        petitions.receive(committee, PetitionType.RECOMMENDATION, LocalDate.of(2026, 11, 16), office);
    }

    @Test
    void theMonthlyReportCountsDaysVisitsDialoguesPromisesAndPetitions() {
        var report = reports.compile(secretary.id(), PartySecretaryReport.Period.MONTH, 2026, 11, office);

        assertThat(report.receptionDaysRequired()).isEqualTo(2);
        assertThat(report.receptionDaysHeld()).isEqualTo(2); // a secretary may have a deputy receive on his behalf
        assertThat(report.visits()).isEqualTo(2);
        assertThat(report.people()).isEqualTo(7);
        assertThat(report.delegations()).isEqualTo(1);
        assertThat(report.delegationPeople()).isEqualTo(6);
        assertThat(report.dialogues()).isEqualTo(1);
        assertThat(report.commitmentsMade()).isEqualTo(1);
        assertThat(report.commitmentsOverdue()).isEqualTo(1);
        assertThat(report.petitionsReceived()).isEqualTo(2);
        assertThat(report.petitionsDirected()).isEqualTo(1);
        assertThat(report.petitionsResolved()).isEqualTo(1);
        assertThat(report.petitionsOutstanding()).isEqualTo(1);
    }

    @Test
    void theAnnualReportOwesTwoDaysForEveryMonthOfTheYear() {
        var year = reports.compile(secretary.id(), PartySecretaryReport.Period.YEAR, 2026, 1, office);
        assertThat(year.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(year.receptionDaysRequired()).isEqualTo(24);
        assertThat(year.receptionDaysHeld()).isEqualTo(2);
        var nineMonths = reports.compile(secretary.id(), PartySecretaryReport.Period.NINE_MONTHS, 2026, 1, office);
        assertThat(nineMonths.to()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(nineMonths.receptionDaysRequired()).isEqualTo(18);
        assertThat(nineMonths.visits()).isZero();
    }

    @Test
    void aHeadWhoIsNotAPartySecretaryOrAnInvalidPeriodIsRefused() {
        assertThatThrownBy(() -> reports.compile(secretary.id(), PartySecretaryReport.Period.MONTH, 2026, 13, office))
                .extracting("code")
                .isEqualTo("report.qd11.period-invalid");
        assertThatThrownBy(() -> reports.compile(Long.MAX_VALUE, PartySecretaryReport.Period.MONTH, 2026, 11, office))
                .extracting("code")
                .isEqualTo("report.qd11.head-unknown");
    }

    @Test
    void theReportPageShowsTheFiguresAndOffersTheWorkbook() throws Exception {
        var session = WebSession.signedIn(port, office.username(), password);
        var page = session.get("/reports/qd11?head=" + secretary.id() + "&period=MONTH&year=2026&month=11");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Bí thư Hoàng Văn Nam")
                .contains("data-line=\"DIALOGUES\"")
                .contains("Số cuộc đối thoại cấp ủy tổ chức");
        var workbook = session.download("/reports/qd11/xlsx?head=" + secretary.id() + "&period=YEAR&year=2026");
        assertThat(workbook.statusCode()).isEqualTo(200);
        try (var read =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook.body()))) {
            assertThat(read.getSheetAt(0).getRow(5).getCell(1).getNumericCellValue())
                    .isEqualTo(24);
        }
    }
}
