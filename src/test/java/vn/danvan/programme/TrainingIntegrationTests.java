package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.WebSession;
import vn.danvan.organization.Role;
import vn.danvan.programme.TrainingCommands.PlanCourse;
import vn.danvan.programme.domain.CourseParticipant;
import vn.danvan.programme.domain.TrainingRecordLine;
import vn.danvan.shared.VietnamTime;

@DanvanIntegrationTest
class TrainingIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now(VietnamTime.ZONE);

    @LocalServerPort
    int port;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    TrainingBook training;

    PlanFixtures.Setting setting;

    @BeforeEach
    void setUp() {
        setting = fixtures.setting();
    }

    @Test
    void aCadreWhoAttendedACourseIsCertifiedAndTheCertificateIsOnTheirTrainingRecord() throws Exception {
        var course = training.plan(
                new PlanCourse(
                        setting.board().id(),
                        "Bồi dưỡng kỹ năng tiếp công dân",
                        CourseTopic.RECEPTION,
                        TODAY.minusDays(10),
                        TODAY.minusDays(8),
                        "Trường Chính trị tỉnh",
                        24),
                setting.boardStaff());
        var absentee =
                fixtures.staff("vang-" + setting.commune().id(), setting.commune(), EnumSet.of(Role.RECEPTION_OFFICER));
        training.enrol(course.id(), setting.communeStaff().id(), setting.boardStaff());
        training.enrol(course.id(), absentee.id(), setting.boardStaff());
        training.attendance(course.id(), setting.communeStaff().id(), true, TODAY, setting.boardStaff());
        training.attendance(course.id(), absentee.id(), false, TODAY, setting.boardStaff());
        String number = training.certify(
                course.id(), setting.communeStaff().id(), TODAY.minusDays(7), TODAY, setting.boardStaff());

        assertThat(number).isEqualTo(course.id() + "-001/CC");
        assertThat(training.participants(course.id(), setting.boardStaff()))
                .extracting(CourseParticipant::attended)
                .containsExactlyInAnyOrder(true, false);
        assertThatThrownBy(() -> training.certify(course.id(), absentee.id(), TODAY, TODAY, setting.boardStaff()))
                .extracting("code")
                .isEqualTo("training.not-attended");
        assertThatThrownBy(() ->
                        training.enrol(course.id(), setting.militaryStaff().id(), setting.boardStaff()))
                .extracting("code")
                .isEqualTo("training.staff-outside-course");
        assertThat(training.record(setting.communeStaff().id(), setting.communeStaff()))
                .singleElement()
                .extracting(TrainingRecordLine::certificateNo)
                .isEqualTo(number);
        assertThatThrownBy(() -> training.record(setting.communeStaff().id(), setting.borderStaff()))
                .extracting("code")
                .isEqualTo("plan.out-of-scope");

        WebSession session = WebSession.signedIn(
                port,
                setting.boardStaff().username(),
                PlanFixtures.PASSWORD_PREFIX + setting.boardStaff().username());
        var pdf = session.download("/programme/training/" + course.id() + "/certificates/"
                + setting.communeStaff().id() + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        var page = session.get(
                "/programme/training/staff/" + setting.communeStaff().id());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bồi dưỡng kỹ năng tiếp công dân").contains(number);
    }
}
